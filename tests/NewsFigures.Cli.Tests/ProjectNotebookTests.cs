using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace NewsFigures.Cli.Tests;

/// <summary>
/// The project's own notebooks, rendered the way the README's main command renders them: every one must execute
/// without error, and every chart of a figure notebook must show values that agree with the hand-made gold (the
/// briefing's print is <see cref="BriefingPrintTests"/>). These are the tests that fail when a library change breaks a notebook.
/// </summary>
[Collection(NotebookRuns.Name)]
public sealed partial class ProjectNotebookTests(RenderedReport report) : IClassFixture<RenderedReport>
{
    [Fact]
    public void Every_notebook_executes_and_its_page_shows_outputs_without_errors()
    {
        Assert.True(report.Exit == 0, $"render failed (exit {report.Exit}):\n{report.Error}");
        Assert.Contains($"{report.Notebooks.Count} notebooks rendered", report.Output);
        foreach (var notebook in report.Notebooks)
        {
            var page = File.ReadAllText(Path.Combine(report.Site, Path.GetFileNameWithoutExtension(notebook) + ".html"));
            Assert.DoesNotMatch(ErrorOutput(), page);
            Assert.Matches("<table|class=\"chart", page);
        }
        foreach (var table in new[] { "figures.csv", "figures.jsonl", "figures.sqlite" })
            Assert.True(new FileInfo(Path.Combine(report.Site, "data", table)).Length > 1000, $"data/{table} is missing or empty");
    }

    [Fact]
    public void Every_figure_notebook_draws_charts()
    {
        foreach (var stem in report.FigureNotebookStems)
            Assert.True(report.ChartCsvs(stem).Any(), $"{stem} shows no chart");
    }

    /// <summary>A stated point must be a gold figure's value (within 0.5%, the gold matching rule); a derived point must
    /// follow from two gold values by one of the series rules (base of a percent change, base of a multiple, a ratio).</summary>
    [Fact]
    public void Every_charted_value_agrees_with_the_gold()
    {
        var gold = GoldValues();
        var misses = new List<string>();
        foreach (var stem in report.FigureNotebookStems)
            foreach (var csv in report.ChartCsvs(stem))
                foreach (var point in ChartPoints(csv))
                {
                    var ok = point.Derived
                        ? gold.Any(a => gold.Any(b => Near(point.Value, a / (1 + b / 100)) || Near(point.Value, a / b) || Near(point.Value, a * b)))
                        : gold.Any(g => Near(point.Value, g));
                    if (!ok) misses.Add($"{Path.GetFileName(csv)}: {point.Label} = {point.Value} ({(point.Derived ? "derived" : "stated")})");
                }
        Assert.True(misses.Count == 0, "charted values not in the gold:\n" + string.Join("\n", misses));
    }

    private static bool Near(double value, double expected) =>
        double.IsFinite(expected) && Math.Abs(value - expected) <= Math.Abs(expected) * 0.005 + 1e-9;

    private static List<double> GoldValues() =>
        File.ReadLines(Path.Combine(RepoFolders.Root, "data", "gold", "figures.jsonl"))
            .Where(l => l.Trim().Length > 0)
            .Select(l => JsonDocument.Parse(l).RootElement.GetProperty("value").GetDouble())
            .ToList();

    private sealed record CsvPoint(string Label, double Value, bool Derived);

    // Columns: series,x,label,value,bound,derived,rule,source (ChartCsv); quoted fields may hold commas.
    private static IEnumerable<CsvPoint> ChartPoints(string path) =>
        File.ReadLines(path).Skip(1).Where(l => l.Length > 0).Select(line =>
        {
            var fields = CsvFields().Matches(line).Select(m => m.Groups[1].Success ? m.Groups[1].Value.Replace("\"\"", "\"") : m.Groups[2].Value).ToList();
            return new CsvPoint(fields[2], double.Parse(fields[3], CultureInfo.InvariantCulture), fields[5] == "true");
        });

    [GeneratedRegex("(?:^|,)(?:\"((?:[^\"]|\"\")*)\"|([^,]*))")]
    private static partial Regex CsvFields();

    [GeneratedRegex("class=\"[^\"]*error", RegexOptions.IgnoreCase)]
    private static partial Regex ErrorOutput();
}

/// <summary>Renders notebooks/ once for all the tests above, fresh, into a temporary site.</summary>
public sealed class RenderedReport : IDisposable
{
    public RenderedReport()
    {
        Notebooks = Directory.GetFiles(RepoFolders.Notebooks, "*.ipynb").Order(StringComparer.Ordinal).ToList();
        (Exit, Output, Error) = CliRun.Async("render", RepoFolders.Notebooks, "--out", Site, "--fresh", "--cache", Cache,
            "-p", $"articles={RepoFolders.Articles}", "--corpus", RepoFolders.Articles).GetAwaiter().GetResult();
    }

    internal TempFolder Temp { get; } = new();

    public string Site => Path.Combine(Temp.Path, "site");

    public string Cache => Path.Combine(Temp.Path, "cache");

    public IReadOnlyList<string> Notebooks { get; }

    public int Exit { get; }

    public string Output { get; }

    public string Error { get; }

    /// <summary>The notebooks that chart figures of the articles (from the third on: corpus and table notebooks chart counts of their own).</summary>
    public IEnumerable<string> FigureNotebookStems => Notebooks.Select(Path.GetFileNameWithoutExtension).OfType<string>()
        .Where(stem => int.TryParse(stem[..2], out var number) && number >= 3);

    /// <summary>The CSV of every chart a page shows (the renderer writes one per chart output, data/STEM-cellN-M.csv).</summary>
    public IEnumerable<string> ChartCsvs(string stem) => Directory.EnumerateFiles(Path.Combine(Site, "data"), stem + "-cell*.csv");

    public void Dispose() => Temp.Dispose();
}
