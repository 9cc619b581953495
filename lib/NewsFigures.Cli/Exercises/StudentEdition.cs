using NewsFigures.Notebooks;

namespace NewsFigures.Cli.Exercises;

/// <summary>
/// The student's notebook made from the teacher's: solution cells become stubs, every <c>Exercise.Check</c> answer
/// becomes <c>AnswerDigest.Parse("salt:hash")</c>, outputs are cleared, and relative paths point from the new folder.
/// </summary>
internal static class StudentEdition
{
    public static async Task<(Notebook? Edition, string? Failure)> BuildAsync(string path, string outFolder, NotebookRunner runner, CancellationToken cancellationToken)
    {
        var teacher = Notebook.Load(path);
        var exercises = ExerciseCells.Find(teacher, path);
        if (!exercises.Any(e => e.Role == ExerciseRole.Check))
            throw new InvalidDataException($"{path}: no cell is tagged '{ExerciseCells.CheckTag}'; a student edition needs a check to keep.");
        var (digests, failure) = await AnswerProbe.RunAsync(teacher, exercises, runner, path, cancellationToken);
        if (failure is not null) return (null, failure);

        var cells = teacher.Cells.Select(c => c.Cleared()).ToList();
        foreach (var exercise in exercises)
        {
            var source = exercise.Role == ExerciseRole.Solution
                ? SolutionStub.Of(exercise)
                : CheckCalls.Replace(exercise.Cell.Source, CheckCalls.Find(exercise),
                    (call, k) => (call.AnswerSpan, $"AnswerDigest.Parse(\"{digests![exercise.Index][k]}\")"));
            cells[exercise.Index] = cells[exercise.Index] with { Source = source };
        }
        return (EditionPaths.Rebase(teacher with { Cells = cells }, Path.GetDirectoryName(Path.GetFullPath(path))!, outFolder), null);
    }
}
