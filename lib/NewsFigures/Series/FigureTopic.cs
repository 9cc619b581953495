namespace NewsFigures;

/// <summary>A figure with its topic and the reason for it, for grouping a figure table by topic.</summary>
[TypeFormatterSource(typeof(DomainFormatterSource), PreferredMimeTypes = [MimeTypes.PlainText])]
public sealed record FigureTopic(CorpusFigure Figure, Topic Topic, string Reason)
{
    public override string ToString() => $"{Figure.Figure.Text} [{Figure.Figure.Metric}]: {Topic.Name()}";
}
