using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using NewsFigures.Charts;

/// <summary>Axis numbers in compact form (500M, 1.2B, 2.5%) in both renderings, and no axis title that the chart already
/// says: "year" under years, the unit when the title ends with it, "%" when every tick carries it.</summary>
public partial class AxisTests
{
    /// <summary>Users in the hundreds of millions and billions: the figures plotly's "~s" would write as "1G".</summary>
    static readonly ChartSpec Users = FigureChart.Line(new ChartSeries("Users",
        [new("2023", 2023, 250_000_000), new("2024", 2024, 600_000_000), new("2025", 2025, 1_200_000_000)]))
        .Title("Users of generative AI").Units("users").XAxis("year");

    static JsonNode Layout(ChartSpec chart) => JsonNode.Parse(PlotlyFigure.Json(chart))!["layout"]!;

    static string[] Strings(JsonNode node) => [.. node.AsArray().Select(v => (string)v!)];

    /// <summary>The text of every &lt;text&gt; element ScottPlot wrote (each on its own indented line).</summary>
    static List<string> SvgTexts(string svg) => [.. SvgText().Matches(svg).Select(m => m.Groups[1].Value.Trim())];

    [GeneratedRegex(@"<text[^>]*>\s*([^<]*?)\s*</text>")]
    private static partial Regex SvgText();

    [Theory]
    [InlineData(500_000_000, "", "500M")]
    [InlineData(1_200_000_000, "", "1.2B")]
    [InlineData(35_000, "", "35K")]
    [InlineData(2.5, "%", "2.5%")]
    [InlineData(-50, "%", "-50%")]
    [InlineData(999, "", "999")]
    [InlineData(2_000_000_000_000, "", "2T")]
    [InlineData(0, "", "0")]
    public void Compact_numbers_read_as_a_reader_says_them(double value, string unit, string text) =>
        Assert.Equal(text, CompactNumber.Text(value, unit));

    [Fact]
    public void Plotly_value_ticks_are_round_and_compact_never_in_G()
    {
        var y = Layout(Users)["yaxis"]!;
        Assert.Equal("array", (string?)y["tickmode"]);
        Assert.Equal([0.0, 500_000_000, 1_000_000_000, 1_500_000_000], y["tickvals"]!.AsArray().Select(v => (double)v!));
        Assert.Equal(["0", "500M", "1B", "1.5B"], Strings(y["ticktext"]!));
        Assert.Equal([0.0, 1_500_000_000], y["range"]!.AsArray().Select(v => (double)v!));
    }

    [Fact]
    public void The_static_chart_writes_the_same_compact_ticks_in_its_svg()
    {
        var texts = SvgTexts(StaticChart.Svg(Users));
        Assert.Subset(texts.ToHashSet(), new HashSet<string> { "0", "500M", "1B", "1.5B" });
        Assert.DoesNotContain(texts, t => t.Contains("000,000") || t.EndsWith('G') || t.Contains("E+"));
    }

    [Fact]
    public void Percent_ticks_carry_the_sign_so_the_value_axis_has_no_title()
    {
        var y = Layout(SampleCharts.Bars)["yaxis"]!;
        Assert.Equal(["0%", "10%", "20%", "30%", "40%", "50%"], Strings(y["ticktext"]!));
        Assert.Equal("", (string?)y["title"]!["text"]);
        Assert.Contains("40%", SvgTexts(StaticChart.Svg(SampleCharts.Bars)));
        Assert.DoesNotContain("%", SvgTexts(StaticChart.Svg(SampleCharts.Bars)));
    }

    [Fact]
    public void No_year_title_under_years_in_either_rendering()
    {
        Assert.Equal("", (string?)Layout(Users)["xaxis"]!["title"]!["text"]);
        var texts = SvgTexts(StaticChart.Svg(Users));
        Assert.Contains("2024", texts);
        Assert.DoesNotContain(texts, t => t.StartsWith("year", StringComparison.OrdinalIgnoreCase));
        // Under bars the x title says what the labels are, so it stays.
        Assert.Equal("period", (string?)Layout(SampleCharts.Bars.XAxis("period"))["xaxis"]!["title"]!["text"]);
    }

    [Fact]
    public void The_unit_is_the_y_title_unless_the_chart_title_ends_with_it()
    {
        Assert.Equal("users", (string?)Layout(Users)["yaxis"]!["title"]!["text"]);
        Assert.Contains("users", SvgTexts(StaticChart.Svg(Users)));
        var titled = Users.Title("Users of generative AI, users");
        Assert.Equal("", (string?)Layout(titled)["yaxis"]!["title"]!["text"]);
        Assert.DoesNotContain("users", SvgTexts(StaticChart.Svg(titled)));
    }
}
