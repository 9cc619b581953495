namespace NewsFigures.Charts;

/// <summary>A named run of points, in drawing order.</summary>
[TypeFormatterSource(typeof(DomainFormatterSource), PreferredMimeTypes = [MimeTypes.PlainText])]
public sealed record ChartSeries(string Name, IReadOnlyList<ChartPoint> Points)
{
    /// <summary>"Intelligent computing power: 4 points (1 derived)", as in the chart's summary.</summary>
    public override string ToString() => $"{Name}: {Points.Count} points ({DerivedPoints.Count()} derived)";

    public IEnumerable<ChartPoint> Stated => Points.Where(p => !p.Derived);
    public IEnumerable<ChartPoint> DerivedPoints => Points.Where(p => p.Derived);
}
