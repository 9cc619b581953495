using System.Globalization;

namespace NewsFigures;

/// <summary>
/// A series' latest stated value: the point of its latest period (among points of one period, or undated ones, the
/// one from the newest article), with the outlets that state it. Built by <see cref="KeyNumbers.Of"/>.
/// </summary>
[TypeFormatterSource(typeof(DomainFormatterSource), PreferredMimeTypes = [MimeTypes.PlainText])]
public sealed record KeyNumber(string Metric, SeriesPoint Point)
{
    /// <summary>The value with its bound sign and unit, and "(forecast)" when stated as expected: "1,037.3 EFLOPS (forecast)".</summary>
    public string ValueText => Point.ValueText + (Point.Forecast ? " (forecast)" : "");

    /// <summary>The period as written ("2025-H1"), or "undated".</summary>
    public string Period => Point.Label;

    /// <summary>Who states it: each outlet once, or "outlet not stated" with the file and piece.</summary>
    public IReadOnlyList<string> Sources => [.. Point.Sources.Select(s => s.Outlet ?? $"outlet not stated, {s.Reference}").Distinct()];

    /// <summary>Set when another source gives a different value for the same period: the number is disputed.</summary>
    public bool Conflict => Point.Conflict;

    internal static KeyNumber Latest(Series series)
    {
        var latest = series.Stated
            .Select((point, order) => (point, order))
            .OrderBy(p => p.point.Year ?? double.NegativeInfinity)
            .ThenBy(p => p.point.Sources.Max(s => s.Date) ?? DateOnly.MinValue)
            .ThenBy(p => p.order)
            .LastOrDefault().point
            ?? throw new ArgumentException($"{series.Metric} has no stated point; a key number is a value an article states, not a derived one.", nameof(series));
        return new KeyNumber(series.Metric, latest);
    }

    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"{Metric}: {ValueText} ({Period}{(Conflict ? ", sources differ" : "")}; {string.Join("; ", Sources)})");
}
