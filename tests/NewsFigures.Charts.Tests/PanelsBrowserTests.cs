using NewsFigures;
using NewsFigures.Charts;

/// <summary>Small multiples drawn by the real plotly.js in chromium: one subplot per kind of measure.</summary>
[Collection(BrowserCollection.Name)]
public class PanelsBrowserTests(BrowserFixture fixture)
{
    [Fact]
    public async Task The_panels_page_draws_one_subplot_per_kind_with_its_bars_offline_without_console_errors()
    {
        var panels = FigureChart.PercentagesByKind(RealCorpus.Figures.FoldDuplicates());
        var dir = Directory.CreateTempSubdirectory("chart-panels-").FullName;
        var path = Path.Combine(dir, "percentages.html");
        ChartFile.Write(panels, path);

        var watched = await WatchedPage.OpenAsync(fixture.Browser, 900, 1000);
        var page = watched.Page;
        await page.GotoAsync(new Uri(path).AbsoluteUri);
        await page.WaitForSelectorAsync(".barlayer .trace .point");
        var subplots = await page.Locator(".cartesianlayer .subplot").CountAsync();
        var bars = await page.Locator(".barlayer .trace .point").CountAsync();
        var annotations = await page.Locator(".annotation-text").AllTextContentsAsync();
        // Where plotly placed each subplot's plot area ("translate(x,y)"): panels drawn over one another would share a place.
        var places = await page.EvaluateAsync<string[]>(
            "() => [...document.querySelectorAll('.cartesianlayer .subplot > .plot')].map(g => g.getAttribute('transform'))");
        await page.ScreenshotAsync(new() { Path = Path.Combine(Path.GetTempPath(), "newsfigures-panels-browser.png") });
        await page.CloseAsync();
        Directory.Delete(dir, true);

        Assert.Equal(panels.Panels.Length, subplots);
        Assert.Equal(5, subplots);
        Assert.Equal(8, bars);                             // every figure in percent, once
        Assert.Equal(panels.Panels.Select(p => p.TitleText!), annotations.Take(panels.Panels.Length));
        Assert.StartsWith("Source: newspaper page", annotations[^1]);
        Assert.Equal(5, places.Distinct().Count());
        Assert.Equal(3, places.Select(p => p.Split(',')[1]).Distinct().Count()); // three rows of two columns
        Assert.Empty(watched.Errors);
        watched.AssertOffline();
        Assert.NotEmpty(watched.Requests);
    }
}
