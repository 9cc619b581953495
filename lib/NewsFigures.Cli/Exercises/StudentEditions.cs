using NewsFigures.Cli.Commands;
using NewsFigures.Notebooks;

namespace NewsFigures.Cli.Exercises;

/// <summary><c>render --student</c>'s first step: each notebook's student edition written into the site folder under
/// the notebook's name. A teacher's notebook that fails is reported and left out; the others are still written.</summary>
internal static class StudentEditions
{
    public static async Task<List<string>> WriteAsync(IReadOnlyList<string> paths, string folder, NotebookRunner runner, TextWriter error,
        CancellationToken cancellationToken)
    {
        foreach (var path in paths)
            if (Path.GetFullPath(Path.Combine(folder, Path.GetFileName(path))) == Path.GetFullPath(path))
                throw new UsageException($"{path}: --out is the notebook's own folder; its student edition would replace it.");
        Directory.CreateDirectory(folder);
        var written = new List<string>();
        foreach (var path in paths)
        {
            var (edition, failure) = await StudentEdition.BuildAsync(path, folder, runner, cancellationToken);
            if (edition is null)
            {
                error.WriteLine($"error: {CommandFailure.OneLine(failure!)}");
                continue;
            }
            var destination = Path.Combine(folder, Path.GetFileName(path));
            edition.Save(destination);
            written.Add(destination);
        }
        return written;
    }
}
