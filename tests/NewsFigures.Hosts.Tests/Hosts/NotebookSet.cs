namespace NewsFigures.Hosts.Tests.Hosts;

/// <summary>
/// The notebooks every host runs: the project's own (notebooks/) and the Polyglot-style set beside these tests, each
/// named by a short key ("notebooks/01-corpus", "Polyglot/helpers") that test names show.
/// </summary>
public static class NotebookSet
{
    /// <summary>Notebooks the dotnet-interactive tool cannot run, with the reason.</summary>
    public static IReadOnlyDictionary<string, string> NotUnderTheTool { get; } = new Dictionary<string, string>
    {
        // The tool loads its own FSharp.Core 10.0.x before any notebook code; Plotly.NET 6 needs 10.1.403, so its charts
        // fail there with FileNotFoundException/MissingMethodException. Our runner and the in-process kernel carry 10.1.403.
        ["Polyglot/plotly"] = "Plotly.NET 6 needs FSharp.Core 10.1.403; the tool ships and loads 10.0.x first",
    };

    public static IReadOnlyList<string> All { get; } =
        Keys(RepoFolders.Notebooks, "notebooks").Concat(Keys(RepoFolders.PolyglotNotebooks, "Polyglot")).ToList();

    public static IReadOnlyList<string> UnderTheTool { get; } = All.Where(key => !NotUnderTheTool.ContainsKey(key)).ToList();

    public static string PathOf(string key) => key.StartsWith("Polyglot/", StringComparison.Ordinal)
        ? Path.Combine(RepoFolders.PolyglotNotebooks, key["Polyglot/".Length..] + ".ipynb")
        : Path.Combine(RepoFolders.Root, key + ".ipynb");

    private static IEnumerable<string> Keys(string folder, string prefix) =>
        Directory.GetFiles(folder, "*.ipynb").Select(Path.GetFileNameWithoutExtension).Order(StringComparer.Ordinal)
            .Select(name => $"{prefix}/{name}");
}
