using System.Globalization;
using System.Net;
using System.Text;

namespace NewsFigures;

/// <summary>
/// The notebook view of a figure table: one row per figure with its value as stated, what it measures, and the sentence
/// it came from with the figure marked, whom it is credited to, its outlet and date, and where it is in which file. Every text is
/// HTML-escaped; classes (figure-table, figure-quote, figure-more) let a page style it; no script, no inline style.
/// </summary>
internal static class FigureHtml
{
    public const int DefaultMaxRows = 200;

    private static readonly string[] Headers = ["value", "unit", "kind", "metric", "period", "sentence", "attribution", "outlet, date", "where"];

    public static string Table(FigureTable table, int maxRows)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(maxRows);
        var html = new StringBuilder("<table class=\"figure-table\">");
        html.Append("<caption>").Append(Escape(FigureText.Headline(table))).Append("</caption><thead><tr>");
        foreach (var header in Headers) html.Append("<th>").Append(Escape(header)).Append("</th>");
        html.Append("</tr></thead><tbody>");
        foreach (var row in table.Take(maxRows)) AppendRow(html, row);
        html.Append("</tbody></table>");
        if (table.Count > maxRows)
            html.Append(CultureInfo.InvariantCulture, $"<p class=\"figure-more\">{table.Count - maxRows} more figures not shown ({table.Count} in all).</p>");
        return html.ToString();
    }

    private static void AppendRow(StringBuilder html, CorpusFigure row)
    {
        var f = row.Figure;
        html.Append("<tr>");
        Cell(html, FigureText.Value(f), "figure-value");
        Cell(html, f.Unit);
        Cell(html, FigureKinds.Name(f.Kind));
        Cell(html, f.Metric);
        Cell(html, f.Period);
        html.Append("<td class=\"figure-quote\">");
        AppendQuote(html, f);
        html.Append("</td>");
        Cell(html, f.Attribution);
        Cell(html, string.Join(", ", new[] { row.Article.Outlet, InvariantNumber.Date(row.Article.Date) }.Where(s => !string.IsNullOrEmpty(s))));
        var where = string.Create(CultureInfo.InvariantCulture, $"{row.File}#{row.PieceNumber} [{f.Start}, {f.End})");
        html.Append("<td title=\"").Append(Escape(row.PieceTitle)).Append("\">").Append(Escape(where)).Append("</td>");
        html.Append("</tr>");
    }

    // The sentence is normalized text; the quoted text is raw (it may hold a line break), so it is looked up with its
    // whitespace collapsed. When it is not found the sentence is shown unmarked.
    private static void AppendQuote(StringBuilder html, Figure f)
    {
        var quoted = string.Join(' ', f.Text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        int at = quoted.Length == 0 ? -1 : f.Sentence.IndexOf(quoted, StringComparison.Ordinal);
        if (at < 0)
        {
            html.Append(Escape(f.Sentence));
            return;
        }
        html.Append(Escape(f.Sentence[..at])).Append("<mark>").Append(Escape(quoted)).Append("</mark>")
            .Append(Escape(f.Sentence[(at + quoted.Length)..]));
    }

    private static void Cell(StringBuilder html, string? text, string? cssClass = null)
    {
        html.Append(cssClass is null ? "<td>" : $"<td class=\"{cssClass}\">").Append(Escape(text ?? "")).Append("</td>");
    }

    private static string Escape(string text) => WebUtility.HtmlEncode(text);
}
