using NewsFigures.Tests.Extraction;

namespace NewsFigures.Tests.Tables;

/// <summary>The seed corpus and its figure table, extracted once for every test class that shares the collection.</summary>
public sealed class SeedFigures
{
    public Corpus Corpus { get; } = Corpus.Load(RepoFolders.Articles);

    public FigureTable Figures => _figures.Value;

    public IReadOnlyList<GoldFigure> Gold { get; } = GoldFigure.Load(RepoFolders.GoldFigures);

    private readonly Lazy<FigureTable> _figures;

    public SeedFigures() => _figures = new(() => Corpus.Figures());

    /// <summary>The extracted figure that matches a gold one the way the gold tests match: same file, overlapping span.</summary>
    public CorpusFigure? Matching(GoldFigure gold) =>
        Figures.FirstOrDefault(f => f.File == gold.File && f.Figure.Start < gold.End && gold.Start < f.Figure.End);
}

[CollectionDefinition(Name)]
public sealed class SeedFiguresCollection : ICollectionFixture<SeedFigures>
{
    public const string Name = "seed figures";
}

/// <summary>Small hand-made figures for tests that need odd text or a duplicate link the seeds do not have.</summary>
internal static class MadeFigures
{
    public static readonly ArticleInfo Daily = new() { Outlet = "Daily <News> & Co", Date = new DateOnly(2025, 3, 1) };

    public static CorpusFigure Make(string file, int piece, double value, string? unit, string sentence, string text,
        DuplicateLink? duplicateOf = null, FigureKind kind = FigureKind.Level, string metric = "sales", string? source = null) =>
        new(file, piece, "A <b>title</b>", Daily,
            new Figure(value, unit, null, kind, metric, "2024", source, sentence, text, 10, 10 + text.Length))
        {
            DuplicateOf = duplicateOf,
        };
}
