using Microsoft.Playwright;

/// <summary>A browser page that records its console errors, page errors and every URL it requests, so a test can say a
/// chart drew offline and cleanly.</summary>
sealed class WatchedPage
{
    public required IPage Page { get; init; }
    public List<string> Errors { get; } = [];
    public List<string> Requests { get; } = [];

    public static async Task<WatchedPage> OpenAsync(IBrowser browser, int width, int height)
    {
        var watched = new WatchedPage { Page = await browser.NewPageAsync(new() { ViewportSize = new() { Width = width, Height = height } }) };
        watched.Page.Console += (_, m) => { if (m.Type == "error") watched.Errors.Add(m.Text); };
        watched.Page.PageError += (_, e) => watched.Errors.Add(e);
        watched.Page.Request += (_, r) => watched.Requests.Add(r.Url);
        return watched;
    }

    /// <summary>True when every request stayed on the machine (file: and data: URLs).</summary>
    public void AssertOffline() =>
        Assert.All(Requests, url => Assert.True(url.StartsWith("file:") || url.StartsWith("data:"), $"request left the machine: {url}"));
}
