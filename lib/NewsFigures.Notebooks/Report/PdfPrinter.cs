using System.Text;
using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace NewsFigures.Notebooks.Report;

/// <summary>
/// Prints pages to PDF with headless Chromium. JavaScript is off, so a PDF never waits on scripts; the print
/// stylesheet shows each chart's static PNG. Chromium's creation and modification dates are zeroed so the
/// same page always gives the same bytes.
/// </summary>
internal sealed partial class PdfPrinter : IAsyncDisposable
{
    private readonly IPlaywright playwright;
    private readonly IBrowser browser;
    private readonly IPage page;

    private PdfPrinter(IPlaywright playwright, IBrowser browser, IPage page) => (this.playwright, this.browser, this.page) = (playwright, browser, page);

    public static async Task<PdfPrinter> StartAsync(string chromiumPath)
    {
        var (playwright, browser) = await ChromiumLauncher.LaunchAsync(chromiumPath);
        var context = await browser.NewContextAsync(new() { JavaScriptEnabled = false });
        return new PdfPrinter(playwright, browser, await context.NewPageAsync());
    }

    public async Task<byte[]> PrintAsync(string htmlPath)
    {
        await page.GotoAsync(new Uri(Path.GetFullPath(htmlPath)).AbsoluteUri, new() { WaitUntil = WaitUntilState.Load });
        var pdf = await page.PdfAsync(new()
        {
            Format = "A4",
            PrintBackground = true,
            Margin = new() { Top = "15mm", Bottom = "15mm", Left = "15mm", Right = "15mm" },
        });
        return WithoutDates(pdf);
    }

    /// <summary>Replaces the digits of /CreationDate and /ModDate with zeros, keeping every byte offset.</summary>
    internal static byte[] WithoutDates(byte[] pdf)
    {
        var text = Encoding.Latin1.GetString(pdf);
        var fixedText = PdfDate().Replace(text, m => m.Groups[1].Value + new string('0', m.Groups[2].Length) + m.Groups[3].Value);
        return Encoding.Latin1.GetBytes(fixedText);
    }

    [GeneratedRegex(@"(/(?:CreationDate|ModDate)\s*\(D:)(\d+)([^)]*\))")]
    private static partial Regex PdfDate();

    public async ValueTask DisposeAsync()
    {
        await browser.DisposeAsync();
        playwright.Dispose();
    }
}
