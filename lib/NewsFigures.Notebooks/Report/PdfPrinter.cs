using System.Text;
using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace NewsFigures.Notebooks.Report;

/// <summary>
/// Prints pages to PDF with headless Chromium. JavaScript is off for pages, so a PDF never waits on scripts; the print
/// stylesheet shows each chart's static PNG. Each page section is measured first, so one that fits on a page is kept
/// whole; every page gets the <see cref="PageFooter"/>. Decks print with scripts on (reveal.js lays out their pages).
/// Chromium's creation and modification dates are zeroed so the same page always gives the same bytes.
/// </summary>
internal sealed partial class PdfPrinter : IAsyncDisposable
{
    private readonly IPlaywright playwright;
    private readonly IBrowser browser;
    private readonly IPage page;
    private IPage? deckPage;

    private PdfPrinter(IPlaywright playwright, IBrowser browser, IPage page) => (this.playwright, this.browser, this.page) = (playwright, browser, page);

    public static async Task<PdfPrinter> StartAsync(string chromiumPath)
    {
        var (playwright, browser) = await ChromiumLauncher.LaunchAsync(chromiumPath);
        var context = await browser.NewContextAsync(new() { JavaScriptEnabled = false });
        return new PdfPrinter(playwright, browser, await context.NewPageAsync());
    }

    public async Task<byte[]> PrintAsync(string htmlPath, PageFooter footer)
    {
        // Laid out as print lays it out (print media, the printable width), so the sections can be measured first.
        await page.SetViewportSizeAsync((int)Math.Floor(Pixels(PrintableWidthMm)), (int)Math.Floor(Pixels(PrintableHeightMm)));
        await page.EmulateMediaAsync(new() { Media = Media.Print });
        await page.GotoAsync(new Uri(Path.GetFullPath(htmlPath)).AbsoluteUri, new() { WaitUntil = WaitUntilState.Load });
        await MarkSectionsThatFitAsync();
        var pdf = await page.PdfAsync(new()
        {
            Format = "A4",
            PrintBackground = true,
            Margin = new() { Top = Mm(MarginMm), Bottom = Mm(MarginMm), Left = Mm(MarginMm), Right = Mm(MarginMm) },
            DisplayHeaderFooter = true,
            HeaderTemplate = PageFooter.EmptyHeader,
            FooterTemplate = footer.Template,
        });
        return WithoutDates(pdf);
    }

    /// <summary>Prints a reveal.js deck one slide per page: reveal's print view (<c>?print-pdf</c>) lays each slide
    /// out as a page and sets the page size, so this page runs scripts, unlike the one for pages.</summary>
    public async Task<byte[]> PrintDeckAsync(string deckPath)
    {
        if (deckPage is null)
        {
            var context = await browser.NewContextAsync();
            deckPage = await context.NewPageAsync();
        }
        await deckPage.GotoAsync(new Uri(Path.GetFullPath(deckPath)).AbsoluteUri + "?print-pdf", new() { WaitUntil = WaitUntilState.Load });
        // The deck's script marks the root once reveal has laid out the pages and the charts fit them (DeckWriter).
        await deckPage.WaitForFunctionAsync("() => document.documentElement.classList.contains('deck-printable') && document.fonts.status === 'loaded'");
        var pdf = await deckPage.PdfAsync(new() { PreferCSSPageSize = true, PrintBackground = true });
        return WithoutDates(pdf);
    }

    /// <summary>
    /// Gives every page section no taller than a printed page the class that keeps it whole. A longer section gets
    /// none: keeping it whole would only push it to a new page and split it there anyway; it still breaks between
    /// cells, never right after a heading.
    /// </summary>
    private Task MarkSectionsThatFitAsync() => page.EvaluateAsync(
        $$"""
        limit => {
          for (const section of document.querySelectorAll('section.{{PageSections.CssClass}}'))
            if (section.getBoundingClientRect().height <= limit) section.classList.add('{{PageSections.FitsPageClass}}');
        }
        """, Pixels(PrintableHeightMm) - 2);

    /// <summary>The page margin on every side; the footer sits in the bottom one, indented by it.</summary>
    internal const double MarginMm = 15;

    private const double A4WidthMm = 210, A4HeightMm = 297;
    private const double PrintableWidthMm = A4WidthMm - 2 * MarginMm, PrintableHeightMm = A4HeightMm - 2 * MarginMm;

    private static double Pixels(double mm) => mm / 25.4 * 96; // CSS pixels are 1/96 inch

    internal static string Mm(double mm) => $"{mm.ToString(System.Globalization.CultureInfo.InvariantCulture)}mm";

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
