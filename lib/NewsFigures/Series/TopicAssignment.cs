namespace NewsFigures;

/// <summary>The topic of a figure and why: which words decided it, and where they were found.</summary>
[TypeFormatterSource(typeof(DomainFormatterSource), PreferredMimeTypes = [MimeTypes.PlainText])]
public sealed record TopicAssignment(Topic Topic, string Reason)
{
    public override string ToString() => $"{Topic.Name()} ({Reason})";
}
