namespace NewsFigures;

/// <summary>What the catalog (catalog.csv beside the articles) says about one file; empty when there is no entry.</summary>
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
}
