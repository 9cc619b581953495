using System.Collections.Immutable;

namespace NewsFigures.Charts;

/// <summary>
/// Entry point: <c>FigureChart.Line(series).Title(...)</c>. Named FigureChart, not Chart, so it never
/// clashes with Plotly.NET's or Plotly.NET.CSharp's <c>Chart</c> when both namespaces are imported.
/// These take chart series as drawn; the factories from the domain (series, figures) are in Domain/.
/// </summary>
public static partial class FigureChart
{
    public static ChartSpec Line(params ChartSeries[] series) => new(ChartKind.GrowthLine, [.. series]);
    public static ChartSpec Bars(params ChartSeries[] series) => new(ChartKind.BarComparison, [.. series]);
    public static ChartSpec Percentages(params ChartSeries[] series) => new(ChartKind.Percentages, [.. series]);
}
