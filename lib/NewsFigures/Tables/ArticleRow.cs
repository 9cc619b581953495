namespace NewsFigures;

/// <summary>One row of the SQLite <c>articles</c> table: a piece and its article's catalog entry.</summary>
internal sealed record ArticleRow(string File, int Piece, string Title, string? Byline, string? Section, string? Outlet,
    string? Date, string? Url, int? Characters, string? DuplicateOf)
{
    /// <summary>Every piece of the table's corpus, plus (or, without a corpus, only) the pieces its figures name, in file
    /// then piece order.</summary>
    public static IReadOnlyList<ArticleRow> For(FigureTable table)
    {
        var rows = new SortedDictionary<(string File, int Piece), ArticleRow>(Comparer<(string, int)>.Create(
            (a, b) => string.CompareOrdinal(a.Item1, b.Item1) is var c and not 0 ? c : a.Item2.CompareTo(b.Item2)));
        foreach (var p in table.Corpus?.Pieces ?? [])
            rows[(p.FileName, p.Number)] = Of(p);
        foreach (var f in table)
            rows.TryAdd((f.File, f.PieceNumber), new ArticleRow(f.File, f.PieceNumber, f.PieceTitle, null, null, f.Article.Outlet,
                FigureSqlite.Date(f.Article.Date), f.Article.Url, null, f.DuplicateOf?.ToString()));
        return rows.Values.ToList();
    }

    public static ArticleRow Of(Piece p) => new(p.FileName, p.Number, p.Title, p.Byline, p.Section, p.Article.Info.Outlet,
        FigureSqlite.Date(p.Article.Info.Date), p.Article.Info.Url, p.Body.Length, p.DuplicateOf?.ToString());
}
