namespace NewsFigures;

/// <summary>A file that could not be loaded, and why (one sentence).</summary>
[TypeFormatterSource(typeof(DomainFormatterSource), PreferredMimeTypes = [MimeTypes.PlainText])]
public sealed record LoadProblem(string Path, string Message)
{
    public override string ToString() => $"{Path}: {Message}";
}
