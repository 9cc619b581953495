namespace NewsFigures;

/// <summary>One article as <see cref="CorpusStream.WithFigures"/> hands it on: its pieces, duplicates linked, and every
/// figure its bodies and captions state, in piece and text order.</summary>
[TypeFormatterSource(typeof(DomainFormatterSource), PreferredMimeTypes = [MimeTypes.PlainText])]
public sealed record ArticleFigures(Article Article, IReadOnlyList<CorpusFigure> Figures)
{
    public override string ToString() => $"{Article}: {Figures.Count} figure{(Figures.Count == 1 ? "" : "s")}";
}
