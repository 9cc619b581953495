namespace NewsFigures;

/// <summary>Where a piece lies among the units: its head (null when the text starts without one) and body units.</summary>
internal sealed record PieceLayout(PieceHead? Head, IReadOnlyList<TextUnit> Body)
{
    public int FirstLine => Head?.FirstLine ?? Body[0].FirstLine;
}
