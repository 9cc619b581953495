using System.Text.Json.Nodes;
using Microsoft.DotNet.Interactive.Formatting;
using NewsFigures;
using NewsFigures.Charts;
using SkiaSharp;

/// <summary>Small multiples render like a single chart: plotly subplots, PNG, SVG, HTML, CSV and text, the same bytes
/// for the same figures, and a display in every notebook host.</summary>
public class PanelsTests
{
    static readonly ChartPanels Panels = FigureChart.PercentagesByKind(RealCorpus.Figures.FoldDuplicates());

    [Fact]
    public void The_plotly_figure_puts_each_panel_on_its_own_axes_with_its_own_compact_ticks()
    {
        var figure = JsonNode.Parse(PlotlyFigure.Json(Panels))!;
        var data = figure["data"]!.AsArray();
        Assert.Equal(["x", "x2", "x3", "x4", "x5"], data.Select(t => (string)t!["xaxis"]!));
        Assert.Equal(["y", "y2", "y3", "y4", "y5"], data.Select(t => (string)t!["yaxis"]!));
        var layout = figure["layout"]!;
        Assert.Equal(["-75%", "-50%", "-25%", "0%", "25%", "50%"], layout["yaxis"]!["ticktext"]!.AsArray().Select(t => (string)t!));
        Assert.Equal(["0%", "1%", "2%", "3%", "4%"], layout["yaxis2"]!["ticktext"]!.AsArray().Select(t => (string)t!));
        Assert.Equal("y2", (string?)layout["xaxis2"]!["anchor"]);
        // A lone bar gets the room of three, not the panel's whole width; four bars fill theirs.
        Assert.Equal([-1.5, 1.5], layout["xaxis2"]!["range"]!.AsArray().Select(v => (double)v!));
        Assert.Null(layout["xaxis"]!["range"]);
        Assert.Equal(Panels.TitleText, (string?)layout["title"]!["text"]);
        Assert.Equal(PlotlyFigure.Json(Panels), PlotlyFigure.Json(FigureChart.PercentagesByKind(RealCorpus.Figures.FoldDuplicates())));
    }

    [Fact]
    public void The_static_image_is_deterministic_and_as_tall_as_its_rows()
    {
        var png = StaticChart.Png(Panels);
        using var bitmap = SKBitmap.Decode(png);
        Assert.Equal(800, bitmap.Width);
        Assert.InRange(bitmap.Height, 3 * (PanelLayout.TitleRoom + PanelLayout.BarsHeight), 1400);
        Assert.Equal(png, StaticChart.Png(Panels));
        var svg = StaticChart.Svg(Panels);
        Assert.Equal(svg, StaticChart.Svg(Panels));
        Assert.Equal(1 + Panels.Panels.Length, svg.Split("<svg ").Length - 1); // the figure and one nested svg per panel
        Assert.Contains("Shares of GDP", svg);
        Assert.Contains("Source: newspaper page", svg);
        using var wide = SKBitmap.Decode(StaticChart.Png(Panels, new ImageSize(1000, 900, 2)));
        Assert.Equal(2000, wide.Width);
        Assert.Equal(1800, wide.Height);
    }

    [Fact]
    public void Panels_display_like_a_chart_in_a_notebook_with_one_csv_row_per_point()
    {
        Assert.Equal(["application/vnd.plotly.v1+json", "image/png", "image/svg+xml", "text/html", "text/csv", "text/plain"],
            Formatter.GetPreferredMimeTypesFor(typeof(ChartPanels)));
        Assert.Equal(PlotlyFigure.Json(Panels), Panels.ToDisplayString("application/vnd.plotly.v1+json"));
        var csv = Panels.ToDisplayString("text/csv").Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("series,x,label,value,bound,derived,rule,source", csv[0]);
        Assert.Equal(8, csv.Length - 1);
        Assert.StartsWith("Changes,2,Chinese models Western costs,-50,", csv[3]); // x: the bar's place in its panel
        Assert.Contains("class=\"nf-chart\"", Panels.ToDisplayString("text/html"));
        Assert.StartsWith("5 panels \"Figures stated in percent, one kind of measure per panel\": Changes (4); Shares of GDP (1)",
            Panels.ToDisplayString("text/plain"));
    }

    [Fact]
    public void The_table_displays_as_an_html_table_with_a_row_per_figure()
    {
        var html = Panels.Table().ToDisplayString("text/html");
        Assert.Equal(8, html.Split("<tr><td>").Length - 1);
        Assert.Contains("<td>shares of GDP</td><td>China&#39;s R&amp;D spending share of its GDP</td><td>2.68</td><td>2024</td>", html);
        Assert.Contains("Source: newspaper page", html);
        Assert.StartsWith("Figures stated in percent, one kind of measure per panel: 8 rows of 5 kinds (changes, shares of GDP,",
            Panels.Table().ToDisplayString("text/plain"));
    }

    [Fact]
    public void ChartFile_writes_panels_by_extension_and_names_the_formats_it_knows()
    {
        var dir = Directory.CreateTempSubdirectory("panels-file-").FullName;
        foreach (var ext in ChartFile.Extensions) ChartFile.Write(Panels, Path.Combine(dir, "p" + ext));
        var page = File.ReadAllText(Path.Combine(dir, "p.html"));
        var error = Assert.Throws<ArgumentException>(() => ChartFile.Write(Panels, Path.Combine(dir, "p.gif")));
        var svg = File.ReadAllText(Path.Combine(dir, "p.svg"));
        Directory.Delete(dir, true);

        Assert.Contains("Plotly.newPlot", page);
        Assert.DoesNotContain("<script src", page); // plotly.js inlined: nothing to fetch
        Assert.Equal(StaticChart.Svg(Panels), svg);
        Assert.StartsWith(Path.Combine(dir, "p.gif") + ": unknown chart format; use .html, .svg, .png", error.Message);
    }
}
