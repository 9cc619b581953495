namespace NewsFigures;

/// <summary>What the catalog (catalog.csv beside the articles) says about one file; empty when there is no entry.</summary>
[TypeFormatterSource(typeof(DomainFormatterSource), PreferredMimeTypes = [MimeTypes.PlainText])]
public sealed record ArticleInfo
{
    public static ArticleInfo Empty { get; } = new();

    public string? Outlet { get; init; }
    public DateOnly? Date { get; init; }
    public IReadOnlyList<string> Authors { get; init; } = [];
    public string? Url { get; init; }
    public bool IsNewspaperPage { get; init; }
    /// <summary>Free-text remarks, e.g. how a date was inferred.</summary>
    public string? Notes { get; init; }

    /// <summary>"China Daily, 2025-11-25, by Li Wei, https://...", or "no catalog entry".</summary>
    public override string ToString()
    {
        var parts = new[] { Outlet, InvariantNumber.Date(Date), Authors.Count > 0 ? "by " + string.Join(", ", Authors) : null, Url }
            .Where(s => !string.IsNullOrEmpty(s)).ToList();
        return parts.Count > 0 ? string.Join(", ", parts) : "no catalog entry";
    }
}
