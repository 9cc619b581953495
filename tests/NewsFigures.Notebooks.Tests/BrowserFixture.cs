using Microsoft.Playwright;

namespace NewsFigures.Notebooks.Tests;

/// <summary>One headless Chromium for every browser test (starting it is the slow part).</summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    private IPlaywright? playwright;

    public IBrowser Browser { get; private set; } = null!;

    public async Task InitializeAsync() => (playwright, Browser) = await ChromiumLauncher.LaunchAsync("/usr/bin/chromium");

    public async Task DisposeAsync()
    {
        if (Browser is not null) await Browser.DisposeAsync();
        playwright?.Dispose();
    }
}

[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<BrowserFixture>
{
    public const string Name = "browser";
}
