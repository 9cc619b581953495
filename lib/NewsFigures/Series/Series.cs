namespace NewsFigures;

/// <summary>
/// The points of one metric over time: stated ones, derived ones (each with its rule and the figures it came from),
/// changes, and conflicts between sources. Built by <c>figures.Series("intelligent computing power")</c>.
/// Shows as an HTML table in a notebook (<see cref="ToHtml"/>, declared by <see cref="TypeFormatterSourceAttribute"/>).
/// </summary>
[TypeFormatterSource(typeof(DomainFormatterSource), PreferredMimeTypes = [MimeTypes.Html, MimeTypes.PlainText])]
public sealed record Series(string Metric, string? Unit, Topic Topic, IReadOnlyList<SeriesPoint> Points,
    IReadOnlyList<SeriesChange> Changes, IReadOnlyList<SeriesConflict> Conflicts, MetricGroup Group)
{
    public IEnumerable<SeriesPoint> Stated => Points.Where(p => !p.Derived);

    /// <summary>Set when the name asked for read like several metrics: which one this is, why, and the others
    /// ("'downloads' matched 2 metrics; showing X (12 figures); also: Y (3)"). Null when the name read like one.</summary>
    public string? LookupNote { get; init; }

    public IEnumerable<SeriesPoint> DerivedPoints => Points.Where(p => p.Derived);

    /// <summary>Points whose period is <paramref name="period"/> ("2024", "2025-H1", "undated"), or, for a bare year,
    /// every point within that year.</summary>
    public IReadOnlyList<SeriesPoint> At(string period)
    {
        var exact = Points.Where(p => p.Label == period).ToList();
        if (exact.Count > 0 || period.Length != 4 || !int.TryParse(period, out var year)) return exact;
        return Points.Where(p => PeriodText.CalendarYear(p.Period) == year && p.Period?.Contains('/') == false).ToList();
    }

    /// <summary>
    /// Compound annual growth from the point of one period to that of another, counting calendar years:
    /// universities with AI programs from 2019 (35) to 2025 (626) grow about 61.8% a year. A period may be a bare year
    /// ("2025" finds "2025-04"). Stated points are preferred to derived ones.
    /// </summary>
    /// <exception cref="ArgumentException">A period has no point, or several conflicting ones, or the years do not increase.</exception>
    public GrowthRate GrowthRate(string from, string to) => NewsFigures.GrowthRate.Between(Single(from), Single(to));

    /// <summary>Compound annual growth from the earliest to the latest dated stated point, or null when they share a year
    /// (periods with two different values are left out).</summary>
    public GrowthRate? GrowthRate()
    {
        // A period stated with two different values (in one sentence, so noted rather than flagged) has no single value
        // to grow from or to: it is left out rather than one of its values picked.
        var dated = Stated.Where(p => PeriodText.CalendarYear(p.Period) is not null && !p.Conflict && p.Value > 0)
            .GroupBy(p => p.Label).Where(g => g.Select(p => p.Value).Distinct().Count() == 1).Select(g => g.First()).ToList();
        if (dated.Count < 2) return null;
        var (first, last) = (dated.MinBy(p => p.Year)!, dated.MaxBy(p => p.Year)!);
        return PeriodText.CalendarYear(last.Period) > PeriodText.CalendarYear(first.Period) ? NewsFigures.GrowthRate.Between(first, last) : null;
    }

    /// <summary>An HTML table of the points with their bounds, rules and sources, then growth and conflicts.</summary>
    public string ToHtml() => SeriesHtml.Of(this);

    public override string ToString() =>
        $"{(LookupNote is null ? "" : LookupNote + "\n")}{Metric} ({Unit ?? "change"}, {Topic.Name()}): {string.Join(", ", Points)}";

    private SeriesPoint Single(string period)
    {
        var found = At(period);
        var stated = found.Where(p => !p.Derived).ToList();
        var candidates = stated.Count > 0 ? stated : found;
        return candidates.Count switch
        {
            1 => candidates[0],
            0 => throw new ArgumentException($"{Metric} has no point for '{period}' (periods: {string.Join(", ", Points.Select(p => p.Label).Distinct())})."),
            _ => throw new ArgumentException($"{Metric} has {candidates.Count} points for '{period}': {string.Join(", ", candidates)}; name one period exactly."),
        };
    }
}
