using System.Globalization;
using System.Net;
using System.Text;

namespace NewsFigures.Charts;

/// <summary>A <see cref="ChartTable"/> as HTML (a caption, the rows, the source note under them) and a line of text.</summary>
internal static class ChartTableText
{
    static readonly string[] Columns = ["kind", "metric", "value", "period", "source"];

    public static string Html(ChartTable table)
    {
        var html = new StringBuilder("<table class=\"nf-chart-table\">");
        if (table.TitleText is { Length: > 0 } title) html.Append($"<caption>{WebUtility.HtmlEncode(title)}</caption>");
        html.Append("<thead><tr>").AppendJoin("", Columns.Select(c => $"<th>{c}</th>")).Append("</tr></thead><tbody>\n");
        foreach (var row in table.Rows)
            html.Append("<tr>").AppendJoin("", Cells(row).Select(c => $"<td>{WebUtility.HtmlEncode(c)}</td>")).Append("</tr>\n");
        html.Append("</tbody></table>\n");
        if (table.SourceNote is { Length: > 0 } note) html.Append($"<p class=\"nf-source\">{WebUtility.HtmlEncode(note)}</p>\n");
        return html.ToString();
    }

    /// <summary>"Figures stated in percent: 6 rows of 3 kinds (changes, shares of GDP, ...). Source: ..."</summary>
    public static string PlainText(ChartTable table)
    {
        var kinds = table.Rows.Select(r => r.Kind).Distinct(StringComparer.Ordinal).ToList();
        return $"{table.TitleText ?? "Table"}: {table.Rows.Length} rows of {kinds.Count} kinds ({string.Join(", ", kinds)})"
            + (table.SourceNote is null ? "" : ". " + table.SourceNote);
    }

    static string[] Cells(ChartTableRow row) =>
        [row.Kind, row.Metric, row.Value.ToString("R", CultureInfo.InvariantCulture), row.Period ?? "", row.Source];
}
