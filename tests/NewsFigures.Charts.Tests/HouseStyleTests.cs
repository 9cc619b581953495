using System.Globalization;
using System.Text.Json.Nodes;
using NewsFigures.Charts;
using ScottPlot.Plottables;

/// <summary>One house style in both renderings, legible printed in grey: series differ in lightness, dash and marker.</summary>
public class HouseStyleTests
{
    /// <summary>Four series of three stated points each, so every dash and marker of the house style is drawn.</summary>
    static readonly ChartSpec FourSeries = FigureChart.Line([.. Enumerable.Range(0, 4).Select(i => new ChartSeries($"Series {i}",
        [new("2021", 2021, 10 + i), new("2022", 2022, 20 + i), new("2023", 2023, 30 + i)]))]);

    /// <summary>CIELAB L* of an sRGB colour "#rrggbb" (D65): 116 f(Y) - 16.</summary>
    static double Lightness(string hex)
    {
        static double Linear(int c) => c / 255.0 is var v && v <= 0.04045 ? v / 12.92 : Math.Pow((c / 255.0 + 0.055) / 1.055, 2.4);
        int Channel(int at) => int.Parse(hex.AsSpan(at, 2), NumberStyles.HexNumber, CultureInfo.InvariantCulture);
        var y = 0.2126 * Linear(Channel(1)) + 0.7152 * Linear(Channel(3)) + 0.0722 * Linear(Channel(5));
        return 116 * (y > 216.0 / 24389 ? Math.Cbrt(y) : (24389.0 / 27 * y + 16) / 116) - 16;
    }

    [Fact]
    public void The_colours_differ_in_lightness_by_at_least_nine_so_grey_print_tells_them_apart()
    {
        Assert.Equal(50.0, Lightness("#777777"), 1); // the formula, checked on a known grey (L* 50.03)
        var lightness = HouseStyle.Colors.Select(Lightness).Order().ToList();
        var closest = lightness.Zip(lightness.Skip(1), (a, b) => b - a).Min();
        Assert.True(closest >= HouseStyle.MinimumLightnessStep, $"two colours are {closest:0.0} apart in L*");
        Assert.Equal(9, HouseStyle.MinimumLightnessStep);
        Assert.True(HouseStyle.Colors.Count >= 4);
    }

    [Fact]
    public void Neighbouring_series_differ_in_colour_dash_and_marker_and_no_series_uses_the_derived_dash()
    {
        var styles = Enumerable.Range(0, 4).Select(HouseStyle.Series).ToList();
        Assert.Equal(4, styles.Select(s => s.Color).Distinct().Count());
        Assert.Equal(4, styles.Select(s => s.Dash.PlotlyDash).Distinct().Count());
        Assert.Equal(4, styles.Select(s => s.Marker).Distinct().Count());
        Assert.DoesNotContain(HouseStyle.DerivedDash.PlotlyDash, styles.Select(s => s.Dash.PlotlyDash));
        Assert.Equal(HouseStyle.Series(0), HouseStyle.Series(HouseStyle.Colors.Count * 4)); // the cycle comes round whole
    }

    [Fact]
    public void Both_renderings_draw_each_series_in_the_same_colour_dash_and_marker()
    {
        var traces = JsonNode.Parse(PlotlyFigure.Json(FourSeries))!["data"]!.AsArray().Where(t => !((string)t!["name"]!).EndsWith("(derived)")).ToList();
        var plottables = StaticChart.Build(FourSeries, 1, 800).GetPlottables().ToList();
        var scatters = plottables.OfType<Scatter>().ToList();
        Assert.Equal(4, traces.Count);
        Assert.Equal(4, scatters.Count);
        for (var i = 0; i < 4; i++)
        {
            var trace = traces[i]!;
            var color = (string)trace["marker"]!["color"]!;
            Assert.Equal(color, scatters[i].Color.ToHex().ToLowerInvariant());
            // plotly "square" is ScottPlot's FilledSquare, "triangle-up" its FilledTriangleUp.
            Assert.Equal("filled" + ((string)trace["marker"]!["symbol"]![0]!).Replace("-", ""), scatters[i].MarkerShape.ToString().ToLowerInvariant());
            var segments = plottables.OfType<LinePlot>().Where(l => l.LineColor.ToHex().Equals(color, StringComparison.OrdinalIgnoreCase)).ToList();
            Assert.Equal(2, segments.Count);
            var dash = (string)trace["line"]!["dash"]!;
            Assert.All(segments, s => Assert.Equal(dash, s.LinePattern.Intervals.Length == 0 ? "solid"
                : string.Join(",", s.LinePattern.Intervals.Select(l => $"{l}px"))));
        }
        Assert.Equal(["solid", "8px,4px", "8px,4px,2px,4px", "16px,4px"], traces.Select(t => (string)t!["line"]!["dash"]!));
    }

    [Fact]
    public void Both_renderings_use_the_house_font_and_sizes()
    {
        var layout = JsonNode.Parse(PlotlyFigure.Json(SampleCharts.Growth))!["layout"]!;
        Assert.Equal(HouseStyle.FontFamily, (string?)layout["font"]!["family"]);
        Assert.Equal(HouseStyle.TitleSize, (int)layout["title"]!["font"]!["size"]!);
        var svg = StaticChart.Svg(SampleCharts.Growth);
        Assert.Contains($"font-size=\"{HouseStyle.TitleSize}\" font-family=\"{HouseStyle.FontName}\"", svg);
        Assert.StartsWith(HouseStyle.FontName, HouseStyle.FontFamily);
    }
}
