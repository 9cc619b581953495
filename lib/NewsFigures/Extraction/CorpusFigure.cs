namespace NewsFigures;

/// <summary>A figure found in a corpus: the file and piece it is in, the article's catalog entry, and the figure itself,
/// whose <see cref="Figure.Start"/> and <see cref="Figure.End"/> are offsets into the raw file text.</summary>
[TypeFormatterSource(typeof(DomainFormatterSource), PreferredMimeTypes = [MimeTypes.PlainText])]
public sealed record CorpusFigure(string File, int PieceNumber, string PieceTitle, ArticleInfo Article, Figure Figure)
{
    /// <summary>The piece's <see cref="Piece.DuplicateOf"/>: set when the figure is in a copy of an earlier piece.</summary>
    public DuplicateLink? DuplicateOf { get; init; }

    /// <summary>A row of the table's summary: "more than 100,000 model | Qwen derivative models | 2025 | 000_acd0283a066f7ea4.txt#1".</summary>
    public override string ToString() => $"{Figure} | {File}#{PieceNumber}";
}
