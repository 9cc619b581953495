using System.Globalization;
using System.Text.RegularExpressions;

namespace NewsFigures;

/// <summary>The period a change is measured from, the words that say so ("from the previous year"), and the change's
/// own words through them ("43 percent increase from the previous year").</summary>
internal sealed record ChangeBase(string Period, string Phrase, string Words);

/// <summary>
/// Finds what a change is measured against, in the words right after it: "a 43 percent increase from the previous
/// year" (the level's year minus one), "doubled from 2024", "a 40% increase compared to the previous five years" (the
/// five years before the level's span), "up 12% year on year".
/// </summary>
internal static partial class ChangeBaseReader
{
    public static ChangeBase? Read(string sentence, string changeText, string? period)
    {
        int at = sentence.IndexOf(changeText, StringComparison.OrdinalIgnoreCase);
        var after = at < 0 ? sentence : sentence[(at + changeText.Length)..];
        string WordsThrough(Match m) => (at < 0 ? "" : changeText) + after[..(m.Index + m.Length)];
        var m = Comparison().Match(after);
        if (m.Success) return FromMatch(m, period, WordsThrough(m));
        var yoy = YearOnYear().Match(after);
        return yoy.Success && period is not null && PeriodText.ShiftBack(period, 1) is { } p
            ? new ChangeBase(p, yoy.Groups["phrase"].Value, WordsThrough(yoy)) : null;
    }

    private static ChangeBase? FromMatch(Match m, string? period, string words)
    {
        var phrase = m.Groups["phrase"].Value;
        if (m.Groups["year"].Success)
        {
            var year = m.Groups["year"].Value;
            if (m.Groups["month"].Success)
                year += "-" + (Array.IndexOf(MonthNames, m.Groups["month"].Value.ToLowerInvariant()) + 1).ToString("00", CultureInfo.InvariantCulture);
            return new ChangeBase(year, phrase, words);
        }
        if (period is null) return null;
        if (m.Groups["n"].Success)
        {
            int n = int.TryParse(m.Groups["n"].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var digits) ? digits : (int)NumberWords.ValueOf(m.Groups["n"].Value);
            if (n <= 0) return null;
            if (PeriodText.SpanYears(period) == n) return PeriodText.ShiftBack(period, n) is { } span ? new ChangeBase(span, phrase, words) : null;
            return PeriodText.CalendarYear(period) is { } y && period.Length == 4
                ? new ChangeBase(string.Create(CultureInfo.InvariantCulture, $"{y - n}/{y - 1}"), phrase, words) : null;
        }
        return PeriodText.ShiftBack(period, 1) is { } previous ? new ChangeBase(previous, phrase, words) : null;
    }

    private static readonly string[] MonthNames =
        ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];

    [GeneratedRegex(@"^[^.;:]{0,40}?\b(?<phrase>(?:from|over|compared\s+(?:to|with)|than|versus|vs\.?|since|on)\s+(?:(?:(?<month>January|February|March|April|May|June|July|August|September|October|November|December)\s+)?(?<year>(?:19|20)\d{2})\b|(?:the\s+)?(?:previous|prior|preceding|past|last)\s+(?<n>\d+|two|three|four|five|six|seven|eight|nine|ten)\s+years\b|(?:the\s+)?(?:previous|prior|preceding)\s+year\b|last\s+year\b|a\s+year\s+(?:earlier|ago|before)\b|the\s+same\s+period\s+(?:of\s+)?(?:last|the\s+previous)\s+year\b))",
        RegexOptions.IgnoreCase)]
    private static partial Regex Comparison();

    [GeneratedRegex(@"^[^.;:]{0,40}?\b(?<phrase>year[- ]on[- ]year)\b", RegexOptions.IgnoreCase)]
    private static partial Regex YearOnYear();
}
