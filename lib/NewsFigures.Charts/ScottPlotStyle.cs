using ScottPlot;

namespace NewsFigures.Charts;

/// <summary>The house style in ScottPlot's terms: the same colours, dash lengths and marker shapes plotly is given.</summary>
internal static class ScottPlotStyle
{
    public static Color ColorOf(SeriesStyle style) => Color.FromHex(style.Color);

    public static LinePattern PatternOf(SeriesDash dash) =>
        dash.Lengths.Count == 0 ? LinePattern.Solid : new LinePattern([.. dash.Lengths.Select(l => (float)l)], 0, dash.Name);

    /// <summary>A legend entry showing the series' line pattern and marker, as plotly's legend does.</summary>
    public static LegendItem LegendItemOf(string name, SeriesStyle style) => new()
    {
        LabelText = name,
        LineStyle = new LineStyle { Color = ColorOf(style), Width = 2, Pattern = PatternOf(style.Dash) },
        MarkerStyle = new MarkerStyle(ShapeOf(style.Marker, hollow: false), 9, ColorOf(style)),
    };

    public static MarkerShape ShapeOf(SeriesMarker marker, bool hollow) => marker switch
    {
        SeriesMarker.Circle => hollow ? MarkerShape.OpenCircle : MarkerShape.FilledCircle,
        SeriesMarker.Square => hollow ? MarkerShape.OpenSquare : MarkerShape.FilledSquare,
        SeriesMarker.Diamond => hollow ? MarkerShape.OpenDiamond : MarkerShape.FilledDiamond,
        _ => hollow ? MarkerShape.OpenTriangleUp : MarkerShape.FilledTriangleUp,
    };
}
