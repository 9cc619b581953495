using System.Text.Json.Nodes;
using Microsoft.DotNet.Interactive.Formatting;
using NewsFigures.Charts;

public class MimeBundleTests
{
    [Fact]
    public void A_chart_gives_plotly_json_png_svg_html_csv_and_plain_text_as_strings()
    {
        var bundle = SampleCharts.Growth.ToMimeBundle();
        Assert.Equal(["application/vnd.plotly.v1+json", "image/png", "image/svg+xml", "text/csv", "text/html", "text/plain"], bundle.Keys);
        Assert.All(bundle.Values, v => Assert.IsType<string>(v));
        Assert.NotNull(JsonNode.Parse((string)bundle["application/vnd.plotly.v1+json"])!["data"]);
        Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G'], Convert.FromBase64String((string)bundle["image/png"])[..4]);
    }

    [Fact]
    public void Csv_lists_every_point_with_bound_derivation_and_source()
    {
        var csv = (string)SampleCharts.Growth.ToMimeBundle()["text/csv"];
        Assert.Equal(
            "series,x,label,value,bound,derived,rule,source\n" +
            "Intelligent computing power,2021,2021,155,exact,false,,CAICT\n" +
            "Intelligent computing power,2022,2022,178,exact,true,2023 level / 1.45,derived\n" +
            "Intelligent computing power,2023,2023,258,exact,false,,Science and Technology Daily\n" +
            "Intelligent computing power,2024,2024,300,lower,false,,Xinhua\n", csv);
    }

    [Fact]
    public void Registered_formatter_shows_the_plotly_fragment_as_html()
    {
        ChartFormatters.Register();
        Assert.Equal(PlotlyFigure.HtmlFragment(SampleCharts.Growth), SampleCharts.Growth.ToDisplayString("text/html"));
    }

    [Fact]
    public void ChartFile_writes_by_extension_and_rejects_unknown_ones()
    {
        var dir = Directory.CreateTempSubdirectory("charts-").FullName;
        ChartFile.Write(SampleCharts.Growth, Path.Combine(dir, "c.svg"));
        ChartFile.Write(SampleCharts.Growth, Path.Combine(dir, "c.png"));
        Assert.Equal(StaticChart.Svg(SampleCharts.Growth), File.ReadAllText(Path.Combine(dir, "c.svg")));
        Assert.Equal(StaticChart.Png(SampleCharts.Growth), File.ReadAllBytes(Path.Combine(dir, "c.png")));
        var error = Assert.Throws<ArgumentException>(() => ChartFile.Write(SampleCharts.Growth, Path.Combine(dir, "c.gif")));
        Assert.Contains("c.gif", error.Message);
        Directory.Delete(dir, true);
    }
}
