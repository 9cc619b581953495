using System.Globalization;
using System.Text;

namespace NewsFigures.Charts;

/// <summary>The chart's points as CSV (text/csv) and a short plain-text summary (text/plain).</summary>
internal static class ChartCsv
{
    const string Header = "series,x,label,value,bound,derived,rule,source\n";

    public static string Of(ChartSpec chart) => Rows(new StringBuilder(Header), chart).ToString();

    /// <summary>Every panel's points under one header; a panel's series is named by its kind ("Changes"), so each row
    /// says which axis it was drawn on.</summary>
    public static string Of(ChartPanels panels) =>
        panels.Panels.Aggregate(new StringBuilder(Header), (csv, panel) =>
            Rows(csv, panel with { Series = [.. panel.Series.Select(s => s with { Name = panel.TitleText ?? s.Name })] })).ToString();

    static StringBuilder Rows(StringBuilder csv, ChartSpec chart)
    {
        foreach (var s in chart.Series)
            foreach (var p in s.Points)
                csv.AppendJoin(',', Csv.Field(s.Name), Num(p.X), Csv.Field(p.Label), Num(p.Value), p.Bound.ToString().ToLowerInvariant(),
                    p.Derived ? "true" : "false", Csv.Field(p.Rule), Csv.Field(p.Source)).Append('\n');
        return csv;
    }

    public static string PlainText(ChartSpec chart) =>
        $"{chart.Kind} chart \"{chart.TitleText}\" ({chart.UnitsText}): " +
        string.Join("; ", chart.Series) +
        (chart.SourceNote is null ? "" : ". " + SourceCaption.Text(chart));

    static string Num(double v) => v.ToString("R", CultureInfo.InvariantCulture);
}
