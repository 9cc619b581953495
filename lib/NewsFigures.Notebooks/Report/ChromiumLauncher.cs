using Microsoft.Playwright;

namespace NewsFigures.Notebooks;

/// <summary>Starts the machine's Chromium through Playwright, quiet and offline (every host name fails to resolve).</summary>
public static class ChromiumLauncher
{
    public static readonly IReadOnlyList<string> Flags =
    [
        "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--no-first-run", "--host-resolver-rules=MAP * ~NOTFOUND",
    ];

    public static async Task<(IPlaywright Playwright, IBrowser Browser)> LaunchAsync(string executablePath)
    {
        if (!File.Exists(executablePath))
            throw new FileNotFoundException($"Chromium not found at {executablePath}; run scripts/ensure-chromium.sh to install it.", executablePath);
        var playwright = await Playwright.CreateAsync();
        try
        {
            var browser = await playwright.Chromium.LaunchAsync(new() { ExecutablePath = executablePath, Headless = true, Args = Flags });
            return (playwright, browser);
        }
        catch
        {
            playwright.Dispose();
            throw;
        }
    }
}
