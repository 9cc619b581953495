namespace NewsFigures.Hosts.Tests;

/// <summary>How an output is classed, on outputs the three hosts really write.</summary>
public sealed class RenderingTests
{
    private const string Stylesheet = "<style>\r\n.dni-code-hint {\r\n    font-style: italic;\r\n}\r\n</style>";

    [Theory]
    [InlineData("application/vnd.plotly.v1+json", "{\"data\":[{\"type\":\"scatter\"}]}", "plotly")]
    [InlineData("text/html", "<div id=\"c1\"></div><script>Plotly.newPlot(\"c1\", data);</script>", "plotly")]
    [InlineData("image/png", "iVBORw0KGgo=", "image")]
    [InlineData("image/svg+xml", "<svg></svg>", "image")]
    [InlineData("text/html", "<img class='' style='' src=\"data:image/png;base64,iVBORw0KGgo=\"></img>", "image")]
    [InlineData("text/html", "<table id=\"table_1\"><thead><tr><th><i>index</i></th><th>City</th></tr></thead></table>", "table")]
    [InlineData("text/csv", "City,Population\nLisbon,545796\n", "table")]
    [InlineData("text/html", "<details open=\"open\" class=\"dni-treeview\"><summary>Reading { Year = 2023 }</summary><div><table></table></div></details>" + Stylesheet, "tree")]
    [InlineData("text/html", "<div class=\"dni-plaintext\"><pre>[ Lisbon, Porto ]</pre></div>" + Stylesheet, "text")]
    [InlineData("text/plain", "Wall time: 12.5ms", "text")]
    [InlineData("text/html", "<b>Bold</b> and <i>italic</i>", "markup")]
    [InlineData("text/markdown", "**Bold**", "markup")]
    [InlineData("text/html", "<div><div></div><div></div><div><strong>Installed Packages</strong><ul><li><span>CsvHelper, 33.1.0</span></li></ul></div></div>", "packages")]
    [InlineData("text/plain", "Loading extensions from `/root/.nuget/packages/microsoft.data.analysis/0.23.1/interactive-extensions/dotnet/Microsoft.Data.Analysis.Interactive.dll`", "packages")]
    public void An_output_is_classed_by_how_a_front_end_draws_it(string mime, string data, string expected)
    {
        Assert.Equal(expected, Rendering.Of(new HostOutput(HostOutput.Value, new Dictionary<string, string> { [mime] = data })));
    }

    [Fact]
    public void A_bundle_is_classed_by_its_richest_form()
    {
        var chart = new Dictionary<string, string>
        {
            ["application/vnd.plotly.v1+json"] = "{}", ["image/png"] = "iVBORw0KGgo=", ["text/html"] = "<img src=\"x.png\">",
            ["text/csv"] = "x,y\n", ["text/plain"] = "chart",
        };

        Assert.Equal("plotly", Rendering.Of(chart));
        Assert.Equal("table", Rendering.Of(new Dictionary<string, string> { ["text/html"] = "<table></table>", ["text/csv"] = "x\n" }));
    }

    [Fact]
    public void Streams_and_errors_have_no_rendering_class()
    {
        Assert.Null(Rendering.Of(new HostOutput(HostOutput.Stream, new Dictionary<string, string> { ["text/plain"] = "hello\n" })));
        Assert.Null(Rendering.Of(new HostOutput(HostOutput.Error, new Dictionary<string, string> { ["text/plain"] = "boom" })));
    }
}
