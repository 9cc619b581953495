using System.Globalization;

namespace NewsFigures.Cli.Output;

/// <summary>One line of the <c>series</c> listing: a point of a series, with its metric.</summary>
internal sealed record SeriesRow(string Metric, string Topic, string? Unit, SeriesPoint Point)
{
    public static IEnumerable<SeriesRow> From(NewsFigures.Series series) =>
        series.Points.Select(p => new SeriesRow(series.Metric, series.Topic.Name(), series.Unit, p));

    public string? Year => Point.Year?.ToString("0.###", CultureInfo.InvariantCulture);

    public string Kind => (Point.Derived ? "derived" : "stated") + (Point.Forecast ? ", forecast" : "") + (Point.Conflict ? ", conflict" : "");

    public string Outlets => string.Join("; ", Point.Sources.Select(s => s.Outlet).OfType<string>().Distinct());

    public string Dates => string.Join("; ", Point.Sources.Select(s => s.DateText).OfType<string>().Distinct());
}
