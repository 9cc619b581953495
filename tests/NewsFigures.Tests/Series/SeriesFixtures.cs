using NewsFigures.Tests.Extraction;

namespace NewsFigures.Tests.SeriesTests;

/// <summary>The real corpus's figures (extracted once), the gold figures as corpus figures, and hand-made figures for
/// rules the corpus does not exercise.</summary>
internal static class SeriesFixtures
{
    /// <summary>No mapping file: grouping and topics exactly as the data gives them.</summary>
    public static SeriesOptions DataOnly { get; } = new() { Map = MetricMap.None };

    private static readonly Lazy<IReadOnlyList<CorpusFigure>> Extracted = new(() => Corpus.Load(RepoFolders.Articles).Figures());

    public static IReadOnlyList<CorpusFigure> CorpusFigures => Extracted.Value;

    private static readonly Lazy<IReadOnlyList<GoldFigure>> GoldLines = new(() => GoldFigure.Load(RepoFolders.GoldFigures));

    public static IReadOnlyList<GoldFigure> Gold => GoldLines.Value;

    /// <summary>Gold figures as the library sees figures, with piece numbers in order of first appearance per file.</summary>
    public static IReadOnlyList<CorpusFigure> GoldAsFigures() =>
        Gold.Select(g => new CorpusFigure(g.File,
                Gold.Where(x => x.File == g.File).Select(x => x.Piece).Distinct().ToList().IndexOf(g.Piece) + 1, g.Piece, ArticleInfo.Empty,
                new Figure(g.Value, g.Unit, g.Qualifier, Enum.Parse<FigureKind>(g.Kind, ignoreCase: true), g.Metric, g.Period, g.Attribution,
                    g.Sentence, g.Text, g.Start, g.End)))
            .ToList();

    /// <summary>A hand-made figure; the text is found in the sentence to place the span.</summary>
    public static CorpusFigure Make(string metric, double value, string? unit, string sentence, string text,
        FigureKind kind = FigureKind.Level, string? period = null, string? qualifier = null,
        string file = "900_test.txt", int piece = 1, string title = "A test piece", string? outlet = null, DateOnly? date = null)
    {
        int start = sentence.IndexOf(text, StringComparison.Ordinal);
        Assert.True(start >= 0, $"'{text}' is not in the sentence");
        return new CorpusFigure(file, piece, title, new ArticleInfo { Outlet = outlet, Date = date },
            new Figure(value, unit, qualifier, kind, metric, period, null, sentence, text, start, start + text.Length));
    }
}
