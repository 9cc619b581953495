namespace NewsFigures.Charts;

/// <summary>One plotly trace to draw: its name, its points, whether it is the dotted line through derived points, and its
/// series' house style (a series' two traces share one).</summary>
internal sealed record TracePlan(string Name, IReadOnlyList<ChartPoint> Points, bool Derived, SeriesStyle Style)
{
    /// <summary>
    /// The traces of a chart: bars per series, or per series a line in its dash pattern (every point, with gaps where points
    /// are derived) and a dotted line through the derived points and their stated neighbours.
    /// </summary>
    public static IReadOnlyList<TracePlan> Of(ChartSpec chart) =>
        [.. chart.Series.SelectMany((s, i) => chart.Kind != ChartKind.GrowthLine
            ? [new TracePlan(s.Name, s.Points, false, HouseStyle.Series(i))]
            : new[] { new TracePlan(s.Name, s.Points, false, HouseStyle.Series(i)),
                      new TracePlan(s.Name + " (derived)", [.. WithNeighbours(s.Points)], true, HouseStyle.Series(i)) }
                .Where(t => t.Points.Count > 0))];

    /// <summary>Derived points with the stated points next to them, so the dotted line joins the series' own.</summary>
    static IEnumerable<ChartPoint> WithNeighbours(IReadOnlyList<ChartPoint> points) =>
        points.Where((p, i) => p.Derived || (i > 0 && points[i - 1].Derived) || (i + 1 < points.Count && points[i + 1].Derived));
}
