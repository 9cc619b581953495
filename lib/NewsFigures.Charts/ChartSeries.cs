namespace NewsFigures.Charts;

/// <summary>A named run of points, in drawing order.</summary>
public sealed record ChartSeries(string Name, IReadOnlyList<ChartPoint> Points)
{
    public IEnumerable<ChartPoint> Stated => Points.Where(p => !p.Derived);
    public IEnumerable<ChartPoint> DerivedPoints => Points.Where(p => p.Derived);
}
