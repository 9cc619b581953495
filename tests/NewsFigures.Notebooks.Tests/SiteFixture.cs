using System.Reflection;

namespace NewsFigures.Notebooks.Tests;

/// <summary>Notebooks and options for render tests: a chart notebook, a table notebook, plotly.js from Plotly.NET.</summary>
internal static class SiteFixture
{
    public static PlotlySource PlotlyJs { get; } = PlotlySource.FromStream(() =>
        Assembly.Load("Plotly.NET").GetManifestResourceStream("Plotly.NET.plotly-2.28.0.min.js")
        ?? throw new InvalidOperationException("Plotly.NET no longer embeds Plotly.NET.plotly-2.28.0.min.js."));

    public static RunOptions RunWithTestTypes { get; } = new() { References = [typeof(FakeChart).Assembly], Imports = ["NewsFigures.Notebooks.Tests"] };

    public static Notebook Charts() => Notebook.CSharp(
        NotebookCell.Markdown("# Compute growth\n\nIntelligent computing power, year by year.\n\n| year | EFLOPS |\n|---|---|\n| 2023 | 1 |", "intro"),
        NotebookCell.Code("var chart = new FakeChart(\"Compute\", (2022, 0.5), (2023, 1.0), (2024, 2.0));\nchart", "chart"),
        NotebookCell.Code("display(new FakeChart(\"Second\", (2020, 3.0), (2021, 4.0)));\nConsole.WriteLine(\"done\");", "second"));

    public static Notebook Table() => Notebook.CSharp(
        NotebookCell.Markdown("# Sources\n\nWhich outlets said what.", "intro"),
        NotebookCell.Code("record Source(string Outlet, int Year);\nnew[] { new Source(\"Xinhua\", 2024), new Source(\"MIIT\", 2025) }.DisplayTable();", "table"));

    public static Notebook Broken() => Notebook.CSharp(
        NotebookCell.Markdown("# Broken\n\nThis one fails.", "intro"),
        NotebookCell.Code("var ok = 1;", "ok"),
        NotebookCell.Code("throw new ArgumentException(\"no such series\");", "bad"));

    public static RenderOptions Options(TempDirectory dir, string site = "site") => new()
    {
        OutputDirectory = dir[site],
        CacheDirectory = dir["cache"],
        PlotlyJs = PlotlyJs,
        Run = RunWithTestTypes,
        SiteTitle = "Test report",
    };

    public static string[] WriteNotebooks(TempDirectory dir, params (string Name, Notebook Notebook)[] notebooks) =>
        notebooks.Select(n => dir.Write($"notebooks/{n.Name}.ipynb", n.Notebook.ToJson())).ToArray();
}
