namespace NewsFigures;

/// <summary>Points a piece at an earlier piece with (nearly) the same text; Similarity is in [0, 1].</summary>
[TypeFormatterSource(typeof(DomainFormatterSource), PreferredMimeTypes = [MimeTypes.PlainText])]
public sealed record DuplicateLink(string FileName, int PieceNumber, double Similarity)
{
    public override string ToString() => $"{FileName}#{PieceNumber}";
}
