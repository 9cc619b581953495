using System.Text.Json;

namespace NewsFigures.Cli.Tests;

/// <summary>
/// The corpus grows: data/articles plus the hundred and sixty development texts (study, held-out, fresh, third and blind
/// sets) in one folder. Every project notebook must still run to the end over it, and the intelligent computing power
/// series must take the development texts' points. What the development texts should add comes from the study half's hand
/// gold, a frozen fixture; nothing here counts data/articles, so adding an article there breaks no assertion.
/// </summary>
[Collection(NotebookRuns.Name)]
public sealed class GrownCorpusNotebookTests(GrownCorpus corpus) : IClassFixture<GrownCorpus>
{
    [Fact]
    public async Task Every_notebook_runs_to_the_end_over_the_articles_and_the_development_corpus()
    {
        var notebooks = Directory.GetFiles(RepoFolders.Notebooks, "*.ipynb").Order(StringComparer.Ordinal).ToArray();
        var executed = corpus.Temp.File("executed");

        var (exit, output, error) = await CliRun.Async(["run", .. notebooks, "--out", executed, "-p", $"articles={corpus.Folder}"]);

        Assert.True(exit == 0, $"run failed (exit {exit}):\n{error}\n{output}");
        foreach (var notebook in notebooks)
        {
            var name = Path.GetFileName(notebook);
            Assert.Contains($"{name}: ok", output);
            var errors = ErrorOutputs(Path.Combine(executed, name)).ToList();
            Assert.True(errors.Count == 0, $"{name}: {string.Join("\n", errors)}");
        }
    }

    [Fact]
    public void The_computing_power_series_gains_the_study_golds_intelligent_computing_power_points()
    {
        var options = new SeriesOptions { Map = MetricMap.Load(Path.Combine(RepoFolders.Root, "data", "metrics.csv")) };
        var series = Corpus.Load(corpus.Folder).Figures().Series("intelligent computing power", options);

        // The study half's gold figures of China's intelligent computing power, in any unit of computing speed.
        var expected = StudyGold()
            .Where(g => g.Metric.Contains("intelligent comput", StringComparison.OrdinalIgnoreCase) && g.Unit.EndsWith("FLOPS", StringComparison.Ordinal))
            .Select(g => (g.File, Period: g.Period ?? "undated", Value: g.Value * UnitFactorToEflops(g.Unit)))
            .Order().ToList();
        Assert.Equal([("18_china-computing-power-capacity-scaling.txt", "undated", 788.0), ("20_china-generative-ai-users-top-600-mln.txt", "undated", 1590.0)],
            expected);

        var studyFiles = Directory.GetFiles(Path.Combine(RepoFolders.Root, "data", "dev", "study", "texts")).Select(Path.GetFileName).ToHashSet();
        var fromStudy = series.Points.Where(p => p.Sources.Any(s => studyFiles.Contains(s.File)))
            .Select(p => (p.Sources[0].File, p.Label, p.Value)).Order().ToList();
        Assert.Equal("EFLOPS", series.Unit);
        Assert.Equal(expected, fromStudy);
        // Two undated values from two texts: kept apart and flagged, never merged (the grown corpus may hold more undated
        // values of its own; these two are among them).
        Assert.All(series.Points.Where(p => p.Sources.Any(s => studyFiles.Contains(s.File))), p => Assert.True(p.Conflict));
        Assert.Contains(series.Conflicts, c => c.Label == "undated" && c.Note.Contains(" different values for undated: ", StringComparison.Ordinal)
            && c.Note.Contains("788 EFLOPS [18_china-computing-power-capacity-scaling.txt", StringComparison.Ordinal)
            && c.Note.Contains("1,590 EFLOPS [20_china-generative-ai-users-top-600-mln.txt", StringComparison.Ordinal));
        // The seeds' points stay: 2025 stated, 2024 derived from it.
        Assert.Contains(series.Points, p => (p.Label, p.Value, p.Derived) == ("2025", 1037.3, false));
        Assert.Contains(series.Points, p => p.Label == "2024" && p.Derived && Math.Abs(p.Value - 1037.3 / 1.43) < 1e-9);
    }

