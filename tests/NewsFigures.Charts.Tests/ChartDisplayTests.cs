using System.Text.Json.Nodes;
using Microsoft.DotNet.Interactive.Formatting;
using NewsFigures;
using NewsFigures.Charts;

/// <summary>
/// What a notebook shows when a cell ends with a chart, asked of .NET Interactive's own Formatter: every rendering,
/// richest first, so each host draws the best it can (plotly where it has plotly, else the PNG).
/// </summary>
public class ChartDisplayTests
{
    static readonly ChartSpec Chart = SampleCharts.Growth;

    [Fact]
    public void A_chart_offers_plotly_json_png_svg_html_csv_and_text_richest_first()
    {
        Assert.Equal(["application/vnd.plotly.v1+json", "image/png", "image/svg+xml", "text/html", "text/csv", "text/plain"],
            Formatter.GetPreferredMimeTypesFor(typeof(ChartSpec)));
    }

    [Fact]
    public void The_plotly_json_is_the_figure_with_its_data_layout_and_config()
    {
        var json = Chart.ToDisplayString("application/vnd.plotly.v1+json");

        var figure = JsonNode.Parse(json)!;
        Assert.Equal(2, figure["data"]!.AsArray().Count);
        Assert.Equal("China's intelligent computing power, EFLOPS", (string?)figure["layout"]!["title"]!["text"]);
        Assert.False((bool)figure["config"]!["displaylogo"]!);
        Assert.Equal(PlotlyFigure.Json(Chart), json);
    }

    [Fact]
    public void The_png_is_ScottPlots_image_in_base64()
    {
        var png = Convert.FromBase64String(Chart.ToDisplayString("image/png"));

        Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A], png[..8]);
        Assert.Equal(StaticChart.Png(Chart), png);
        Assert.Equal(StaticChart.Svg(Chart), Chart.ToDisplayString("image/svg+xml"));
    }

    [Fact]
    public void The_html_draws_with_the_pages_plotly_js_and_otherwise_shows_the_png()
    {
        var html = Chart.ToDisplayString("text/html");

        Assert.Contains("if(!d||!window.Plotly)return;", html);             // no plotly.js on the page: leave the image
        Assert.Contains("window.Plotly.newPlot(d,f.data,f.layout,f.config)", html);
        Assert.Contains($"<img src=\"data:image/png;base64,{Chart.ToDisplayString("image/png")}\"", html);
        Assert.Contains(PlotlyFigure.Json(Chart), html);
        Assert.DoesNotContain("<script src", html);                           // loads nothing, names no CDN
        Assert.DoesNotMatch("https?://", html);
        Assert.Equal(html, SampleCharts.Growth.ToDisplayString("text/html")); // same chart, same bytes
        Assert.Matches("^<div id=\"nf-chart-[0-9a-f]{12}\" class=\"nf-chart\">", html);
    }

    [Fact]
    public void The_csv_lists_every_point_with_bound_derivation_and_source()
    {
        Assert.Equal(
            "series,x,label,value,bound,derived,rule,source\n" +
            "Intelligent computing power,2021,2021,155,exact,false,,CAICT\n" +
            "Intelligent computing power,2022,2022,178,exact,true,2023 level / 1.45,derived\n" +
            "Intelligent computing power,2023,2023,258,exact,false,,Science and Technology Daily\n" +
            "Intelligent computing power,2024,2024,300,lower,false,,Xinhua\n", Chart.ToDisplayString("text/csv"));
    }

    [Fact]
    public void The_text_is_a_one_line_summary()
    {
        Assert.Equal("GrowthLine chart \"China's intelligent computing power, EFLOPS\" (EFLOPS): Intelligent computing power: 4 points (1 derived). " +
            "Source: China Academy of Industrial Internet, via Science and Technology Daily, 2025", Chart.ToDisplayString("text/plain"));
    }

    [Fact]
    public void Series_points_and_sizes_show_as_short_text()
    {
        Assert.Equal("Intelligent computing power: 4 points (1 derived)", SampleCharts.Compute.ToDisplayString("text/plain"));
        Assert.Equal("2022: 178 (derived)", SampleCharts.Compute.Points[1].ToDisplayString("text/plain"));
        Assert.Equal("2024: 300 (lower bound)", SampleCharts.Compute.Points[3].ToDisplayString("text/plain"));
        Assert.Equal("800 x 480 px, scale 2", new ImageSize(Scale: 2).ToDisplayString("text/plain"));
        Assert.Equal(["text/plain"], Formatter.GetPreferredMimeTypesFor(typeof(ChartPoint)));
    }

    [Fact]
    public void Every_public_type_a_notebook_may_show_declares_its_display()
    {
        var undeclared = typeof(ChartSpec).Assembly.GetExportedTypes()
            .Where(t => t is { IsEnum: false, IsInterface: false } && !(t.IsAbstract && t.IsSealed))
            .Where(t => !t.GetCustomAttributes(false).Any(a => a.GetType().Name == "TypeFormatterSourceAttribute"))
            .Select(t => t.Name);

        Assert.Empty(undeclared);
    }
}
