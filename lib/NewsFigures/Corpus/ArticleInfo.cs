namespace NewsFigures;

/// <summary>What the catalog (catalog.csv beside the articles) says about one file, and the date the text states about
/// itself when the catalog gives none; empty when there is neither.</summary>
[TypeFormatterSource(typeof(DomainFormatterSource), PreferredMimeTypes = [MimeTypes.PlainText])]
public sealed record ArticleInfo
{
    public static ArticleInfo Empty { get; } = new();

    public string? Outlet { get; init; }
    public DateOnly? Date { get; init; }
    /// <summary>Where <see cref="Date"/> comes from: "catalog", or the line of the text that states it ("text: dateline",
    /// "text: updated line", "text: metadata line", "text: date line"); null when there is no date.</summary>
    public string? DateFrom { get; init; }
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
