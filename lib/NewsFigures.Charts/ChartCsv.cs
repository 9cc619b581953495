using System.Globalization;
using System.Text;

namespace NewsFigures.Charts;

/// <summary>The chart's points as CSV (text/csv) and a short plain-text summary (text/plain).</summary>
internal static class ChartCsv
{
    public static string Of(ChartSpec chart)
    {
        var csv = new StringBuilder("series,x,label,value,bound,derived,rule,source\n");
        foreach (var s in chart.Series)
            foreach (var p in s.Points)
                csv.AppendJoin(',', Csv.Field(s.Name), Num(p.X), Csv.Field(p.Label), Num(p.Value), p.Bound.ToString().ToLowerInvariant(),
                    p.Derived ? "true" : "false", Csv.Field(p.Rule), Csv.Field(p.Source)).Append('\n');
        return csv.ToString();
    }

    public static string PlainText(ChartSpec chart) =>
        $"{chart.Kind} chart \"{chart.TitleText}\" ({chart.UnitsText}): " +
        string.Join("; ", chart.Series) +
        (chart.SourceNote is null ? "" : ". " + SourceCaption.Text(chart));

    static string Num(double v) => v.ToString("R", CultureInfo.InvariantCulture);
}
