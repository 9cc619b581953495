using NewsFigures.Notebooks;

namespace NewsFigures.Cli.Exercises;

/// <summary>
/// The report's pages show exercises as a student meets them: solution cells as their stubs, without outputs, and no
/// check cells (their calls hold the answers; the student edition carries digests instead). Other cells are untouched.
/// </summary>
internal static class ExercisePages
{
    public static Notebook StudentForm(Notebook executed)
    {
        var exercises = ExerciseCells.Find(executed, "page");
        if (exercises.Count == 0) return executed;
        var cells = executed.Cells.ToList();
        foreach (var exercise in exercises)
            cells[exercise.Index] = exercise.Role == ExerciseRole.Solution
                ? exercise.Cell.Cleared() with { Source = SolutionStub.Of(exercise) }
                : exercise.Cell.WithTags("remove-cell");
        return executed with { Cells = cells };
    }
}
