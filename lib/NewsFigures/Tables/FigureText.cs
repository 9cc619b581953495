using System.Globalization;
using System.Text;

namespace NewsFigures;

/// <summary>Short plain-text views of a figure table: a headline, and a summary listing the first figures.</summary>
internal static class FigureText
{
    private const int SummaryRows = 20;

    /// <summary>"63 figures from 5 files (13 pieces)".</summary>
    public static string Headline(FigureTable table)
    {
        int files = table.Select(f => f.File).Distinct().Count();
        int pieces = table.Select(f => (f.File, f.PieceNumber)).Distinct().Count();
        return $"{Count(table.Count, "figure")} from {Count(files, "file")} ({Count(pieces, "piece")})";
    }

    public static string Summary(FigureTable table)
    {
        var text = new StringBuilder(Headline(table)).Append('\n');
        foreach (var row in table.Take(SummaryRows)) text.Append("  ").Append(row.ToString()).Append('\n');
        if (table.Count > SummaryRows) text.Append(CultureInfo.InvariantCulture, $"  ... {table.Count - SummaryRows} more\n");
        return text.ToString();
    }

    /// <summary>A figure in one line: "more than 100,000 model | Qwen derivative models | 2025".</summary>
    public static string Line(Figure f) => $"{Value(f)} {f.Unit} | {f.Metric} | {f.Period ?? "-"}";

    /// <summary>The value as a reader writes it, with its qualifier: "more than 100,000", "33.33", "-50".</summary>
    public static string Value(Figure f)
    {
        double size = Math.Abs(f.Value);
        var number = size >= 1 || size == 0 ? f.Value.ToString("#,0.##", CultureInfo.InvariantCulture)
            : size >= 1e-4 ? f.Value.ToString("0.####", CultureInfo.InvariantCulture)
            : InvariantNumber.Format(f.Value);
        return f.Qualifier is null ? number : $"{f.Qualifier} {number}";
    }

    private static string Count(int n, string noun) => n == 1 ? $"1 {noun}" : string.Create(CultureInfo.InvariantCulture, $"{n} {noun}s");
}
