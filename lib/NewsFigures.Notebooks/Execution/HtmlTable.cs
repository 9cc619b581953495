using System.Collections;
using System.Globalization;
using System.Net;
using System.Text;

namespace NewsFigures.Notebooks.Execution;

/// <summary>
/// A DataFrame as an HTML table, read by its shape (Columns with a Name, Rows that enumerate cell values) so this
/// engine needs no reference to Microsoft.Data.Analysis. At most 200 rows, then a line saying how many more.
/// </summary>
internal static class HtmlTable
{
    private const int MaxRows = 200;

    public static string OfDataFrame(object frame)
    {
        var type = frame.GetType();
        var columns = type.GetProperty("Columns")?.GetValue(frame) as IEnumerable ?? Array.Empty<object>();
        var rows = type.GetProperty("Rows")?.GetValue(frame) as IEnumerable ?? Array.Empty<object>();
        var names = columns.Cast<object>().Select(c => c.GetType().GetProperty("Name")?.GetValue(c) as string ?? "").ToList();
        return Build(names, rows.Cast<object>().Select(r => r is IEnumerable cells ? cells.Cast<object?>() : [r]));
    }

    private static string Build(IEnumerable<string> headers, IEnumerable<IEnumerable<object?>> rows)
    {
        var html = new StringBuilder("<table class=\"nb-table\"><thead><tr>");
        foreach (var header in headers) html.Append("<th>").Append(WebUtility.HtmlEncode(header)).Append("</th>");
        html.Append("</tr></thead><tbody>");
        var count = 0;
        foreach (var row in rows)
        {
            if (++count > MaxRows) continue;
            html.Append("<tr>");
            foreach (var cell in row) html.Append("<td>").Append(WebUtility.HtmlEncode(Text(cell))).Append("</td>");
            html.Append("</tr>");
        }
        html.Append("</tbody></table>");
        if (count > MaxRows) html.Append(CultureInfo.InvariantCulture, $"<p class=\"nb-table-more\">{count - MaxRows} more rows not shown ({count} in all).</p>");
        return html.ToString();
    }

    private static string Text(object? value) => value switch
    {
        null => "",
        string s => s,
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };
}
