namespace NewsFigures.Charts;

/// <summary>One plotly trace to draw: its name, its points, whether it is the dashed line through derived points, and its
/// colour (a series' two traces share one).</summary>
internal sealed record TracePlan(string Name, IReadOnlyList<ChartPoint> Points, bool Derived, string Color)
{
    // The same Category10 colours ScottPlot uses, so both renderings agree.
    static readonly string[] Palette = ["#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd", "#8c564b"];

    /// <summary>
    /// The traces of a chart: bars per series, or per series a solid line (every point, with gaps where points are
    /// derived) and a dashed line through the derived points and their stated neighbours.
    /// </summary>
    public static IReadOnlyList<TracePlan> Of(ChartSpec chart) =>
        [.. chart.Series.SelectMany((s, i) => chart.Kind != ChartKind.GrowthLine
            ? [new TracePlan(s.Name, s.Points, false, Palette[i % Palette.Length])]
            : new[] { new TracePlan(s.Name, s.Points, false, Palette[i % Palette.Length]),
                      new TracePlan(s.Name + " (derived)", [.. WithNeighbours(s.Points)], true, Palette[i % Palette.Length]) }
                .Where(t => t.Points.Count > 0))];

    /// <summary>Derived points with the stated points next to them, so the dashed line joins the solid one.</summary>
    static IEnumerable<ChartPoint> WithNeighbours(IReadOnlyList<ChartPoint> points) =>
        points.Where((p, i) => p.Derived || (i > 0 && points[i - 1].Derived) || (i + 1 < points.Count && points[i + 1].Derived));
}
