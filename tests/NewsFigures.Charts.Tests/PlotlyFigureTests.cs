using System.Text.Json.Nodes;
using NewsFigures.Charts;

public class PlotlyFigureTests
{
    static JsonNode Figure(ChartSpec chart) => JsonNode.Parse(PlotlyFigure.Json(chart))!;

    [Fact]
    public void Stated_points_are_a_solid_line_with_filled_markers()
    {
        var stated = Figure(SampleCharts.Growth)["data"]![0]!;
        Assert.Equal("scatter", (string?)stated["type"]);
        Assert.Equal("lines+markers", (string?)stated["mode"]);
        Assert.Equal("solid", (string?)stated["line"]!["dash"]);
        Assert.Equal([2021.0, 2022, 2023, 2024], stated["x"]!.AsArray().Select(v => (double)v!));
        Assert.Equal([155.0, null, 258, 300], stated["y"]!.AsArray().Select(v => (double?)v)); // gap at the derived point
        Assert.Equal("\"258 EFLOPS, up 45%\" — Science and Technology Daily", (string?)stated["text"]![2]);
    }

    [Fact]
    public void Derived_points_are_hollow_on_a_dotted_line_joining_their_neighbours()
    {
        var derived = Figure(SampleCharts.Growth)["data"]![1]!;
        Assert.Equal("2px,3px", (string?)derived["line"]!["dash"]);
        Assert.Equal([2021.0, 2022, 2023], derived["x"]!.AsArray().Select(v => (double)v!));
        Assert.Equal(["circle", "circle-open", "circle"], derived["marker"]!["symbol"]!.AsArray().Select(s => (string)s!));
        Assert.StartsWith("derived: 2023 level / 1.45", (string?)derived["text"]![1]);
    }

    [Fact]
    public void A_lower_bound_is_a_one_sided_error_bar_pointing_up()
    {
        var error = Figure(SampleCharts.Growth)["data"]![0]!["error_y"]!;
        Assert.False((bool)error["symmetric"]!);
        Assert.Equal([0.0, 0, 0, 24], error["array"]!.AsArray().Select(v => (double)v!));
        Assert.Equal([0.0, 0, 0, 0], error["arrayminus"]!.AsArray().Select(v => (double)v!));
    }

    [Fact]
    public void Bars_are_one_bar_trace_with_an_upper_bound_pointing_down()
    {
        var bars = Figure(SampleCharts.Bars)["data"]!.AsArray();
        var trace = Assert.Single(bars)!;
        Assert.Equal("bar", (string?)trace["type"]);
        Assert.Equal(["Baidu", "Alibaba", "Others"], trace["x"]!.AsArray().Select(v => (string)v!));
        Assert.Equal([0.0, 3.2, 0], trace["error_y"]!["arrayminus"]!.AsArray().Select(v => (double)v!));
        Assert.Equal("none", (string?)trace["textposition"]); // hover text, not printed inside the bars
    }

    [Fact]
    public void Layout_names_the_font_title_axes_and_puts_the_source_under_the_plot()
    {
        var layout = Figure(SampleCharts.Growth)["layout"]!;
        Assert.Equal("Liberation Sans, DejaVu Sans, sans-serif", (string?)layout["font"]!["family"]);
        Assert.Equal("China's intelligent computing power, EFLOPS", (string?)layout["title"]!["text"]);
        Assert.Equal("", (string?)layout["yaxis"]!["title"]!["text"]); // the title ends with the unit already
        var note = layout["annotations"]![0]!;
        Assert.Equal("Source: China Academy of Industrial Internet, via Science and Technology Daily, 2025", (string?)note["text"]);
        Assert.Equal(0, (double)note["y"]!);
        Assert.True((double)note["yshift"]! < 0, "the source note sits below the plot area, under the axis labels");
    }

    [Fact]
    public void Json_and_fragment_are_deterministic_and_carry_no_plotly_js_or_cdn()
    {
        Assert.Equal(PlotlyFigure.Json(SampleCharts.Growth), PlotlyFigure.Json(SampleCharts.Growth));
        var fragment = PlotlyFigure.HtmlFragment(SampleCharts.Growth);
        Assert.Equal(fragment, PlotlyFigure.HtmlFragment(SampleCharts.Growth));
        Assert.Contains("Plotly.newPlot", fragment);
        Assert.DoesNotContain("cdn", fragment, StringComparison.OrdinalIgnoreCase);
        Assert.True(fragment.Length < 10_000, "the fragment must not inline plotly.js");
        Assert.Contains("<div id=\"report-1\"", PlotlyFigure.HtmlFragment(SampleCharts.Growth, "report-1"));
    }

    [Fact]
    public void Standalone_page_inlines_plotly_js_from_the_plotly_net_assembly()
    {
        var page = PlotlyFigure.StandalonePage(SampleCharts.Growth);
        Assert.Contains(PlotlyJs.Source(), page);
        Assert.Contains("plotly.js v2.28.0", PlotlyJs.Source());
        Assert.DoesNotContain("<script src", page); // nothing is fetched; the browser test checks the requests
    }

    [Fact]
    public void A_series_keeps_one_colour_and_ticks_at_its_periods()
    {
        var figure = Figure(SampleCharts.Growth);
        Assert.Equal((string?)figure["data"]![0]!["line"]!["color"], (string?)figure["data"]![1]!["line"]!["color"]);
        Assert.Equal(["2021", "2022", "2023", "2024"], figure["layout"]!["xaxis"]!["ticktext"]!.AsArray().Select(v => (string)v!));
    }
}
