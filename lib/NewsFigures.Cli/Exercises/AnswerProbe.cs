using NewsFigures.Notebooks;

namespace NewsFigures.Cli.Exercises;

/// <summary>
/// Works out the digest of every answer by running the teacher's notebook once with each <c>Exercise.Check</c> call
/// replaced by a print of <c>AnswerDigest.Of(question, answer)</c>: answers are computed from the corpus, so only a run
/// knows them, and the digests never hold them.
/// </summary>
internal static class AnswerProbe
{
    private const string Marker = "answer digest: ";

    /// <summary>The digests of each check cell's calls, in call order, by cell index; or the failure of the teacher's run.</summary>
    public static async Task<(IReadOnlyDictionary<int, IReadOnlyList<string>>? Digests, string? Failure)> RunAsync(
        Notebook teacher, IReadOnlyList<ExerciseCell> exercises, NotebookRunner runner, string path, CancellationToken cancellationToken)
    {
        var checks = exercises.Where(e => e.Role == ExerciseRole.Check).ToList();
        var cells = teacher.Cells.ToList();
        foreach (var check in checks)
            cells[check.Index] = check.Cell with { Source = CheckCalls.Replace(check.Cell.Source, CheckCalls.Find(check), (call, _) =>
                (call.CallSpan, $"System.Console.WriteLine(\"{Marker}\" + NewsFigures.Exercises.AnswerDigest.Of({call.Question}, {call.Answer}))")) };
        var full = Path.GetFullPath(path);
        var run = await runner.RunAsync(teacher with { Cells = cells }, Path.GetDirectoryName(full)!, Path.GetFileName(full), cancellationToken);
        if (run.Failure is { } failure) return (null, $"{path}: the teacher's notebook fails, so its answers are unknown: {failure}");

        var digests = new Dictionary<int, IReadOnlyList<string>>();
        // Parameters add a cell before them, so check cells are matched by their tag, in order.
        var executedChecks = run.Executed.Cells.Where(c => c.HasTag(ExerciseCells.CheckTag)).ToList();
        foreach (var (check, executed) in checks.Zip(executedChecks))
        {
            var printed = ExerciseCells.PrintedLines(executed).Where(l => l.StartsWith(Marker, StringComparison.Ordinal)).Select(l => l[Marker.Length..].TrimEnd('\r')).ToList();
            var expected = CheckCalls.Find(check).Count;
            if (printed.Count != expected)
                throw new InvalidDataException($"{check.Place}: its {expected} Exercise.Check calls ran {printed.Count} times; each must run exactly once (not in a loop or a branch).");
            digests[check.Index] = printed;
        }
        return (digests, null);
    }
}
