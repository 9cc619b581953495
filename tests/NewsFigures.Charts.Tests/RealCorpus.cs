using System.Text.Json;
using NewsFigures;

/// <summary>The project's corpus (data/articles) and its hand-checked gold figures, found by walking up to NewsFigures.sln.</summary>
static class RealCorpus
{
    public static string Root { get; } = FindRoot();

    static readonly Lazy<FigureTable> LoadedFigures = new(() => Corpus.Load(Path.Combine(Root, "data", "articles")).Figures());

    static readonly Lazy<IReadOnlyList<GoldFigure>> LoadedGold = new(() =>
        [.. File.ReadLines(Path.Combine(Root, "data", "gold", "figures.jsonl"))
            .Where(line => line.Trim().Length > 0)
            .Select(line => JsonSerializer.Deserialize<GoldFigure>(line, new JsonSerializerOptions(JsonSerializerDefaults.Web))!)]);

    /// <summary>Every figure the extractor finds in data/articles, loaded once.</summary>
    public static FigureTable Figures => LoadedFigures.Value;

    /// <summary>data/gold/figures.jsonl, the truth values are checked against.</summary>
    public static IReadOnlyList<GoldFigure> Gold => LoadedGold.Value;

    /// <summary>The one gold figure of this metric and kind.</summary>
    public static GoldFigure GoldOf(string metric, string kind) => Gold.Single(g => g.Metric == metric && g.Kind == kind);

    static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "NewsFigures.sln"))) return dir.FullName;
        throw new DirectoryNotFoundException($"No NewsFigures.sln above {AppContext.BaseDirectory}.");
    }
}

/// <summary>One line of data/gold/figures.jsonl (the keys the chart tests use).</summary>
sealed record GoldFigure(string File, string Text, double Value, string Unit, string? Qualifier, string Kind, string Metric, string? Period, string? Attribution);
