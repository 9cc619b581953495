namespace NewsFigures.Notebooks.Report;

/// <summary>The site's stylesheet. Print shows each chart's static PNG instead of the interactive plot.</summary>
internal static class SiteStyle
{
    public const string Css = """
        body { font-family: "Liberation Sans", "DejaVu Sans", Arial, sans-serif; line-height: 1.5; color: #1b1b1b; margin: 0; }
        main { max-width: 66rem; margin: 0 auto; padding: 1rem 1.5rem 3rem; }
        nav { max-width: 66rem; margin: 0 auto; padding: 0.75rem 1.5rem 0; font-size: 0.9rem; }
        pre { background: #f6f8fa; padding: 0.6rem 0.8rem; overflow-x: auto; font-size: 0.85rem; border-radius: 4px; }
        pre.input { border-left: 3px solid #4a78c2; }
        pre.output.error { background: #fdecee; color: #8a1020; }
        pre.output.stderr { background: #fff6e5; }
        table { border-collapse: collapse; font-size: 0.85rem; margin: 0.5rem 0; }
        th, td { border: 1px solid #d0d7de; padding: 0.25rem 0.5rem; text-align: left; vertical-align: top; }
        th { background: #f0f3f6; }
        td:has(mark) { min-width: 22rem; } /* a quote with its figure marked gets room to read */
        td mark { background: #fff3b0; padding: 0 0.1em; }
        td pre, td .dni-plaintext pre { background: none; padding: 0; margin: 0; font-size: inherit; } /* .NET Interactive's cells */
        caption { caption-side: top; text-align: left; font-weight: bold; padding: 0.25rem 0; }
        figure.chart { margin: 1rem 0; }
        .chart-interactive { width: 100%; min-height: 420px; }
        .chart-static { display: none; max-width: 100%; }
        .chart-static.always { display: block; }
        .chart-links { font-size: 0.85rem; color: #555; }
        img.output.image { max-width: 100%; }
        .failed { color: #b00020; font-weight: bold; }
        ol.notebooks li { margin-bottom: 0.8rem; }
        @media print {
          nav, .chart-links, .chart-interactive { display: none !important; }
          body { font-size: 10pt; line-height: 1.35; }
          h1 { font-size: 16pt; margin: 0 0 0.3rem; }
          h2 { font-size: 12.5pt; margin: 0.6rem 0 0.2rem; }
          /* A heading never ends a page: not the heading, nor a cell that is only a heading, nor a takeaway above its chart. */
          h1, h2, h3 { break-after: avoid; }
          .cell.markdown:has(> :is(h1, h2, h3):last-child) { break-after: avoid; }
          .cell.code > .output:has(+ figure.chart) { break-after: avoid; }
          /* A section the printer measured as no taller than a page moves whole to the next page rather than split. */
          .page-section.fits-page { break-inside: avoid; }
          p { margin: 0.3rem 0; }
          table { font-size: 8.5pt; }
          figure.chart { margin: 0.2rem 0 0.5rem; break-inside: avoid; }
          /* Compact charts so a briefing of a few charts fits on a couple of pages. */
          .chart-static { display: block; max-height: 6.6cm; max-width: 100%; width: auto; margin: 0 auto; break-inside: avoid; }
          pre { white-space: pre-wrap; }
          main { max-width: none; padding: 0; }
        }

        """;
}
