using Microsoft.Playwright;

namespace NewsFigures.Notebooks.Tests;

[Collection(BrowserCollection.Name)]
public class BrowserTests(BrowserFixture fixture)
{
    [Fact]
    public async Task Rendered_pages_load_offline_draw_their_charts_and_log_no_errors()
    {
        using var dir = new TempDirectory();
        var paths = SiteFixture.WriteNotebooks(dir, ("01-charts", SiteFixture.Charts()), ("02-table", SiteFixture.Table()));
        await new SiteRenderer(SiteFixture.Options(dir)).RenderAsync(paths);

        var charts = await Open(dir["site/01-charts.html"]);
        var table = await Open(dir["site/02-table.html"]);
        var index = await Open(dir["site/index.html"]);

        Assert.Equal((2, 2), (charts.Plots, charts.Traces));
        Assert.Equal((0, 0), (table.Plots, table.Traces));
        Assert.All(charts.Requests.Concat(table.Requests).Concat(index.Requests), url => Assert.True(url.StartsWith("file:", StringComparison.Ordinal) || url.StartsWith("data:", StringComparison.Ordinal), url));
        Assert.Contains(charts.Requests, url => url.EndsWith("/assets/plotly.min.js", StringComparison.Ordinal));
        Assert.Empty(charts.Errors.Concat(table.Errors).Concat(index.Errors));
        Assert.Equal(["Compute growth", "Sources"], index.Links);
    }

    [Fact]
    public async Task Pdfs_print_the_static_chart_images_and_are_the_same_bytes_every_time()
    {
        using var dir = new TempDirectory();
        var paths = SiteFixture.WriteNotebooks(dir, ("01-charts", SiteFixture.Charts()));
        var options = SiteFixture.Options(dir) with { Pdf = true };

        var result = await new SiteRenderer(options).RenderAsync(paths);
        var first = File.ReadAllBytes(dir["site/01-charts.pdf"]);
        await new SiteRenderer(options with { OutputDirectory = dir["again"], Fresh = true }).RenderAsync(paths);

        Assert.Equal(dir["site/01-charts.pdf"], result.Notebooks.Single().Pdf);
        Assert.Equal("%PDF-"u8.ToArray(), first[..5]);
        Assert.Equal(first, File.ReadAllBytes(dir["again/01-charts.pdf"]));
        Assert.Contains("<a class=\"pdf\" href=\"01-charts.pdf\">PDF</a>", File.ReadAllText(dir["site/index.html"]));
        Assert.Equal((2, 0), await PrintLayout(dir["site/01-charts.html"]));
    }

    private sealed record PageVisit(int Plots, int Traces, List<string> Requests, List<string> Errors, IReadOnlyList<string> Links);

    private async Task<PageVisit> Open(string path)
    {
        var page = await fixture.Browser.NewPageAsync();
        try
        {
            var requests = new List<string>();
            var errors = new List<string>();
            page.Request += (_, request) => requests.Add(request.Url);
            page.Console += (_, message) => { if (message.Type == "error") errors.Add(message.Text); };
            page.PageError += (_, error) => errors.Add(error);
            await page.GotoAsync(new Uri(path).AbsoluteUri, new() { WaitUntil = WaitUntilState.Load });
            var plots = await page.Locator(".js-plotly-plot").CountAsync();
            var traces = await page.Locator(".js-plotly-plot .scatterlayer .trace").CountAsync();
            var links = await page.Locator("ol.notebooks li > a:first-child").AllTextContentsAsync();
            return new PageVisit(plots, traces, requests, errors, links);
        }
        finally
        {
            await page.CloseAsync();
        }
    }

    /// <summary>Under print media: how many static chart images show, and how many interactive plots.</summary>
    private async Task<(int Static, int Interactive)> PrintLayout(string path)
    {
        // Like the PDF printer: JavaScript off, so the layout is the one a PDF gets.
        await using var context = await fixture.Browser.NewContextAsync(new() { JavaScriptEnabled = false });
        var page = await context.NewPageAsync();
        try
        {
            await page.EmulateMediaAsync(new() { Media = Media.Print });
            await page.GotoAsync(new Uri(path).AbsoluteUri);
            var statics = await page.EvaluateAsync<int>("[...document.querySelectorAll('.chart-static')].filter(e => getComputedStyle(e).display !== 'none').length");
            var interactive = await page.EvaluateAsync<int>("[...document.querySelectorAll('.chart-interactive')].filter(e => getComputedStyle(e).display !== 'none').length");
            return (statics, interactive);
        }
        finally
        {
            await page.CloseAsync();
        }
    }
}
