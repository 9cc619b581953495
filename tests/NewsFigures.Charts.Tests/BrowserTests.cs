using Microsoft.DotNet.Interactive.Formatting;
using Microsoft.Playwright;
using NewsFigures.Charts;

[Collection(BrowserCollection.Name)]
public class BrowserTests(BrowserFixture fixture)
{
    [Fact]
    public async Task Standalone_page_draws_every_trace_and_point_offline_without_console_errors()
    {
        var dir = Directory.CreateTempSubdirectory("chart-page-").FullName;
        var path = Path.Combine(dir, "growth.html");
        ChartFile.Write(SampleCharts.Growth, path);

        var watched = await WatchedPage.OpenAsync(fixture.Browser, 900, 560);
        var page = watched.Page;
        await page.GotoAsync(new Uri(path).AbsoluteUri);
        await page.WaitForSelectorAsync(".scatterlayer .trace .point");
        var traces = await page.Locator(".scatterlayer .trace").CountAsync();
        var points = await page.Locator(".scatterlayer .trace .point").CountAsync();
        var errorBars = await page.Locator(".errorbar").CountAsync();
        var note = await page.Locator(".annotation-text").TextContentAsync();
        await page.ScreenshotAsync(new() { Path = Path.Combine(Path.GetTempPath(), "newsfigures-chart-browser.png") });
        await page.CloseAsync();
        Directory.Delete(dir, true);

        Assert.Equal(2, traces);                   // stated line, derived line
        Assert.Equal(3 + 3, points);               // 3 stated markers (gap at 2022) + derived with its 2 neighbours
        Assert.True(errorBars >= 1, "the lower bound draws an error bar");
        Assert.StartsWith("Source: China Academy", note);
        Assert.Empty(watched.Errors);
        watched.AssertOffline();
        Assert.NotEmpty(watched.Requests);
    }

    [Fact]
    public async Task Notebook_html_shows_the_png_where_the_page_has_no_plotly_js_and_the_interactive_chart_where_it_has()
    {
        var dir = Directory.CreateTempSubdirectory("chart-html-").FullName;
        var fragment = SampleCharts.Growth.ToDisplayString("text/html");
        File.WriteAllText(Path.Combine(dir, "plotly.js"), PlotlyJs.Source());
        File.WriteAllText(Path.Combine(dir, "without.html"), $"<!DOCTYPE html><html><body>{fragment}</body></html>");
        File.WriteAllText(Path.Combine(dir, "with.html"), $"<!DOCTYPE html><html><head><script src=\"plotly.js\"></script></head><body>{fragment}</body></html>");
        var page = await fixture.Browser.NewPageAsync(new() { ViewportSize = new() { Width = 900, Height = 560 } });
        var errors = new List<string>();
        page.PageError += (_, e) => errors.Add(e);

        await page.GotoAsync(new Uri(Path.Combine(dir, "without.html")).AbsoluteUri);
        var imageWidth = await page.EvaluateAsync<int>("() => document.querySelector('.nf-chart img').naturalWidth");
        var plotsWithout = await page.Locator(".js-plotly-plot").CountAsync();
        await page.GotoAsync(new Uri(Path.Combine(dir, "with.html")).AbsoluteUri);
        await page.WaitForSelectorAsync(".scatterlayer .trace .point");
        var traces = await page.Locator(".scatterlayer .trace").CountAsync();
        var imagesWith = await page.Locator(".nf-chart img").CountAsync();
        await page.CloseAsync();
        Directory.Delete(dir, true);

        Assert.Equal(800, imageWidth);   // the PNG, decoded
        Assert.Equal(0, plotsWithout);
        Assert.Equal(2, traces);         // drawn by the page's plotly.js, in place of the PNG
        Assert.Equal(0, imagesWith);
        Assert.Empty(errors);
    }
}
