using System.Globalization;
using System.Text.RegularExpressions;

namespace NewsFigures;

/// <summary>
/// Reads the period strings figures carry ("2025", "2025-04", "2025-H1", spans "2026/2030") as numbers for sorting and
/// for growth arithmetic, and shifts them back by whole years for the base of a change.
/// </summary>
internal static partial class PeriodText
{
    /// <summary>
    /// A sortable number: the year itself for a year; for a month or half, the year plus the middle of its last month
    /// (2025-02 is 2025.125, 2025-H1 2025.458), so a part of a year sorts after the whole year and before the next;
    /// a span counts as its end. Null when there is no period or it cannot be read.
    /// </summary>
    public static double? YearNumber(string? period)
    {
        if (period is null) return null;
        var end = period.Contains('/') ? period[(period.IndexOf('/') + 1)..] : period;
        var m = Single().Match(end);
        if (!m.Success) return null;
        int year = int.Parse(m.Groups["year"].Value, CultureInfo.InvariantCulture);
        int? lastMonth = m.Groups["month"].Success ? int.Parse(m.Groups["month"].Value, CultureInfo.InvariantCulture)
            : m.Groups["half"].Success ? (m.Groups["half"].Value == "1" ? 6 : 12) : null;
        return lastMonth is { } month ? year + (month - 0.5) / 12 : year;
    }

    /// <summary>The calendar year a period ends in (a span's end), for counting years between two points.</summary>
    public static int? CalendarYear(string? period) => YearNumber(period) is { } y ? (int)Math.Floor(y) : null;

    /// <summary>The same period <paramref name="years"/> earlier: "2025" → "2024", "2025-H1" → "2024-H1",
    /// "2026/2030" by 5 → "2021/2025".</summary>
    public static string? ShiftBack(string period, int years)
    {
        if (period.Contains('/'))
        {
            var parts = period.Split('/');
            return parts.Length == 2 && ShiftBack(parts[0], years) is { } a && ShiftBack(parts[1], years) is { } b ? $"{a}/{b}" : null;
        }
        var m = Single().Match(period);
        if (!m.Success) return null;
        int year = int.Parse(m.Groups["year"].Value, CultureInfo.InvariantCulture) - years;
        return year.ToString(CultureInfo.InvariantCulture) + period[4..];
    }

    /// <summary>How many years a span covers ("2026/2030" is 5), 1 for a single year, null otherwise.</summary>
    public static int? SpanYears(string period)
    {
        if (!period.Contains('/')) return Single().IsMatch(period) && period.Length == 4 ? 1 : null;
        var parts = period.Split('/');
        return CalendarYear(parts[0]) is { } a && CalendarYear(parts[^1]) is { } b ? b - a + 1 : null;
    }

    [GeneratedRegex(@"^(?<year>\d{4})(?:-(?:(?<month>0[1-9]|1[0-2])|H(?<half>[12])))?$")]
    private static partial Regex Single();
}
