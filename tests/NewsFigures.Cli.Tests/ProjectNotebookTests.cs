using System.Text.RegularExpressions;

namespace NewsFigures.Cli.Tests;

/// <summary>
/// The project's own notebooks, rendered the way the README's main command renders them: every one must execute
/// without error and show its charts. This is the test that fails when a library change breaks a notebook.
/// </summary>
[Collection(NotebookRuns.Name)]
public sealed partial class ProjectNotebookTests : IDisposable
{
    private readonly TempFolder temp = new();

    public void Dispose() => temp.Dispose();

    [Fact]
    public async Task Every_notebook_executes_and_its_page_shows_outputs_without_errors()
    {
        var notebooks = Directory.GetFiles(RepoFolders.Notebooks, "*.ipynb").Order(StringComparer.Ordinal).ToList();
        Assert.NotEmpty(notebooks);

        var (exit, output, error) = await CliRun.Async("render", RepoFolders.Notebooks, "--out", temp.Path, "--fresh",
            "--cache", temp.File("cache"), "-p", $"articles={RepoFolders.Articles}", "--corpus", RepoFolders.Articles);

        Assert.True(exit == 0, $"render failed (exit {exit}):\n{error}");
        Assert.Contains($"{notebooks.Count} notebooks rendered", output);
        foreach (var notebook in notebooks)
        {
            var page = File.ReadAllText(Path.Combine(temp.Path, Path.GetFileNameWithoutExtension(notebook) + ".html"));
            Assert.DoesNotMatch(ErrorOutput(), page);
            Assert.Contains("<table", page);
        }
        foreach (var table in new[] { "figures.csv", "figures.jsonl", "figures.sqlite" })
            Assert.True(new FileInfo(Path.Combine(temp.Path, "data", table)).Length > 1000, $"data/{table} is missing or empty");
    }

    [GeneratedRegex("class=\"[^\"]*error", RegexOptions.IgnoreCase)]
    private static partial Regex ErrorOutput();
}
