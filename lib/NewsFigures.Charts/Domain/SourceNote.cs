namespace NewsFigures.Charts;

/// <summary>
/// The source line of a chart, built from the provenance of its points the way Our World in Data writes theirs:
/// "Source: The Belt and Road News Network, 2025-08-26; newspaper page 000_acd0283a066f7ea4.txt; figures credited to
/// the company (Alibaba)." Outlets with their dates, distinct, in the order the points name them; a page whose
/// outlet is not known is named by its file; then whom the texts credit for the figures.
/// </summary>
public static class SourceNote
{
    /// <summary>The source line of these figures.</summary>
    public static string Of(IEnumerable<CorpusFigure> figures)
    {
        ArgumentNullException.ThrowIfNull(figures);
        return From(figures.Select(Provenance.Of));
    }

    /// <summary>The source line of every point of the series, stated and derived.</summary>
    public static string Of(Series series)
    {
        ArgumentNullException.ThrowIfNull(series);
        var pages = NewspaperPages(series);
        return From(series.Points.SelectMany(p => p.Sources).Select(s => Provenance.Of(s, pages)));
    }

    /// <summary>"Source: A; B; figures credited to X and Y." then any further sentences.</summary>
    internal static string From(IEnumerable<Provenance> provenance, params IEnumerable<string> more)
    {
        var sources = provenance.ToList();
        var names = sources.Select(s => s.Name).Distinct(StringComparer.Ordinal).ToList();
        var credits = sources.Select(s => s.Attribution?.Trim()).OfType<string>().Where(a => a.Length > 0)
            .Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        var line = "Source: " + (names.Count == 0 ? "not stated" : string.Join("; ", names))
            + (credits.Count == 0 ? "" : "; figures credited to " + JoinWithAnd(credits)) + ".";
        return string.Join(" ", [line, .. more.Where(s => s.Length > 0)]);
    }

    /// <summary>The files of a series that the catalog marks as newspaper pages.</summary>
    internal static IReadOnlySet<string> NewspaperPages(Series series) =>
        series.Group.Figures.Where(f => f.Article.IsNewspaperPage).Select(f => f.File).ToHashSet(StringComparer.Ordinal);

    internal static string JoinWithAnd(IReadOnlyList<string> items) => items.Count switch
    {
        0 => "",
        1 => items[0],
        _ => string.Join(", ", items.Take(items.Count - 1)) + " and " + items[^1],
    };
}
