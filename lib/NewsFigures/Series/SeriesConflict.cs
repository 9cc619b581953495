namespace NewsFigures;

/// <summary>Points of one period whose values differ: kept apart, each with its sources and dates, and explained.</summary>
[TypeFormatterSource(typeof(DomainFormatterSource), PreferredMimeTypes = [MimeTypes.PlainText])]
public sealed record SeriesConflict(string Label, IReadOnlyList<SeriesPoint> Points, string Note)
{
    public override string ToString() => $"{Label}: {Note}";
}
