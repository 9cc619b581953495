using System.Net;

namespace NewsFigures.Notebooks.Report;

/// <summary>
/// The footer of every printed page: the site's title, the caller's footer line (say, the corpus and its newest date)
/// and "N / M". It holds nothing of the clock, so the same site prints to the same bytes.
/// </summary>
internal sealed record PageFooter(string SiteTitle, string? Line)
{
    /// <summary>Chromium's footer template: its <c>pageNumber</c> and <c>totalPages</c> spans are filled in per page.
    /// Templates get no page styles, so the font and size are set here.</summary>
    public string Template
    {
        get
        {
            var text = string.Join(" · ", new[] { SiteTitle, Line }.Where(s => !string.IsNullOrWhiteSpace(s)).Select(s => WebUtility.HtmlEncode(s!.Trim())));
            return $"<div style=\"width:100%;margin:0 {PdfPrinter.Mm(PdfPrinter.MarginMm)};display:flex;justify-content:space-between;gap:1em;"
                + "font-family:'Liberation Sans','DejaVu Sans',Arial,sans-serif;font-size:7.5pt;color:#555\">"
                + $"<span>{text}</span><span><span class=\"pageNumber\"></span> / <span class=\"totalPages\"></span></span></div>";
        }
    }

    /// <summary>An empty header: Chromium's default one prints today's date and the file's URL.</summary>
    public const string EmptyHeader = "<span></span>";
}
