namespace NewsFigures;

/// <summary>One metric phrase of a group, how many figures state it, and why it belongs to the group.</summary>
[TypeFormatterSource(typeof(DomainFormatterSource), PreferredMimeTypes = [MimeTypes.PlainText])]
public sealed record MetricPhrase(string Phrase, int Figures, string Reason)
{
    public override string ToString() => $"{Phrase} ({Reason})";
}
