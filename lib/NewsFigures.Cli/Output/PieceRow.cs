namespace NewsFigures.Cli.Output;

/// <summary>One line of the <c>corpus</c> listing.</summary>
internal sealed record PieceRow(
    string File, int Piece, string Title, string? Byline, string? Section, string? Date, string? DateFrom, int Characters,
    string? DuplicateOf, double? Similarity)
{
    public static PieceRow From(NewsFigures.Piece piece) => new(
        piece.FileName,
        piece.Number,
        piece.Title,
        piece.Byline,
        piece.Section,
        piece.Article.Info.Date?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        piece.Article.Info.DateFrom,
        piece.Body.Length,
        piece.DuplicateOf?.ToString(),
        piece.DuplicateOf?.Similarity);
}
