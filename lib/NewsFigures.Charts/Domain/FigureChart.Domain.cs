namespace NewsFigures.Charts;

/// <summary>The chart factories from the domain: each chart comes with a title, units and a source note built from the
/// provenance of its points, all of which the fluent methods (<c>.Title</c>, <c>.Units</c>, <c>.Source</c>) override.</summary>
public static partial class FigureChart
{
    /// <summary>
    /// A growth line per series over its dated points: stated points solid, derived ones hollow on a dashed line with
    /// their rule in the hover text, bounds as one-sided error bars. Undated points are left out, and the note says how
    /// many.
    /// </summary>
    /// <example><code>FigureChart.Line(figures.Series("intelligent computing power"))</code></example>
    /// <exception cref="ArgumentException">No series, or none has a dated point (draw those with <see cref="Bars(Series[])"/>).</exception>
    public static ChartSpec Line(params Series[] series) => SeriesCharts.Line(series);

    /// <summary>
    /// One bar per point of each series, undated ones and conflicting ones included, labelled "period · outlet" so
    /// conflicting counts stand side by side; the note names the conflicts.
    /// </summary>
    /// <example><code>FigureChart.Bars(figures.Series("Qwen derivative models"))</code></example>
    /// <exception cref="ArgumentException">No series, or a series without points.</exception>
    public static ChartSpec Bars(params Series[] series) => SeriesCharts.Bars(series);

    /// <summary>
    /// One bar per figure, across metrics or sources, labelled by <paramref name="label"/> (default: the metric), with
    /// the quote in the hover text and the bound its qualifier puts on it ("more than" from below, "nearly" from above).
    /// A reprinted piece counts twice unless the figures are folded first (<c>FoldDuplicates()</c>).
    /// </summary>
    /// <example><code>FigureChart.Compare(figures.ByUnit("model"), f => f.Figure.Metric + " · " + f.File[..3])</code></example>
    /// <exception cref="ArgumentException">No figures, or figures of more than one unit (the message names them).</exception>
    public static ChartSpec Compare(IEnumerable<CorpusFigure> figures, Func<CorpusFigure, string>? label = null) =>
        FigureBarCharts.Compare(figures, label);

    /// <summary>
    /// A percentages chart of the figures stated in percent, all of one measure: changes, or shares of one base (the
    /// words after "share of" in the metric); figures in other units are ignored. Labels default to "metric (period)".
    /// </summary>
    /// <example><code>FigureChart.Percentages(figures.FoldDuplicates().ByKind(FigureKind.Change))</code></example>
    /// <exception cref="ArgumentException">None of the figures is in percent, or they mix measures (the message names them
    /// with their counts): draw those with <see cref="PercentagesByKind"/>.</exception>
    public static ChartSpec Percentages(IEnumerable<CorpusFigure> figures, Func<CorpusFigure, string>? label = null) =>
        FigureBarCharts.Percentages(figures, label);

    /// <summary>
    /// The figures stated in percent as small multiples, one panel per measure (changes, shares of GDP, shares of a
    /// market, ...), so values of different kinds and bases never share an axis; <c>.Table()</c> gives them as rows.
    /// </summary>
    /// <example><code>FigureChart.PercentagesByKind(figures.FoldDuplicates())</code></example>
    /// <exception cref="ArgumentException">None of the figures is in percent.</exception>
    public static ChartPanels PercentagesByKind(IEnumerable<CorpusFigure> figures, Func<CorpusFigure, string>? label = null) =>
        FigureBarCharts.PercentagesByKind(figures, label);
}
