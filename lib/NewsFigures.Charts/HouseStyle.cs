namespace NewsFigures.Charts;

/// <summary>
/// The one look of every chart, read by both renderings (<see cref="PlotlyFigure"/> and <see cref="StaticChart"/>):
/// font and sizes, and per series a colour, a dash pattern and a marker shape. Printed in grey a series is still told
/// apart: the colours differ in lightness (CIELAB L*) by at least <see cref="MinimumLightnessStep"/>, and the dash and
/// marker change with the series too.
/// </summary>
public static class HouseStyle
{
    /// <summary>For plotly: a CSS list, first the font installed with chromium (plotly's default is not installed).</summary>
    public const string FontFamily = "Liberation Sans, DejaVu Sans, sans-serif";

    /// <summary>For ScottPlot: one installed font.</summary>
    public const string FontName = "Liberation Sans";

    public const int TitleSize = 16, FontSize = 13, CaptionSize = 11;

    /// <summary>The least difference in L* between any two colours of <see cref="Colors"/>.</summary>
    public const double MinimumLightnessStep = 9;

    /// <summary>Dark blue, brick red, teal, orange, yellow: L* about 25, 42, 59, 71, 81, dark to light.</summary>
    public static IReadOnlyList<string> Colors { get; } = ["#1b3a6b", "#b2361f", "#2a9d8f", "#e69f00", "#f0c419"];

    static readonly SeriesDash[] Dashes =
        [new("solid", []), new("dash", [8, 4]), new("dashdot", [8, 4, 2, 4]), new("longdash", [16, 4])];

    static readonly SeriesMarker[] Markers = [SeriesMarker.Circle, SeriesMarker.Square, SeriesMarker.Diamond, SeriesMarker.TriangleUp];

    /// <summary>The line through derived points, in every series: dotted, a pattern no series uses for its stated line.</summary>
    public static SeriesDash DerivedDash { get; } = new("dot", [2, 3]);

    /// <summary>The style of the series at <paramref name="index"/> (0-based) in its chart.</summary>
    public static SeriesStyle Series(int index)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        return new(Colors[index % Colors.Count], Dashes[index % Dashes.Length], Markers[index % Markers.Length]);
    }
}
