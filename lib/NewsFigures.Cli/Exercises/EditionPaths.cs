using System.Text.RegularExpressions;
using NewsFigures.Notebooks;

namespace NewsFigures.Cli.Exercises;

/// <summary>
/// An edition written to another folder still finds what its notebook found: relative paths in <c>#r "..."</c> lines and
/// the string values of the <c>parameters</c> cell (such as <c>../data/articles</c>) are rewritten relative to the new
/// folder. Relative, so the same checkout and folders give the same bytes.
/// </summary>
internal static partial class EditionPaths
{
    public static Notebook Rebase(Notebook notebook, string fromFolder, string toFolder)
    {
        var cells = notebook.Cells.Select(cell => cell.Kind != CellKind.Code ? cell : cell with
        {
            Source = cell.HasTag("parameters")
                ? StringLiteral().Replace(cell.Source, m => Quote(Rebased(m.Groups[1].Value, fromFolder, toFolder)))
                : Reference().Replace(cell.Source, m => $"#r {Quote(Rebased(m.Groups[1].Value, fromFolder, toFolder))}"),
        }).ToList();
        return notebook with { Cells = cells };
    }

    /// <summary>A relative path that names something beside the source, as seen from the destination; anything else as it was.</summary>
    private static string Rebased(string path, string fromFolder, string toFolder)
    {
        if (path.Contains(':') || Path.IsPathRooted(path)) return path; // nuget:, URLs, absolute paths
        var full = Path.GetFullPath(Path.Combine(fromFolder, path));
        if (!File.Exists(full) && !Directory.Exists(full)) return path;
        return Path.GetRelativePath(Path.GetFullPath(toFolder), full).Replace('\\', '/');
    }

    private static string Quote(string path) => $"\"{path}\"";

    [GeneratedRegex("""^#r "([^"]+)"[ \t]*$""", RegexOptions.Multiline)]
    private static partial Regex Reference();

    [GeneratedRegex(""" "([^"\\\r\n]+)" """, RegexOptions.IgnorePatternWhitespace)]
    private static partial Regex StringLiteral();
}
