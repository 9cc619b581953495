using System.Globalization;
using System.Text.RegularExpressions;

namespace NewsFigures;

/// <summary>
/// A full calendar date as news pages print it: "2025-11-19", "12 March 2024", "March 6, 2017", "Oct 1 2012",
/// "Aug. 26, 2025". A date without its year ("Aug. 26") is not one: nothing here guesses a year.
/// </summary>
internal static partial class WrittenDate
{
    private const string Month = @"(?<mon>Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?";

    /// <summary>The pattern of one date, for the line patterns to embed; groups y, mon or m, d.</summary>
    public const string Pattern =
        @"(?:(?<y>\d{4})-(?<m>\d{2})-(?<d>\d{2})"
        + @"|" + Month + @"\s+(?<d>\d{1,2})(?:st|nd|rd|th)?,?\s+(?<y>\d{4})"
        + @"|(?<d>\d{1,2})(?:st|nd|rd|th)?\s+" + Month + @",?\s+(?<y>\d{4}))(?![\d-])";

    [GeneratedRegex(Pattern, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Any();

    /// <summary>The date a regex match of <see cref="Pattern"/> spells, or null when it is no calendar day (2025-02-30).</summary>
    public static DateOnly? Of(Match match)
    {
        int year = int.Parse(match.Groups["y"].Value, CultureInfo.InvariantCulture);
        int day = int.Parse(match.Groups["d"].Value, CultureInfo.InvariantCulture);
        int month = match.Groups["m"].Success
            ? int.Parse(match.Groups["m"].Value, CultureInfo.InvariantCulture)
            : Months.NumberOf(match.Groups["mon"].Value);
        if (year < 1900 || year > 2100 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month)) return null;
        return new DateOnly(year, month, day);
    }

    /// <summary>The first date written in <paramref name="text"/>, with where it stands.</summary>
    public static (DateOnly Date, int Start, int Length)? First(string text)
    {
        foreach (Match m in Any().Matches(text))
            if (Of(m) is { } date) return (date, m.Index, m.Length);
        return null;
    }
}
