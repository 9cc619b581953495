using System.Buffers.Binary;
using System.Globalization;
using System.Text.Json;

namespace NewsFigures.Cli.Tests;

/// <summary><c>chart</c> end to end on the project's corpus: files by extension, and one-line failures that write nothing.</summary>
public class ChartCommandTests
{
    const string Metric = "intelligent computing power";

    /// <summary>The gold value of the 2025 level (1,037.3 EFLOPS), read from data/gold/figures.jsonl.</summary>
    static double GoldLevel2025() => File.ReadLines(Path.Combine(RepoFolders.Root, "data", "gold", "figures.jsonl"))
        .Select(line => JsonDocument.Parse(line).RootElement)
        .Single(g => g.GetProperty("metric").GetString() == Metric && g.GetProperty("kind").GetString() == "forecast")
        .GetProperty("value").GetDouble();

    [Fact]
    public async Task Html_is_a_standalone_page_with_the_series_and_plotly_js_inlined()
    {
        using var temp = new TempFolder();
        var (exit, _, err) = await CliRun.Async("chart", RepoFolders.Articles, "--metric", Metric, "--out", temp.File("compute.html"));

        Assert.Equal(0, exit);
        Assert.Contains("line chart of intelligent computing power (2 points, 1 derived) written to", err);
        var page = File.ReadAllText(temp.File("compute.html"));
        Assert.Contains("plotly.js v2.28.0", page);
        Assert.DoesNotContain("<script src", page);
        Assert.Contains(GoldLevel2025().ToString(CultureInfo.InvariantCulture), page);
        Assert.Contains("circle-open", page);
        Assert.Contains("Source: newspaper page 002_39b1c7941e8ee6b6.txt", page);
    }

    [Fact]
    public async Task Svg_carries_the_title_and_source_note()
    {
        using var temp = new TempFolder();
        var (exit, _, _) = await CliRun.Async("chart", RepoFolders.Articles, "--metric", Metric, "--out", temp.File("compute.svg"));

        Assert.Equal(0, exit);
        var svg = File.ReadAllText(temp.File("compute.svg"));
        Assert.Contains("<svg xmlns=\"http://www.w3.org/2000/svg\"", svg);
        Assert.Contains("width=\"800\" height=\"480\"", svg);
        Assert.Contains("Intelligent computing power", svg);
        Assert.Contains("China Academy of Industrial Internet", svg);
    }

    [Fact]
    public async Task Png_of_bars_is_written_at_the_asked_size()
    {
        using var temp = new TempFolder();
        var (exit, _, err) = await CliRun.Async("chart", RepoFolders.Articles, "--metric", "Qwen derivative models", "--kind", "bars",
            "--width", "640", "--height", "360", "--out", temp.File("qwen.png"));

        Assert.Equal(0, exit);
        Assert.Contains("bar chart of Qwen derivative models (2 points, 0 derived)", err);
        var png = File.ReadAllBytes(temp.File("qwen.png"));
        Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G'], png[..4]);
        Assert.Equal(640, BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(16, 4))); // IHDR width
        Assert.Equal(360, BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(20, 4))); // IHDR height
    }

    [Fact]
    public async Task Unknown_metric_is_one_line_listing_the_metrics_exit_2_and_an_existing_file_is_kept()
    {
        using var temp = new TempFolder();
        File.WriteAllText(temp.File("chart.html"), "earlier chart");
        var (exit, _, err) = await CliRun.Async("chart", RepoFolders.Articles, "--metric", "zebra crossings", "--out", temp.File("chart.html"));

        Assert.Equal(2, exit);
        var line = Assert.Single(err.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith("error: no metric reads like 'zebra crossings'", line);
        Assert.Contains("intelligent computing power", line);
        Assert.Equal("earlier chart", File.ReadAllText(temp.File("chart.html")));
        Assert.Equal(["chart.html"], Directory.GetFiles(temp.Path).Select(Path.GetFileName));
    }

    [Fact]
    public async Task Unknown_extension_is_exit_2_and_writes_nothing()
    {
        using var temp = new TempFolder();
        var (exit, _, err) = await CliRun.Async("chart", RepoFolders.Articles, "--metric", Metric, "--out", temp.File("compute.pdf"));

        Assert.Equal(2, exit);
        Assert.Equal($"error: {temp.File("compute.pdf")}: unknown chart format '.pdf'; use .html, .svg, .png.", err.Trim());
        Assert.Empty(Directory.GetFiles(temp.Path));
    }

    [Theory]
    [InlineData("missing --metric")]
    [InlineData("missing folder for --out")]
    [InlineData("missing articles")]
    [InlineData("undated series as a line")]
    public async Task Other_bad_input_is_one_error_line_and_exit_2(string problem)
    {
        using var temp = new TempFolder();
        string[] args = problem switch
        {
            "missing --metric" => ["chart", RepoFolders.Articles, "--out", temp.File("c.png")],
            "missing folder for --out" => ["chart", RepoFolders.Articles, "--metric", Metric, "--out", temp.File("no/such/c.png")],
            "missing articles" => ["chart", temp.File("no-articles"), "--metric", Metric, "--out", temp.File("c.png")],
            _ => ["chart", RepoFolders.Articles, "--metric", "Qwen derivative models", "--out", temp.File("c.png")],
        };
        var (exit, _, err) = await CliRun.Async(args);

        Assert.Equal(2, exit);
        Assert.StartsWith("error: ", Assert.Single(err.Split('\n', StringSplitOptions.RemoveEmptyEntries)));
        Assert.Empty(Directory.GetFiles(temp.Path, "*", SearchOption.AllDirectories));
        if (problem == "undated series as a line") Assert.Contains("use --kind bars", err);
    }
}
