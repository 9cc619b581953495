using System.Net;
using System.Text;

namespace NewsFigures;

/// <summary>A series as an HTML fragment: a caption, one row per point, then growth and conflicts. Same input, same bytes.</summary>
internal static class SeriesHtml
{
    public static string Of(Series series)
    {
        var html = new StringBuilder();
        html.Append("<div class=\"nf-series\">");
        if (series.LookupNote is { } lookup) html.Append("<p class=\"nf-lookup\">").Append(E(lookup)).Append("</p>");
        html.Append("<table class=\"nb-table nf-series-points\"><caption>").Append(E(series.Metric))
            .Append(" <small>(").Append(E(series.Unit ?? "changes only")).Append(", ").Append(E(series.Topic.Name())).Append(")</small></caption>");
        html.Append("<thead><tr><th>period</th><th>value</th><th>bound</th><th>how</th><th>sources</th><th>sentence</th></tr></thead><tbody>");
        foreach (var p in series.Points)
        {
            html.Append(p.Conflict ? "<tr class=\"nf-conflict\">" : "<tr>");
            Cell(html, p.Label);
            Cell(html, p.ValueText);
            Cell(html, p.Bound.ToString().ToLowerInvariant());
            Cell(html, string.Join(" ", new[]
            {
                p.Derived ? $"derived — {p.Rule}" : "stated", p.Forecast ? "(forecast)" : null,
                p.Conversion is null ? null : $"(converted: {p.Conversion})", p.Note is null ? null : $"({p.Note})",
            }.Where(s => s is not null)));
            Cell(html, string.Join("; ", p.Sources.Select(s => s.ToString()).Distinct()));
            Cell(html, $"“{p.Sentence}”");
            html.Append("</tr>");
        }
        html.Append("</tbody></table>");
        if (series.GrowthRate() is { } growth) html.Append("<p class=\"nf-growth\">Growth: ").Append(E(growth.Arithmetic)).Append("</p>");
        foreach (var conflict in series.Conflicts) html.Append("<p class=\"nf-conflict\">Conflict: ").Append(E(conflict.Note)).Append("</p>");
        html.Append("</div>");
        return html.ToString();
    }

    private static void Cell(StringBuilder html, string text) => html.Append("<td>").Append(E(text)).Append("</td>");

    private static string E(string text) => WebUtility.HtmlEncode(text);
}
