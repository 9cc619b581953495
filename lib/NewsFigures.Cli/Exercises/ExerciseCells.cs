using NewsFigures.Notebooks;

namespace NewsFigures.Cli.Exercises;

/// <summary>
/// Finds a notebook's solution and check cells and rejects tags that cannot make a student edition: one
/// <see cref="InvalidDataException"/> line naming the notebook and the cell.
/// </summary>
internal static class ExerciseCells
{
    public const string SolutionTag = "solution";
    public const string CheckTag = "check";

    public static IReadOnlyList<ExerciseCell> Find(Notebook notebook, string origin)
    {
        var found = new List<ExerciseCell>();
        for (var i = 0; i < notebook.Cells.Count; i++)
        {
            var cell = notebook.Cells[i];
            var (solution, check) = (cell.HasTag(SolutionTag), cell.HasTag(CheckTag));
            if (!solution && !check) continue;
            var place = $"{origin}: cell {i + 1}{(cell.Id is null ? "" : $" (id {cell.Id})")}";
            if (solution && check) throw new InvalidDataException($"{place}: tagged both '{SolutionTag}' and '{CheckTag}'; a cell is one or the other.");
            if (cell.Kind != CellKind.Code) throw new InvalidDataException($"{place}: tagged '{(solution ? SolutionTag : CheckTag)}' but is not a code cell.");
            var exercise = new ExerciseCell(i, cell, solution ? ExerciseRole.Solution : ExerciseRole.Check, place);
            // Parsed now so that broken markers or calls are reported before anything runs.
            if (solution) SolutionStub.Of(exercise);
            else CheckCalls.Find(exercise);
            found.Add(exercise);
        }
        return found;
    }

    /// <summary>The lines an executed cell wrote to standard output, where checks and answer probes print.</summary>
    public static IEnumerable<string> PrintedLines(NotebookCell cell) =>
        cell.Outputs.Where(o => o.StreamName == "stdout").SelectMany(o => (o.Text ?? "").Split('\n'));

    /// <summary>The number of checks the notebook's check cells make.</summary>
    public static int CheckCount(IEnumerable<ExerciseCell> cells) =>
        cells.Where(c => c.Role == ExerciseRole.Check).Sum(c => CheckCalls.Find(c).Count);
}
