namespace NewsFigures;

/// <summary>Back from LINQ to a table.</summary>
public static class FigureTables
{
    /// <summary>The figures as a table, in the sequence's order; pass the corpus to keep every piece in the SQLite export.</summary>
    /// <example><code>var largest = figures.ByUnit("USD").OrderByDescending(f => f.Figure.Value).ToFigureTable(figures.Corpus);</code></example>
    public static FigureTable ToFigureTable(this IEnumerable<CorpusFigure> figures, Corpus? corpus = null) => new(figures, corpus);
}