    [Fact]
    public void The_computing_power_series_gains_the_fresh_sets_intelligent_computing_power_values()
    {
        var options = new SeriesOptions { Map = MetricMap.Load(Path.Combine(RepoFolders.Root, "data", "metrics.csv")) };
        var series = Corpus.Load(corpus.Folder).Figures().Series("intelligent computing power", options);

        // The fresh set's gold values of China's intelligent computing power; their periods are not asserted here (the
        // fresh set is scored only, and its periods are scored by the gold tests).
        var expected = Gold("fresh").Where(g => g.Metric.Contains("intelligent computing power", StringComparison.OrdinalIgnoreCase)
                                                 && g.Unit.EndsWith("FLOPS", StringComparison.Ordinal))
            .Select(g => g.Value * UnitFactorToEflops(g.Unit)).Order().ToList();
        Assert.Equal([260.0, 1117.0], expected);
        var freshFiles = Directory.GetFiles(Path.Combine(RepoFolders.Root, "data", "dev", "fresh", "texts")).Select(Path.GetFileName).ToHashSet();
        var fromFresh = series.Points.Where(p => p.Sources.Any(s => freshFiles.Contains(s.File))).Select(p => p.Value).Order().ToList();
        Assert.Equal(expected, fromFresh);
    }

    private static double UnitFactorToEflops(string unit) => unit switch
    {
        "EFLOPS" => 1,
        "PFLOPS" => 1e-3,
        _ => throw new ArgumentException($"data/dev gold: no factor from {unit} to EFLOPS in this test"),
    };

    private sealed record GoldLine(string File, string Metric, string Unit, double Value, string? Period);

    private static IEnumerable<GoldLine> StudyGold() => Gold("study");

    private static IEnumerable<GoldLine> Gold(string set) =>
        File.ReadLines(Path.Combine(RepoFolders.Root, "data", "dev", set, "figures.jsonl")).Where(l => l.Trim().Length > 0).Select(l =>
        {
            var g = JsonDocument.Parse(l).RootElement;
            string? Text(string name) => g.GetProperty(name).ValueKind == JsonValueKind.Null ? null : g.GetProperty(name).GetString();
            return new GoldLine(Text("file")!, Text("metric") ?? "", Text("unit") ?? "", g.GetProperty("value").GetDouble(), Text("period"));
        });

    private static IEnumerable<string> ErrorOutputs(string notebook)
    {
        using var json = JsonDocument.Parse(File.ReadAllText(notebook));
        foreach (var cell in json.RootElement.GetProperty("cells").EnumerateArray())
            if (cell.TryGetProperty("outputs", out var outputs))
                foreach (var output in outputs.EnumerateArray())
                    if (output.GetProperty("output_type").GetString() == "error")
                        yield return $"{output.GetProperty("ename").GetString()}: {output.GetProperty("evalue").GetString()}";
    }
}

/// <summary>data/articles (with its catalog) and the texts of the development corpus (all six sets), copied
/// into one temporary folder.</summary>
public sealed class GrownCorpus : IDisposable
{
    public GrownCorpus()
    {
        Directory.CreateDirectory(Folder);
        foreach (var file in Directory.GetFiles(RepoFolders.Articles))
            File.Copy(file, Path.Combine(Folder, Path.GetFileName(file)));
        foreach (var half in new[] { "study", "heldout", "fresh", "third", "blind", "fourth" })
            foreach (var text in Directory.GetFiles(Path.Combine(RepoFolders.Root, "data", "dev", half, "texts"), "*.txt"))
                File.Copy(text, Path.Combine(Folder, Path.GetFileName(text)));
    }

    internal TempFolder Temp { get; } = new();

    public string Folder => Temp.File("corpus");

    public void Dispose() => Temp.Dispose();
}
