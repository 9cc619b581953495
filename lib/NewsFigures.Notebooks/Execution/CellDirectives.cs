using System.Text.RegularExpressions;

namespace NewsFigures.Notebooks.Execution;

/// <summary>
/// A cell read the way .NET Interactive reads it: #!csharp, #!html and #!markdown switch the language of the lines that
/// follow (a cell starts in the language its metadata names), #!time times the cell, #r "file.dll", #r "nuget: Id,
/// Version" and #i "nuget: source" add references. Directive lines become blank lines in each part's code, so line
/// numbers in errors still match the cell. Any other magic command or language is a <see cref="Problem"/>.
/// </summary>
internal sealed partial record CellDirectives(
    IReadOnlyList<CellPart> Parts,
    bool Time,
    IReadOnlyList<string> AssemblyPaths,
    IReadOnlyList<NuGetReference> Packages,
    IReadOnlyList<string> PackageSources,
    CellProblem? Problem)
{
    public const string CSharp = "csharp", Html = "html", Markdown = "markdown";

    public static CellDirectives Parse(string source, string language = CSharp)
    {
        var lines = source.Split('\n');
        var current = Canonical(language);
        var owner = new string?[lines.Length];
        var problem = current is null ? UnsupportedLanguage(language) : null;
        var time = false;
        List<string> paths = [], sources = [];
        List<NuGetReference> packages = [];
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].TrimEnd('\r').Trim();
            if (MagicLine().Match(line) is { Success: true } magic)
            {
                var name = magic.Groups[1].Value;
                if (name == "time") time = true;
                else if (Canonical(name) is { } switched) current = switched;
                else problem ??= IsLanguage(name) ? UnsupportedLanguage(name) : UnsupportedMagic(name);
                continue;
            }
            if (current == CSharp && ReferenceLine().Match(line) is { Success: true } reference)
            {
                var target = reference.Groups[1].Value.Trim();
                if (target.StartsWith("nuget:", StringComparison.OrdinalIgnoreCase)) packages.Add(NuGetReference.Parse(target[6..]));
                else paths.Add(target);
                continue;
            }
            if (current == CSharp && SourceLine().Match(line) is { Success: true } packageSource)
            {
                sources.Add(packageSource.Groups[1].Value.Trim());
                continue;
            }
            owner[i] = current;
        }
        return new CellDirectives(Split(lines, owner), time, paths, packages, sources, problem);
    }

    /// <summary>Consecutive lines of one language make a part; a C# part keeps every line of the cell (others blank).</summary>
    private static List<CellPart> Split(string[] lines, string?[] owner)
    {
        var parts = new List<CellPart>();
        for (var i = 0; i < lines.Length; i++)
        {
            if (owner[i] is not { } language) continue;
            var end = i;
            while (end + 1 < lines.Length && (owner[end + 1] == language || owner[end + 1] is null)) end++;
            var code = language == CSharp
                ? string.Join('\n', lines.Select((l, k) => k >= i && k <= end && owner[k] == CSharp ? l : ""))
                : string.Join('\n', lines[i..(end + 1)].Where((_, k) => owner[i + k] is not null));
            if (code.Trim().Length > 0) parts.Add(new CellPart(language, code));
            i = end;
        }
        return parts;
    }

    private static string? Canonical(string language) => language switch
    {
        "csharp" or "c#" or "C#" or "cs" => CSharp,
        "html" => Html,
        "markdown" or "md" => Markdown,
        _ => null,
    };

    private static bool IsLanguage(string name) => name is "fsharp" or "f#" or "F#" or "pwsh" or "powershell" or "javascript" or "js"
        or "sql" or "kql" or "mermaid" or "python" or "value" or "http";

    private static CellProblem UnsupportedLanguage(string name) => new("UnsupportedLanguage",
        $"#!{name} cells cannot run here; this engine runs C#, HTML and Markdown cells (#!csharp, #!html, #!markdown).");

    private static CellProblem UnsupportedMagic(string name) => new("UnsupportedMagicCommand",
        $"the magic command #!{name} is not supported here; the ones that are: #!csharp, #!html, #!markdown, #!time, #r and #i.");

    [GeneratedRegex(@"^#!([A-Za-z][A-Za-z#]*)(?=\s|$)")]
    private static partial Regex MagicLine();

    [GeneratedRegex(@"^#r\s+""([^""]+)""\s*$")]
    private static partial Regex ReferenceLine();

    [GeneratedRegex(@"^#i\s+""nuget:\s*([^""]+)""\s*$")]
    private static partial Regex SourceLine();
}

/// <summary>Why a cell cannot run here: an error name and a sentence.</summary>
internal sealed record CellProblem(string Name, string Message);

/// <summary>Consecutive lines of one language in a cell.</summary>
internal sealed record CellPart(string Language, string Code);

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
