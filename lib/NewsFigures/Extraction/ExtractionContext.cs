namespace NewsFigures;

/// <summary>What the extractor knows about a text beyond its words: the date it was published, if known,
/// against which "last year", "by February" and "mid-year" resolve, and whether its article reports on a fiscal year
/// ("for the year ended 30 April 2016"; the text itself is read for it too).</summary>
[TypeFormatterSource(typeof(DomainFormatterSource), PreferredMimeTypes = [MimeTypes.PlainText])]
public sealed record ExtractionContext(DateOnly? ArticleDate = null, bool ReportsFiscalYear = false)
{
    /// <summary>No date known: relative periods stay unresolved.</summary>
    public static ExtractionContext None { get; } = new();

    public override string ToString() =>
        (ArticleDate is null ? "no article date: relative periods stay unresolved" : $"article date {InvariantNumber.Date(ArticleDate)}")
        + (ReportsFiscalYear ? "; reports on a fiscal year" : "");
}
