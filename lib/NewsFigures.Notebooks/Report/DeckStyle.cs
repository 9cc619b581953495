namespace NewsFigures.Notebooks.Report;

/// <summary>
/// The decks' stylesheet, over reveal.js's white theme: a takeaway reads as a sentence (no capitals, smaller than the
/// theme's headings), the chart fills the slide below it; the static PNG shows only for a chart without plotly.js.
/// </summary>
internal static class DeckStyle
{
    public const string Css = """
        .reveal { --r-heading-text-transform: none; --r-heading-font-weight: 600; --r-main-font-size: 30px; }
        .reveal .slides { text-align: left; }
        .reveal .slides section { height: 100%; box-sizing: border-box; padding: 24px 40px; }
        .reveal .title-slide .title-block { margin-top: 160px; }
        .reveal .title-slide h1 { font-size: 60px; line-height: 1.15; margin-bottom: 32px; }
        .reveal .title-slide p { font-size: 28px; line-height: 1.4; color: #444; }
        .reveal .kicker { font-size: 20px; color: #666; margin: 0 0 6px; text-transform: uppercase; letter-spacing: 0.04em; }
        .reveal h2.takeaway { font-size: 36px; line-height: 1.2; margin: 0 0 14px; }
        .reveal .narrative { font-size: 26px; line-height: 1.4; }
        .reveal figure.chart { margin: 0; }
        .reveal .chart-interactive { width: 100%; height: 520px; }
        .reveal .chart-static { display: none; }
        .reveal .chart-static.always, .reveal img.output.image { display: block; max-width: 100%; max-height: 520px; margin: 0 auto; }
        .reveal .chart-links { display: none; }
        .reveal .output.html { max-height: 540px; overflow: auto; font-size: 18px; }
        .reveal .output.html table { border-collapse: collapse; margin: 0; }
        .reveal .output.html th, .reveal .output.html td { border: 1px solid #d0d7de; padding: 4px 10px; }
        .reveal .source { font-size: 16px; color: #555; margin: 8px 0 0; }
        @media print {
          /* The deck prints with its scripts: charts print as plotly drew them, vector and at slide size. */
          .reveal .modebar-container { display: none; }
        }

        """;
}
