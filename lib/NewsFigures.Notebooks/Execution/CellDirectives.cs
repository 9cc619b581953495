using System.Text.RegularExpressions;

namespace NewsFigures.Notebooks.Execution;

/// <summary>
/// The Polyglot directives at the top of a cell: #!csharp (or another language), #r "file.dll",
/// #r "nuget: Id, Version" and #i "nuget: source". Directive lines become blank lines in <see cref="Code"/>,
/// so line numbers in errors still match the cell.
/// </summary>
internal sealed partial record CellDirectives(
    string Code,
    string? Language,
    IReadOnlyList<string> AssemblyPaths,
    IReadOnlyList<NuGetReference> Packages,
    IReadOnlyList<string> PackageSources,
    string? UnsupportedMagic)
{
    public static CellDirectives Parse(string source)
    {
        var lines = source.Split('\n');
        string? language = null, unsupported = null;
        List<string> paths = [], sources = [];
        List<NuGetReference> packages = [];
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].TrimEnd('\r').Trim();
            if (MagicLine().Match(line) is { Success: true } magic)
            {
                var name = magic.Groups[1].Value;
                if (IsLanguage(name)) language ??= name;
                else unsupported ??= "#!" + name;
            }
            else if (ReferenceLine().Match(line) is { Success: true } reference)
            {
                var target = reference.Groups[1].Value.Trim();
                if (target.StartsWith("nuget:", StringComparison.OrdinalIgnoreCase)) packages.Add(NuGetReference.Parse(target[6..]));
                else paths.Add(target);
            }
            else if (SourceLine().Match(line) is { Success: true } packageSource)
            {
                sources.Add(packageSource.Groups[1].Value.Trim());
            }
            else continue;
            lines[i] = "";
        }
        return new CellDirectives(string.Join('\n', lines), language, paths, packages, sources, unsupported);
    }

    private static bool IsLanguage(string name) => name is "csharp" or "c#" or "C#" or "fsharp" or "f#" or "F#" or "pwsh"
        or "powershell" or "javascript" or "js" or "html" or "sql" or "kql" or "markdown" or "md" or "mermaid" or "python" or "value";

    [GeneratedRegex(@"^#!([A-Za-z#]+)\b")]
    private static partial Regex MagicLine();

    [GeneratedRegex(@"^#r\s+""([^""]+)""\s*$")]
    private static partial Regex ReferenceLine();

    [GeneratedRegex(@"^#i\s+""nuget:\s*([^""]+)""\s*$")]
    private static partial Regex SourceLine();
}

/// <summary>A #r "nuget: Id, Version" reference; Version is null for the latest.</summary>
internal sealed record NuGetReference(string Id, string? Version)
{
    public static NuGetReference Parse(string text)
    {
        var parts = text.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        return parts.Length switch
        {
            1 => new(parts[0], null),
            2 => new(parts[0], parts[1]),
            _ => throw new FormatException($"'#r \"nuget:{text}\"' should read '#r \"nuget: Id, Version\"'."),
        };
    }
}
