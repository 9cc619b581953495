using System.Net;
using System.Text;

namespace NewsFigures;

/// <summary>Key numbers as an HTML table: metric, value, period, sources. Same input, same bytes.</summary>
internal static class KeyNumbersHtml
{
    public static string Of(KeyNumbers numbers)
    {
        var html = new StringBuilder("<table class=\"nb-table nf-key-numbers\"><caption>Key numbers</caption>")
            .Append("<thead><tr><th>metric</th><th>value</th><th>period</th><th>sources</th></tr></thead><tbody>");
        foreach (var number in numbers)
        {
            html.Append(number.Conflict ? "<tr class=\"nf-conflict\">" : "<tr>");
            Cell(html, number.Metric);
            Cell(html, number.ValueText);
            Cell(html, number.Conflict ? $"{number.Period} (sources differ)" : number.Period);
            Cell(html, string.Join("; ", number.Sources));
            html.Append("</tr>");
        }
        return html.Append("</tbody></table>").ToString();
    }

    private static void Cell(StringBuilder html, string text) => html.Append("<td>").Append(WebUtility.HtmlEncode(text)).Append("</td>");
}
