using System.Text.RegularExpressions;

namespace NewsFigures;

/// <summary>
/// Periods in one normal form, so that two spellings of the same period compare equal: YYYY, YYYY-MM, YYYY-MM-DD,
/// YYYY-Qn, YYYY-H1/H2, FYYYYY, and intervals START/END of those (data/gold/README.md). Months and days get two digits,
/// letters are upper case, spaces go; anything else is kept as written, trimmed.
/// </summary>
public static partial class PeriodForm
{
    public static string? Normal(string? period)
    {
        if (string.IsNullOrWhiteSpace(period)) return null;
        return string.Join('/', period.Split('/').Select(part => NormalPart(part.Trim())));
    }

    private static string NormalPart(string part)
    {
        var compact = part.Replace(" ", "").ToUpperInvariant();
        var date = YearMonthDay().Match(compact);
        if (!date.Success) return compact;
        var normal = date.Groups["year"].Value;
        if (date.Groups["month"].Success) normal += "-" + date.Groups["month"].Value.PadLeft(2, '0');
        if (date.Groups["day"].Success) normal += "-" + date.Groups["day"].Value.PadLeft(2, '0');
        return normal;
    }

    [GeneratedRegex(@"^(?<year>\d{4})(-(?<month>\d{1,2})(-(?<day>\d{1,2}))?)?$")]
    private static partial Regex YearMonthDay();
}
