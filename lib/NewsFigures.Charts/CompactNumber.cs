using System.Globalization;

namespace NewsFigures.Charts;

/// <summary>Axis numbers as a reader says them: 500M, 1.2B, 35K, 2.5%. Written here rather than by plotly's "~s" format,
/// which writes billions as G (giga).</summary>
internal static class CompactNumber
{
    static readonly (double Scale, string Suffix)[] Scales = [(1e12, "T"), (1e9, "B"), (1e6, "M"), (1e3, "K")];

    /// <param name="unit">Written after the number: "%" for percentages, else nothing.</param>
    public static string Text(double value, string unit = "")
    {
        var (scale, suffix) = Scales.FirstOrDefault(s => Math.Abs(value) >= s.Scale, (1, ""));
        var number = Math.Round(value / scale, 2);
        return (number == 0 ? "0" : number.ToString("0.##", CultureInfo.InvariantCulture)) + suffix + unit;
    }
}
