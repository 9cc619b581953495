using System.Globalization;

namespace NewsFigures;

/// <summary>
/// Finds the time expressions of a sentence and resolves them against the article date: years ("in 2024"),
/// months ("As of February 2025", "by July"), halves ("mid-year", "early 2025"), spans ("between 2021 and 2024",
/// "five consecutive years to 2024", "the next five years, ending in 2030"), relative years ("last year",
/// "the previous year") and the present ("now", "currently"). Years used as names ("the 2017 plan",
/// "2025 ZGC Forum") are not time expressions.
/// </summary>
internal static class TimeExpressionReader
{
    /// <param name="fiscalYears">The text reports on a year that does not end in December ("the year ended 30 April 2016"):
    /// a year labelling a comparative, "(2015: £4.2 million)", is that fiscal year.</param>
    /// <param name="reference">The month, quarter or half the text's earlier sentences spoke of (<see cref="Discourse.ReferencePeriod"/>):
    /// what "a year ago", "a month ago" and "a year earlier" count back from until the sentence names its own (not "the
    /// same period last year" or "the previous month", which the development golds read within their sentence).</param>
    public static void Read(SentenceTokens s, DateOnly? date, List<TimeExpression> into, bool fiscalYears = false, string? reference = null)
    {
        int anchor = date?.Year ?? 0;
        int explicitYear = FirstExplicitYear(s);
        string? lastMonth = null, lastWithinYear = null; // the sentence's latest month, quarter or half ("2009-Q2")
        string? lastYear = null; // the sentence's latest year or fiscal year, for "the year after"
        int yearNamed = 0, yearNamedAt = -1; // the latest calendar year the sentence named as a period, for a month of no known year
        // the text's, in a dated text, until the sentence names a time of its own (one of unknown year too: "in June")
        string? carried = date is null ? null : reference;
        for (int k = s.First; k < s.End; k++)
        {
            // "so far" and "current financial year" open an expression only with their next word: frequent words, tried only then
            if (!MayStart(s[k]) && QuarterName(s, k) is null && !IsHalfWord(s, k) && !(s.Is(k, "so") && s.Is(k + 1, "far")) && !(s.Is(k, "current") && s.Is(k + 1, "financial"))
                && !(s.Is(k, "the") && (s.Is(k + 1, "year") && s.Is(k + 2, "after") || s.Is(k + 1, "quarter"))) && !(s.Is(k, "following") && s.Is(k + 1, "year"))
                && PossessiveMonth(s, k) == 0)
                continue;
            TimeExpression? e = ClockTime(s, k, date) ?? PossessiveTime(s, k, date) ?? FiscalCode(s, k) ?? QuarterCode(s, k, anchor) ?? HalfCode(s, k) ?? FirstMonths(s, k, anchor) ?? HalfOfYear(s, k, anchor) ?? Range(s, k) ?? MonthRange(s, k, date) ?? YearsTo(s, k) ?? NextYears(s, k, anchor) ?? PastMonths(s, k, date) ?? Decade(s, k)
                ?? Year(s, k, anchor) ?? MonthAlone(s, k, date, yearNamedAt >= 0 && Clauses.Start(s, yearNamedAt) == Clauses.Start(s, k) ? yearNamed : 0) ?? Ago(s, k, date, lastWithinYear ?? carried) ?? RelativeYear(s, k, anchor, explicitYear, lastWithinYear ?? YearEarlier(s, k, carried))
                ?? FollowingYear(s, k, lastYear) ?? TheQuarter(s, k, carried) ?? RelativeMonth(s, k, date, lastMonth) ?? LastWeek(s, k, date) ?? LastQuarter(s, k, date, lastWithinYear) ?? MidYear(s, k, anchor) ?? Quarter(s, k, anchor) ?? FinancialYear(s, k, date)
                ?? DayBeforeOrSoFar(s, k, date) ?? Weekday(s, k, date) ?? Now(s, k, date);
            if (e is not { } found) continue;
            // "from the 1980s to the 2000s" is a span, not the base "from" opens
            // (nor "from January 1 to June 30, 2023", a half of a year)
            bool span = (s.Is(found.First, "from") || s.Is(found.First, "between")) && (found.Period.Contains('/') || IsRunOfMonths(s, found.First + 1));
            var role = found.Role == TimeRole.Period && !span ? RoleBefore(s, found.First) : found.Role;
            // ("in July compared with a year earlier, down from a 6.4 percent annual gain the previous month": a base's month is
            // no month a later "the previous month" counts from)
            if (role != TimeRole.Base && found.Period.Length == 7 && found.Period[4] == '-' && char.IsDigit(found.Period[5])) lastMonth = found.Period;
            // ("£10 in 2011-12, down from £11 the previous year": a fiscal year counts back too)
            // (not "now" or a day of saying: "Emirates has now erased ... the $5.5 billion deficit a year earlier" counts back
            // from the year the sentence named)
            if ((found.Period.Length == 7 && found.Period[4] == '-' && char.IsDigit(found.Period[0]) || found.Period is ['F', 'Y', _, _, _, _]
                    || IsSeason(found.Period))
                && role is not (TimeRole.Now or TimeRole.Release))
                lastWithinYear = found.Period;
            if (role == TimeRole.Period) carried = null;
            if (found.Period is [_, _, _, _] && int.TryParse(found.Period, out _) || found.Period is ['F', 'Y', _, _, _, _]) lastYear = found.Period;
            if (role == TimeRole.Period && found.Period is [_, _, _, _] && int.TryParse(found.Period, out int named)) (yearNamed, yearNamedAt) = (named, found.First);
            if (fiscalYears && LabelsComparative(s, found)) found = found with { Period = "FY" + found.Period };
            into.Add(found with { Role = role, IsFuture = anchor > 0 && found.Period != Unknown && StartYear(found.Period) > anchor });
            k = found.Last;
        }
    }

    /// <summary>The months since year 0 to the end of a month, quarter or half of a year ("2021-08", "2017-Q2", "2016-H1"),
    /// else 0.</summary>
    public static int EndMonth(string period)
    {
        if (period is not [_, _, _, _, '-', var kind, var n] || !int.TryParse(period.AsSpan(0, 4), CultureInfo.InvariantCulture, out int year)) return 0;
        int month = kind == 'Q' && n is >= '1' and <= '4' ? (n - '0') * 3 : kind == 'H' && n is '1' or '2' ? (n - '0') * 6
            : char.IsAsciiDigit(kind) && char.IsAsciiDigit(n) ? (kind - '0') * 10 + (n - '0') : 0;
        return month is >= 1 and <= 12 ? year * 12 + month : 0;
    }

    /// <summary>The period of a time relative to a text of no known date ("in June", "last year"): a time, which dates its
    /// figure as unknown.</summary>
    public const string Unknown = "";

    // "(2015: £4.2 million)": a year alone after a parenthesis and before a colon labels the comparative figure
    private static bool LabelsComparative(SentenceTokens s, TimeExpression e) =>
        e.First == e.Last && e.Period.Length == 4 && s.IsPunct(e.First - 1, '(') && s.IsPunct(e.Last + 1, ':');

    private static bool MayStart(Token t) =>
        t.Kind == TokenKind.Digits || (t.Class & (WordClass.TimeStart | WordClass.Month | WordClass.Cardinal)) != 0;

    // a fiscal year "FY2005" starts in the year before the one it is named by
    private static int StartYear(string period) => period.StartsWith("FY", StringComparison.Ordinal)
        ? int.Parse(period.AsSpan(2, 4), CultureInfo.InvariantCulture) - 1 : int.Parse(period.AsSpan(0, 4), CultureInfo.InvariantCulture);

    // 2024, but not the 1990s, FY2024, a price ("US$2070", "US$ 1900") or an index's base year ("(2000=100)")
    private static int YearAt(SentenceTokens s, int k) =>
        NonFigureRules.IsFootnotedYear(s, k) ? int.Parse(s.Span(k)[..4], CultureInfo.InvariantCulture)
        : s.IsDigits(k) && NonFigureRules.IsYearDigits(s.Span(k)) && !(s.IsWord(k + 1) && s.Touches(k + 1)) && !(s.IsWord(k - 1) && s.Touches(k))
            && !(s.InRange(k - 1) && s[k - 1].Kind == TokenKind.Symbol) && !NonFigureRules.IsIndexBaseYear(s, k)
            ? int.Parse(s.Span(k), CultureInfo.InvariantCulture) : 0;

    private static string Y(int year) => year.ToString(CultureInfo.InvariantCulture);
    private static string YM(int year, int month) => $"{Y(year)}-{month:00}";
    // the quarter that holds (or ends in) a month: "2018-Q3" for September 2018
    private static string YQ(int year, int month) => $"{Y(year)}-Q{(month + 2) / 3}";

    // 2025, February 2025: a point that can end or start a range; returns its last token.
    private static (string Period, int Last)? Point(SentenceTokens s, int k)
    {
        int m = Months.NumberOf(s, k);
        if (m > 0 && YearAt(s, k + 1) is > 0 and var y) return (YM(y, m), k + 1);
        return YearAt(s, k) is > 0 and var year ? (Y(year), k) : null;
    }

    // between 2021 and 2024, from 2019 to 2024, 2021-2024, between 2024 and February 2025, from the 1980s to the 2000s;
    // a fiscal year 2004-05 (FY2005, named by the year it ends in) and a season 2016/17 (2016/2017)
    private static TimeExpression? Range(SentenceTokens s, int k)
    {
        bool between = s.Is(k, "between"), from = s.Is(k, "from");
        if (between || from)
        {
            int at = s.Is(k + 1, "the") ? k + 2 : k + 1;
            if ((Point(s, at) ?? DecadePoint(s, at, start: true)) is not { } a) return null;
            int link = a.Last + 1;
            bool joined = between ? s.Is(link, "and") : s.Is(link, "to") || s.Is(link, "through") || s.Is(link, "until");
            int second = s.Is(link + 1, "the") ? link + 2 : link + 1;
            if (joined && (Point(s, second) ?? DecadePoint(s, second, start: false)) is { } b) return new(k, b.Last, $"{a.Period}/{b.Period}", TimeRole.Period, false);
            return null;
        }
        if (YearAt(s, k) is not (> 0 and var y1) || !s.Touches(k + 1) || !s.Touches(k + 2)) return null;
        bool dash = s.IsPunct(k + 1, '-') || s.IsPunct(k + 1, '–'), slash = s.IsPunct(k + 1, '/');
        if (!dash && !slash) return null;
        if (YearAt(s, k + 2) is > 0 and var y2) return new(k, k + 2, $"{Y(y1)}/{Y(y2)}", TimeRole.Period, false);
        // "2004-05", "2016/17": two digits for the year after
        if (s.IsDigits(k + 2) && IsShortNextYear(s.Span(k + 2), y1)
            && !(s.IsWord(k + 3) && s.Touches(k + 3)))
        {
            // "the 2008-09 season" is a season like "2016/17", and so is a harvest's year ("2013-14 wheat production");
            // otherwise a hyphen names a fiscal year
            // ("the financial year 2024/25": named as one, a slash names it too)
            bool fiscal = dash && !s.Is(k + 3, "season") && !s.Is(k + 3, "seasons") && !IsAboutHarvest(s)
                || s.Is(k - 1, "fiscal") || s.Is(k - 1, "year") && (s.Is(k - 2, "financial") || s.Is(k - 2, "fiscal"));
            return new(k, k + 2, fiscal ? $"FY{Y(y1 + 1)}" : $"{Y(y1)}/{Y(y1 + 1)}", TimeRole.Period, false);
        }
        return null;
    }

    private static readonly HashSet<string> HarvestWords =
        ["wheat", "barley", "canola", "grain", "grains", "crop", "crops", "harvest", "harvests", "planting", "sowing", "rice", "maize", "sorghum"];

    // a crop year runs from one harvest to the next, a season rather than a budget's fiscal year
    private static bool IsAboutHarvest(SentenceTokens s)
    {
        for (int k = s.First; k < s.End; k++)
            if (s.IsLower(k) && HarvestWords.Contains(s.Span(k).ToString())) return true;
        return false;
    }

    // "January-June 2011", "between April and June", "from June to July 2018", "January-to-October", "from January 1 to
    // May 4": a run of months of one year, named as its quarter or half when it is one; without a year of its own the
    // article date gives it, as for a month alone
    private static TimeExpression? MonthRange(SentenceTokens s, int k, DateOnly? date)
    {
        int m1 = Months.NumberOf(s, k);
        if (m1 == 0) return null;
        bool between = s.Is(k - 1, "between"), from = s.Is(k - 1, "from");
        bool dash = (s.IsPunct(k + 1, '-') || s.IsPunct(k + 1, '–')) && s.Touches(k + 1) && s.Touches(k + 2);
        // ("the January-to-October period": the words hyphenated)
        int at = !dash ? SecondMonthOfWordedRun(s, k, between)
            : (s.Is(k + 2, "to") || s.Is(k + 2, "through")) && s.IsPunct(k + 3, '-') && s.Touches(k + 3) && s.Touches(k + 4) ? k + 4 : k + 2;
        int m2 = at > 0 ? Months.NumberOf(s, at) : 0;
        if (m2 <= m1) return null;
        int day = !dash && IsDayOfMonth(s, k + 1) && IsDayOfMonth(s, at + 1) ? at + 1 : at; // "to May 4, 2024"
        int yearAt = day > at && s.IsPunct(day + 1, ',') ? day + 2 : day + 1;
        int last = day, year = YearAt(s, yearAt);
        if (year > 0) last = yearAt;
        // "in the July-September quarter in 2016"
        else if (s.Is(at + 1, "quarter") && (s.Is(at + 2, "in") || s.Is(at + 2, "of")) && YearAt(s, at + 3) is > 0 and var named) (year, last) = (named, at + 3);
        else if (date is { } d) year = m2 <= d.Month ? d.Year : d.Year - 1;
        // ("the period of January to July" in a text of no known date: a time, of unknown year)
        else return new(between || from ? k - 1 : WithPreposition(s, k), last, Unknown, TimeRole.Period, false);
        string period = (m1, m2) switch
        {
            (1, 6) => $"{Y(year)}-H1",
            (7, 12) => $"{Y(year)}-H2",
            _ when m1 % 3 == 1 && m2 == m1 + 2 => YQ(year, m1),
            _ => $"{YM(year, m1)}/{YM(year, m2)}",
        };
        return new(between || from ? k - 1 : WithPreposition(s, k), last, period, TimeRole.Period, false);
    }

    // "(from) June to July", "(from) January 1 to June 30", "(between) July and end-September": the token of a run's second
    // month, its first at k and the two joined by words ("and" after "between", "to" or "through" otherwise), else 0
    private static int SecondMonthOfWordedRun(SentenceTokens s, int k, bool between)
    {
        int link = IsDayOfMonth(s, k + 1) ? k + 2 : k + 1; // ("from January 1 to May 4": days of the months)
        if (!(between ? s.Is(link, "and") : s.Is(link, "to") || s.Is(link, "through"))) return 0;
        // ("between July and end-September 2022": to the end of the second month)
        return s.Is(link + 1, "end") && s.IsPunct(link + 2, '-') && s.Touches(link + 2) && s.Touches(link + 3) ? link + 3 : link + 1;
    }

    // a run of months opens at k (after "from" or "between")
    private static bool IsRunOfMonths(SentenceTokens s, int k) =>
        Months.NumberOf(s, k) > 0 && SecondMonthOfWordedRun(s, k, s.Is(k - 1, "between")) is > 0 and var second && Months.NumberOf(s, second) > 0;

    private static bool IsDayOfMonth(SentenceTokens s, int k) =>
        s.IsDigits(k) && s.Span(k).Length <= 2 && int.Parse(s.Span(k), CultureInfo.InvariantCulture) is >= 1 and <= 31 && !(s.IsWord(k + 1) && s.Touches(k + 1));

    // "the 1980s": its first year, or its last when it ends a range
    private static (string Period, int Last)? DecadePoint(SentenceTokens s, int k, bool start) =>
        DecadeAt(s, k) is > 0 and var d ? (Y(start ? d : d + 9), k + 1) : null;

    private static int DecadeAt(SentenceTokens s, int k) =>
        s.IsDigits(k) && NonFigureRules.IsYearDigits(s.Span(k)) && s.Span(k)[3] == '0' && s.Is(k + 1, "s") && s.Touches(k + 1)
            ? int.Parse(s.Span(k), CultureInfo.InvariantCulture) : 0;

    // in the 1990s
    private static TimeExpression? Decade(SentenceTokens s, int k) =>
        DecadeAt(s, k) is > 0 and var d && s.Is(k - 1, "the") ? new(WithPreposition(s, k - 1), k + 1, $"{Y(d)}/{Y(d + 9)}", TimeRole.Period, false) : null;

    /// <summary>"2017's average monthly growth", "last year's harvest", "July's starts": a time that owns the noun after
    /// it.</summary>
    public static bool IsPossessive(SentenceTokens s, TimeExpression e) => IsPossessiveYear(s, e.Last) || MetricReader.IsPossessive(s, e.Last);

    // "2017's": the year's digits, an apostrophe and "s", all touching
    private static bool IsPossessiveYear(SentenceTokens s, int k) =>
        s.IsDigits(k) && (s.IsPunct(k + 1, '\'') || s.IsPunct(k + 1, '’')) && s.Touches(k + 1) && s.Is(k + 2, "s") && s.Touches(k + 2);

    // for five consecutive years to 2024
    private static TimeExpression? YearsTo(SentenceTokens s, int k)
    {
        double count = CountAt(s, k);
        if (double.IsNaN(count)) return null;
        int years = k + 1;
        if (s.Is(years, "consecutive") || s.Is(years, "straight") || s.Is(years, "successive")) years++;
        if (!s.Is(years, "years") || count is < 1 or > 200) return null;
        // "for three years from 2016": the span that starts there
        if ((s.Is(years + 1, "from") || s.Is(years + 1, "starting")) && YearAt(s, years + 2) is > 0 and var start)
            return new(k, years + 2, $"{Y(start)}/{Y(start + (int)count - 1)}", TimeRole.Period, false);
        if (!(s.Is(years + 1, "to") || s.Is(years + 1, "through") || s.Is(years + 1, "until"))) return null;
        if (YearAt(s, years + 2) is not (> 0 and var end)) return null;
        return new(k, years + 2, $"{Y(end - (int)count + 1)}/{Y(end)}", TimeRole.Period, false);
    }

    // "12" or "twelve" of "the past 12 months": the count a time span is written with, or NaN
    private static double CountAt(SentenceTokens s, int n) =>
        s.IsDigits(n) ? (NumberReader.TryParseDigits(s.Span(n), out var d) ? d : double.NaN)
        : s.Has(n, WordClass.Cardinal) ? NumberWords.ValueOf(s.Span(n)) : double.NaN;

    // the next five years, ending in 2030
    private static TimeExpression? NextYears(SentenceTokens s, int k, int anchor)
    {
        bool past = s.Is(k, "past") || s.Is(k, "last");
        if (!(s.Is(k, "next") || s.Is(k, "coming") || past)) return null;
        int n = k + 1;
        double count = CountAt(s, n);
        if (count is < 1 or > 200) return null;
        if (double.IsNaN(count) || !s.Is(n + 1, "years")) return null;
        // over the past five years: the span up to the article's year
        if (past) return anchor > 0 ? new(WithPreposition(s, s.Is(k - 1, "the") ? k - 1 : k), n + 1, $"{Y(anchor - (int)count)}/{Y(anchor)}", TimeRole.Period, false) : null;
        for (int j = n + 2; j <= n + 6 && s.InRange(j); j++)
        {
            if (YearAt(s, j) is > 0 and var end && (s.Is(j - 1, "in") || s.Is(j - 1, "to") || s.Is(j - 1, "through")))
                return new(k, j, $"{Y(end - (int)count + 1)}/{Y(end)}", TimeRole.Period, false);
        }
        return anchor > 0 ? new(k, n + 1, $"{Y(anchor + 1)}/{Y(anchor + (int)count)}", TimeRole.Period, false) : null;
    }

    // "FY2024", "FY24", "FY 2023", "FY 2024-25": a fiscal year by its code, named by the year it ends in
    private static TimeExpression? FiscalCode(SentenceTokens s, int k)
    {
        if (!s.Is(k, "FY") || !s.IsCapitalized(k) || !s.IsDigits(k + 1) || s.IsWord(k + 2) && s.Touches(k + 2)) return null;
        int year = s.Touches(k + 1) ? CodedYear(s.Span(k + 1)) : YearAt(s, k + 1);
        if (year == 0) return null;
        // "FY 2024-25", "FY2016-17": a year written split is named by its second
        if ((s.IsPunct(k + 2, '-') || s.IsPunct(k + 2, '–') || s.IsPunct(k + 2, '/')) && s.Touches(k + 2) && s.IsDigits(k + 3) && s.Touches(k + 3))
            return IsShortNextYear(s.Span(k + 3), year)
                ? new(WithPreposition(s, k), k + 3, $"FY{Y(year + 1)}", TimeRole.Period, false) : null;
        return new(WithPreposition(s, k), k + 1, $"FY{Y(year)}", TimeRole.Period, false);
    }

    // "05" after 2004, "26" after 2025: the year after, by its last two digits (a year written split, "2004-05", "FY 2025-26")
    private static bool IsShortNextYear(ReadOnlySpan<char> digits, int year) =>
        digits.Length == 2 && int.Parse(digits, CultureInfo.InvariantCulture) == (year + 1) % 100;

    // the year a code's digits name: "24" in "FY24" or "3Q24", "2016" in "FY2016" or "4Q2016"; else 0
    private static int CodedYear(ReadOnlySpan<char> digits) =>
        digits.Length == 2 ? 2000 + int.Parse(digits, CultureInfo.InvariantCulture)
        : digits.Length == 4 && NonFigureRules.IsYearDigits(digits) ? int.Parse(digits, CultureInfo.InvariantCulture) : 0;

    private static TimeExpression? Year(SentenceTokens s, int k, int anchor)
    {
        if (YearAt(s, k) is not (> 0 and var year)) return null;
        int first = k;
        // "in fiscal 2022", "fiscal year 2023": the fiscal year named by the year it ends in
        if (s.Is(k - 1, "fiscal") || s.Is(k - 1, "year") && s.Is(k - 2, "fiscal"))
            return new(WithPreposition(s, s.Is(k - 1, "fiscal") ? k - 1 : k - 2), k, $"FY{Y(year)}", TimeRole.Period, false);
        // "in its 2021 financial year", "for the 2023 fiscal year": named before the words, by the year it ends in
        if ((s.Is(k + 1, "financial") || s.Is(k + 1, "fiscal")) && s.Is(k + 2, "year"))
            return new(WithPreposition(s, s.Has(k - 1, WordClass.Determiner) || s.Is(k - 1, "its") ? k - 1 : k), k + 2, $"FY{Y(year)}", TimeRole.Period, false);
        bool afterPreposition = s.Has(k - 1, WordClass.Preposition);
        int m = Months.NumberOf(s, k - 1);
        if (m == 0 && s.IsPunct(k - 1, ',') && s.IsDigits(k - 2) && Months.NumberOf(s, k - 3) is > 0 and var dm) { m = dm; first = k - 3; }
        // "from October, 2015": a month and its year after a comma; "on February-2016": after a hyphen
        else if (m == 0 && s.IsPunct(k - 1, ',') && s.IsCapitalized(k - 2) && Months.NumberOf(s, k - 2) is > 0 and var cm) { m = cm; first = k - 2; }
        else if (m == 0 && s.IsPunct(k - 1, '-') && s.Touches(k - 1) && s.Touches(k) && s.IsCapitalized(k - 2) && Months.NumberOf(s, k - 2) is > 0 and var hm)
        { m = hm; first = k - 2; }
        else if (m > 0) first = k - 1;
        // "the September 2018 quarter", "the 2018 March quarter" (as New Zealand and Australian papers write): the quarter that
        // ends in that month
        if (m > 0 && first == k - 1 && s.Is(k + 1, "quarter"))
            return new(WithPreposition(s, s.Is(first - 1, "the") ? first - 1 : first), k + 1, YQ(year, m), TimeRole.Period, false);
        if (m == 0 && s.Is(k + 2, "quarter") && s.IsCapitalized(k + 1) && Months.NumberOf(s, k + 1) is > 0 and var before)
            return new(WithPreposition(s, s.Is(k - 1, "the") ? k - 1 : k), k + 2, YQ(year, before), TimeRole.Period, false);
        if (m > 0) return new(WithPreposition(s, first), k, YM(year, m), TimeRole.Period, false);
        if (s.Is(k - 1, "mid") || (s.IsPunct(k - 1, '-') && s.Is(k - 2, "mid")) || s.Is(k - 1, "early")
            || (s.Is(k - 1, "of") && s.Is(k - 2, "half") && s.Is(k - 3, "first")))
            return new(WithPreposition(s, s.Is(k - 1, "of") ? k - 3 : s.Is(k - 1, "mid") || s.Is(k - 1, "early") ? k - 1 : k - 2), k, $"{Y(year)}-H1", TimeRole.Period, false);
        if (s.Is(k - 1, "late") || (s.Is(k - 1, "of") && s.Is(k - 2, "half") && s.Is(k - 3, "second")))
            return new(WithPreposition(s, s.Is(k - 1, "late") ? k - 1 : k - 3), k, $"{Y(year)}-H2", TimeRole.Period, false);
        if (!afterPreposition)
        {
            // "lower than the 1999 rate of 65%": a year before the measure an amount is of dates it
            if (s.Is(k - 1, "the") && MeasureNounOf(s, k + 1) is > 0 and var amount
                && (s.IsDigits(amount) || s.InRange(amount) && s[amount].Kind == TokenKind.Symbol || s.Has(amount, WordClass.Cardinal)))
                return new(k, k, Y(year), TimeRole.Period, false);
            // the 2017 plan, China's 2025 targets, 2025 World Artificial Intelligence Conference: names, not periods
            if (s.Has(k - 1, WordClass.Determiner) || (s.IsWord(k - 1) && s.Span(k - 1).EndsWith("'s"))) return null;
            if (s.IsCapitalized(k + 1) && Months.NumberOf(s, k + 1) == 0) return null;
            // ("2024 saw a significant slowdown": a year that sees or brings something is a time)
            if (s.IsWord(k + 1) && s.IsLower(k + 1) && !s.Has(k + 1, WordClass.Auxiliary | WordClass.Preposition | WordClass.Conjunction)
                && !(s.Span(k + 1) is "saw" or "sees" or "brought" or "brings" or "witnessed" or "marked")) return null;
        }
        // "fallen by two-thirds since 2020": from that year to the article's (an undated text leaves the span open); read as a
        // time so that no phrase takes it in, though TimeChoice never makes a "since" time a figure's period
        if (s.Is(k - 1, "since")) return anchor > year ? new(k - 1, k, $"{Y(year)}/{Y(anchor)}", TimeRole.Period, false) : null;
        return new(WithPreposition(s, k), k, Y(year), TimeRole.Period, false);
    }

    /// <summary>"total of", "rate of", "annual average of": one or two lower-case nouns and "of" at k; the token after "of",
    /// else 0.</summary>
    public static int MeasureNounOf(SentenceTokens s, int k)
    {
        for (int of = k + 1; of <= k + 2; of++)
        {
            if (!s.IsLower(of - 1) || s.Has(of - 1, WordClass.Preposition | WordClass.Stopword)) return 0;
            if (s.Is(of, "of")) return of + 1;
        }
        return 0;
    }

    // by July, in April, since November last year: months resolve against the article date.
    private static TimeExpression? MonthAlone(SentenceTokens s, int k, DateOnly? date, int yearNamed = 0)
    {
        int m = Months.NumberOf(s, k);
        if (m == 0 || IsDateline(s, k)) return null;
        if (YearAt(s, k + 1) > 0 || (s.IsDigits(k + 1) && s.IsPunct(k + 2, ',') && YearAt(s, k + 3) > 0)) return null; // the year reads it
        // "the June quarter of 2017" (as Indian and Australian papers write): the quarter that ends in (or holds) that month,
        // of the year named after it
        if (s.Is(k + 1, "quarter") && (s.Is(k + 2, "of") || s.Is(k + 2, "in")) && YearAt(s, k + 3) is > 0 and var named)
            return new(WithPreposition(s, s.Is(k - 1, "the") ? k - 1 : k), k + 3, YQ(named, m), TimeRole.Period, false);
        // "revenue gained 31 percent in June" in a text of no known date: a time, of an unknown year ("orders received in 2019
        // dropped by 11 during October": of the year the clause named before it)
        if (date is not { } d)
            return !s.Has(k - 1, WordClass.Preposition) ? null
                : new(WithPreposition(s, k), k, yearNamed > 0 ? YM(yearNamed, m) : Unknown, TimeRole.Period, false);
        int year = m <= d.Month ? d.Year : d.Year - 1, last = k;
        // "the June quarter": of the article's year
        if (s.Is(k + 1, "quarter")) return new(WithPreposition(s, s.Is(k - 1, "the") ? k - 1 : k), k + 1, YQ(year, m), TimeRole.Period, false);
        if (s.IsDigits(k + 1) && !s.Touches(k + 1)) last = k + 1; // March 28
        if (s.Is(last + 1, "last") && s.Is(last + 2, "year")) { year = d.Year - 1; last += 2; }
        else if (s.Is(last + 1, "this") && s.Is(last + 2, "year")) { year = d.Year; last += 2; }
        return new(WithPreposition(s, k), last, YM(year, m), TimeRole.Period, false);
    }

    // "BEIJING, April 12 (Xinhua) --": the story's dateline, not a time of its figures.
    private static bool IsDateline(SentenceTokens s, int k) =>
        s.IsPunct(k - 1, ',') && s.IsDigits(k + 1) && (s.IsPunct(k + 2, '(') || s.IsPunct(k + 2, '-') || s.IsPunct(k + 2, '—'))
        && s.IsAllCapitals(k - 2);

    // last month (against the article date); the previous month, a month earlier (against the sentence's month)
    private static TimeExpression? RelativeMonth(SentenceTokens s, int k, DateOnly? date, string? sentenceMonth)
    {
        if (s.Is(k, "last") && s.Is(k + 1, "month"))
            return date is { } d ? new(WithPreposition(s, k), k + 1, YM(d.AddMonths(-1).Year, d.AddMonths(-1).Month), TimeRole.Period, false)
                : new(WithPreposition(s, k), k + 1, Unknown, TimeRole.Period, false);
        // "earlier this month": the article's own
        if (s.Is(k, "this") && s.Is(k + 1, "month") && date is { } now)
            return new(WithPreposition(s, k), k + 1, YM(now.Year, now.Month), TimeRole.Period, false);
        bool previous = (s.Is(k, "previous") || s.Is(k, "prior") || s.Is(k, "preceding")) && s.Is(k + 1, "month");
        bool earlier = s.Is(k, "a") && s.Is(k + 1, "month") && (s.Is(k + 2, "earlier") || s.Is(k + 2, "before"));
        if ((!previous && !earlier) || sentenceMonth is null) return null;
        int first = previous && s.Is(k - 1, "the") ? k - 1 : k;
        return new(first, earlier ? k + 2 : k + 1, MonthsBefore(sentenceMonth, 1), TimeRole.Period, false);
    }

    // in the past 12 months: the months up to the article's
    private static TimeExpression? PastMonths(SentenceTokens s, int k, DateOnly? date)
    {
        if (!(s.Is(k, "past") || s.Is(k, "last")) || date is not { } d || !s.Is(k + 2, "months")) return null;
        double count = CountAt(s, k + 1);
        if (double.IsNaN(count) || count is < 1 or > 240) return null;
        var from = d.AddMonths(-(int)count);
        return new(WithPreposition(s, s.Is(k - 1, "the") ? k - 1 : k), k + 2, $"{YM(from.Year, from.Month)}/{YM(d.Year, d.Month)}", TimeRole.Period, false);
    }

    // a year ago, two months ago: that month, counted back from the article date ("rose 3% in August from a year ago": from the
    // sentence's own month, quarter or half, when it named one before)
    private static TimeExpression? Ago(SentenceTokens s, int k, DateOnly? date, string? withinYear)
    {
        int count = s.Is(k, "a") || s.Is(k, "one") ? 1 : s.Has(k, WordClass.Cardinal) ? (int)NumberWords.ValueOf(s.Span(k)) : 0;
        if (count is < 1 or > 50 || !s.Is(k + 2, "ago")) return null;
        if (withinYear is not null && (s.Is(k + 1, "year") || s.Is(k + 1, "years")))
            return new(k, k + 2, YearsBefore(withinYear, count), TimeRole.Period, false);
        // "from EUR 17.7 billion a month ago" after August's figures: July
        if (withinYear is [_, _, _, _, '-', >= '0' and <= '9', _] && (s.Is(k + 1, "month") || s.Is(k + 1, "months")))
            return new(k, k + 2, MonthsBefore(withinYear, count), TimeRole.Period, false);
        if (date is not { } d) return null;
        DateOnly? then = s.Is(k + 1, "year") || s.Is(k + 1, "years") ? d.AddYears(-count)
            : s.Is(k + 1, "month") || s.Is(k + 1, "months") ? d.AddMonths(-count) : null;
        return then is { } t ? new(k, k + 2, YM(t.Year, t.Month), TimeRole.Period, false) : null;
    }

    // "said on Tuesday", "this Monday", "Friday": the month of that day, the last of its name up to the article's date, read
    // like a release date (the day news is told dates a figure only when its sentence names no other time); not a
    // day in a name ("Black Friday", "Super Tuesday") nor one a date follows ("Tuesday, January 3": the month reads it)
    private static TimeExpression? Weekday(SentenceTokens s, int k, DateOnly? date)
    {
        if (date is not { } d || !Months.IsWeekday(s, k) || s.Is(k - 1, "next")) return null;
        int first = s.Is(k - 1, "on") || s.Is(k - 1, "this") || s.Is(k - 1, "last") ? k - 1 : k;
        if (first == k && s.IsCapitalized(k - 1) || s.IsPunct(k + 1, ',') && Months.NumberOf(s, k + 2) > 0) return null;
        var day = d.AddDays(-(((int)d.DayOfWeek - (int)Enum.Parse<DayOfWeek>(s.Span(k)) + 7) % 7));
        return new(first, k, YM(day.Year, day.Month), TimeRole.Release, false);
    }

    // "the current financial year", "the next financial year": a British (or Indian) financial year, April to March, named
    // by the year it ends in, counted from the one the article date falls in
    private static TimeExpression? FinancialYear(SentenceTokens s, int k, DateOnly? date)
    {
        if (date is not { } d || !s.Is(k + 1, "financial") || !s.Is(k + 2, "year")) return null;
        int shift = s.Is(k, "current") || s.Is(k, "this") ? 0 : s.Is(k, "next") ? 1 : s.Is(k, "last") || s.Is(k, "previous") ? -1 : int.MinValue;
        if (shift == int.MinValue) return null;
        int endsIn = (d.Month >= 4 ? d.Year + 1 : d.Year) + shift;
        return new(WithPreposition(s, s.Is(k - 1, "the") ? k - 1 : k), k + 2, $"FY{Y(endsIn)}", TimeRole.Period, false);
    }

    // "patients on trolleys yesterday", "have raised more than £60m so far": the month of the article's day before (or after,
    // "tomorrow"), or of
    // the article ("so far this year" leaves the year to "this year")
    private static TimeExpression? DayBeforeOrSoFar(SentenceTokens s, int k, DateOnly? date)
    {
        if (date is not { } d) return null;
        if (s.Is(k, "yesterday") && s.IsLower(k)) return new(k, k, YM(d.AddDays(-1).Year, d.AddDays(-1).Month), TimeRole.Period, false);
        // "raised its key rates by 50 basis points with effect from tomorrow": the month of the article's day after
        if (s.Is(k, "tomorrow") && s.IsLower(k))
            return new(k, k, YM(d.AddDays(1).Year, d.AddDays(1).Month), TimeRole.Period, false);
        if (s.Is(k, "so") && s.Is(k + 1, "far") && !s.Is(k + 2, "this") && !s.Is(k + 2, "in") && !s.Is(k + 2, "during"))
            return new(k, k + 1, YM(d.Year, d.Month), TimeRole.Period, false);
        return null;
    }

    // "last year's harvest", "this year's budget", "last month's decline", "July's starts": a time written as the possessive of
    // the noun after it ("year's" and "July's" are single words, which the readings of "last year" and "July" do not take)
    private static TimeExpression? PossessiveTime(SentenceTokens s, int k, DateOnly? date)
    {
        if (PossessiveMonth(s, k) is > 0 and var m)
            return new(k, k, date is { } d ? YM(m <= d.Month ? d.Year : d.Year - 1, m) : Unknown, TimeRole.Period, false);
        if (!(s.Is(k, "last") || s.Is(k, "this") || s.Is(k, "next")) || !MetricReader.IsPossessive(s, k + 1)) return null;
        var noun = s.Span(k + 1)[..^2];
        if (noun is "year")
        {
            int shift = s.Is(k, "last") ? -1 : s.Is(k, "next") ? 1 : 0;
            return new(k, k + 1, date is { } d ? Y(d.Year + shift) : Unknown, TimeRole.Period, false);
        }
        if (noun is not "month" || s.Is(k, "next")) return null;
        return date is { } day && day.AddMonths(s.Is(k, "last") ? -1 : 0) is var month
            ? new(k, k + 1, YM(month.Year, month.Month), TimeRole.Period, false) : new(k, k + 1, Unknown, TimeRole.Period, false);
    }

    /// <summary>The token after a possessive time at k ("last year's", "July's", "2017's"), else 0.</summary>
    public static int PossessiveTimeEnd(SentenceTokens s, int k) =>
        PossessiveMonth(s, k) > 0 ? k + 1
        : (s.Is(k, "last") || s.Is(k, "this") || s.Is(k, "next")) && MetricReader.IsPossessive(s, k + 1) && s.Span(k + 1)[..^2] is "year" or "month" ? k + 2
        : YearAt(s, k) > 0 && IsPossessiveYear(s, k) ? k + 3 : 0;

    /// <summary>Where a possessive time ending right before token k starts ("from last year's 8 tonnes"), else k.</summary>
    public static int PossessiveTimeBefore(SentenceTokens s, int k)
    {
        // (every possessive time ends in a word with "'s" or in the "s" of a year's: a figure's check needs no more at others)
        if (!MetricReader.IsPossessive(s, k - 1) && !s.Is(k - 1, "s")) return k;
        for (int start = k - 1; start >= s.First && k - start <= 3; start--)
            if (PossessiveTimeEnd(s, start) == k) return start;
        return k;
    }

    // "July's", "September’s": a month's full name, capitalized, as a possessive; not "May's" after a name ("Theresa May's")
    private static int PossessiveMonth(SentenceTokens s, int k)
    {
        if (!s.IsCapitalized(k) || !MetricReader.IsPossessive(s, k)) return 0;
        var name = s.Span(k)[..^2];
        return name is "May" && s.IsCapitalized(k - 1) ? 0 : Months.NumberOfFullName(name);
    }

    // "the last quarter of 2012", "the final quarter of 2012": its fourth; "last quarter" alone: the quarter before the article's,
    // or before the quarter the sentence named ("3.9 per cent in the September 2018 quarter, down from 4.4 per cent last quarter")
    private static TimeExpression? LastQuarter(SentenceTokens s, int k, DateOnly? date, string? withinYear)
    {
        if (!(s.Is(k, "last") || s.Is(k, "final")) || !s.Is(k + 1, "quarter")) return null;
        int first = s.Is(k - 1, "the") ? k - 1 : k;
        if (s.Is(k + 2, "of") && YearAt(s, k + 3) is > 0 and var year) return new(WithPreposition(s, first), k + 3, $"{Y(year)}-Q4", TimeRole.Period, false);
        if (!s.Is(k, "last") || first < k) return null;
        if (withinYear is [_, _, _, _, '-', 'Q', var q] && int.TryParse(withinYear.AsSpan(0, 4), CultureInfo.InvariantCulture, out int named))
            return new(WithPreposition(s, k), k + 1, q == '1' ? $"{Y(named - 1)}-Q4" : $"{Y(named)}-Q{q - '1'}", TimeRole.Period, false);
        if (date is not { } d) return null;
        var before = d.AddMonths(-3);
        return new(WithPreposition(s, k), k + 1, YQ(before.Year, before.Month), TimeRole.Period, false);
    }

    // last week, this week: the month the week falls in
    private static TimeExpression? LastWeek(SentenceTokens s, int k, DateOnly? date)
    {
        if (date is not { } d || !s.Is(k + 1, "week") || !(s.Is(k, "last") || s.Is(k, "this"))) return null;
        var week = s.Is(k, "last") ? d.AddDays(-7) : d;
        return new(k, k + 1, YM(week.Year, week.Month), TimeRole.Period, false);
    }

    private static TimeExpression? RelativeYear(SentenceTokens s, int k, int anchor, int explicitYear, string? withinYear)
    {
        // "67,000 between April and June, compared with 65,200 during the same period the previous year": the sentence's
        // quarter, month or half a year before
        // (a fiscal year only for "the previous year", "a year earlier": "the same period of the previous year" is a part of it)
        if (withinYear is not null && (PreviousYear(s, k) ?? (withinYear.StartsWith("FY", StringComparison.Ordinal) ? null : SamePeriodLastYear(s, k) ?? LastYearOfBase(s, k))) is { } before)
            return new(before.First, before.Last, YearsBefore(withinYear, 1), TimeRole.Period, false);
        // "by the end of last year": its last month
        if ((s.Is(k, "last") || s.Is(k, "this")) && s.Is(k + 1, "year") && anchor > 0 && s.Is(k - 1, "of") && s.Is(k - 2, "end") && s.Is(k - 3, "the"))
            return new(WithPreposition(s, k - 3), k + 1, $"{Y(s.Is(k, "last") ? anchor - 1 : anchor)}-12", TimeRole.Period, false);
        // "more than the last year", "2019 – the last year that exams were taken": a year before now or one a clause
        // defines, not the calendar year before the article's
        if (s.Is(k, "last") && s.Is(k + 1, "year") && s.Is(k - 1, "the")) return null;
        if (s.Is(k, "last") && s.Is(k + 1, "year") && anchor > 0) return new(k, k + 1, Y(anchor - 1), TimeRole.Period, false);
        if (s.Is(k, "this") && s.Is(k + 1, "year") && anchor > 0) return new(k, k + 1, Y(anchor), TimeRole.Period, false);
        if (s.Is(k, "next") && s.Is(k + 1, "year") && anchor > 0) return new(k, k + 1, Y(anchor + 1), TimeRole.Period, false);
        if ((s.Is(k, "last") || s.Is(k, "this") || s.Is(k, "next")) && s.Is(k + 1, "year") && anchor == 0) return new(k, k + 1, Unknown, TimeRole.Period, false);
        if (PreviousYear(s, k) is not { } span) return null;
        int reference = explicitYear > 0 ? explicitYear : anchor;
        return reference == 0 ? null : new(span.First, span.Last, Y(reference - 1), TimeRole.Period, false);
    }

    // "2008-Q2" for "2009-Q2" and 1, "FY2011" for "FY2012", "2020/2021" for "2021/2022": the same part of a year, or the
    // same season, count years before
    private static string YearsBefore(string period, int count) => period.StartsWith("FY", StringComparison.Ordinal)
        ? $"FY{Y(int.Parse(period.AsSpan(2, 4), CultureInfo.InvariantCulture) - count)}"
        : IsSeason(period) ? $"{Y(int.Parse(period.AsSpan(0, 4), CultureInfo.InvariantCulture) - count)}/{Y(int.Parse(period.AsSpan(5, 4), CultureInfo.InvariantCulture) - count)}"
        : Y(int.Parse(period.AsSpan(0, 4), CultureInfo.InvariantCulture) - count) + period[4..];

    // "2021/2022": a span of two years, a season, that counts back as a whole
    private static bool IsSeason(string period) =>
        period is [_, _, _, _, '/', _, _, _, _] && int.TryParse(period.AsSpan(0, 4), CultureInfo.InvariantCulture, out int first)
        && int.TryParse(period.AsSpan(5, 4), CultureInfo.InvariantCulture, out int second) && second == first + 1;

    // "2021-07" for "2021-08" and 1: the month count months before a "YYYY-MM" month
    private static string MonthsBefore(string month, int count)
    {
        var before = new DateOnly(int.Parse(month.AsSpan(0, 4), CultureInfo.InvariantCulture), int.Parse(month.AsSpan(5, 2), CultureInfo.InvariantCulture), 1)
            .AddMonths(-count);
        return YM(before.Year, before.Month);
    }

    // "will rise to £32.6 million the year after", "the following year", "a year later": the year after the sentence's latest
    // year or fiscal year, else null
    private static TimeExpression? FollowingYear(SentenceTokens s, int k, string? lastYear)
    {
        if (lastYear is null) return null;
        int first = s.Is(k, "following") && s.Is(k - 1, "the") ? k - 1 : k;
        int last = s.Is(k, "the") && s.Is(k + 1, "year") && s.Is(k + 2, "after") && !s.IsWord(k + 3) ? k + 2
            : s.Is(k, "following") && s.Is(k + 1, "year") ? k + 1
            : s.Is(k, "a") && s.Is(k + 1, "year") && s.Is(k + 2, "later") ? k + 2 : -1;
        return last < 0 ? null : new(WithPreposition(s, first), last, YearsBefore(lastYear, -1), TimeRole.Period, false);
    }

    // "Revenue for the quarter was $37 billion" after "a 42% drop in profit for the second quarter": the quarter the text
    // spoke of, else null
    private static TimeExpression? TheQuarter(SentenceTokens s, int k, string? reference)
    {
        if (reference is not [_, _, _, _, '-', 'Q', _] || !s.Is(k, "the") || !s.Is(k + 1, "quarter")
            || !(s.Is(k - 1, "for") || s.Is(k - 1, "in") || s.Is(k - 1, "during") || s.Is(k - 1, "over"))
            || s.IsWord(k + 2) && s.Span(k + 2) is "ended" or "ending" or "to" or "of" or "in" or "through") return null;
        return new(k - 1, k + 1, reference, TimeRole.Period, false);
    }

    // the text's reference period for "a year earlier" at k, else null
    private static string? YearEarlier(SentenceTokens s, int k, string? reference) =>
        reference is not null && s.Is(k, "a") && s.Is(k + 1, "year") && (s.Is(k + 2, "earlier") || s.Is(k + 2, "before")) ? reference : null;

    // "a year earlier", "a year before", "the previous year": the tokens of the year before another time
    private static (int First, int Last)? PreviousYear(SentenceTokens s, int k)
    {
        if (s.Is(k, "a") && s.Is(k + 1, "year") && (s.Is(k + 2, "earlier") || s.Is(k + 2, "before"))) return (k, k + 2);
        if ((s.Is(k, "previous") || s.Is(k, "prior") || s.Is(k, "preceding")) && s.Is(k + 1, "year")) return (s.Is(k - 1, "the") ? k - 1 : k, k + 1);
        return null;
    }

    // "end-June imports declined by 1 percent to $53.12 billion from $53.63 billion last year": "last year" right after a base
    // the sentence's month or quarter is compared with is that part of the year before
    private static (int First, int Last)? LastYearOfBase(SentenceTokens s, int k)
    {
        if (!s.Is(k, "last") || !s.Is(k + 1, "year") || !(s.IsDigits(k - 1) || s.Has(k - 1, WordClass.Scale))) return null;
        for (int j = k - 2; j >= s.First && k - j <= 5; j--)
        {
            if (s.Is(j, "from") || s.Is(j, "than") || s.Is(j, "against") || s.Is(j, "with") && s.Is(j - 1, "compared")) return (k, k + 1);
            if (s.IsWord(j) && !s.Has(j, WordClass.Scale) && !UnitReader.IsCurrencyPrefix(s.Span(j))) return null;
        }
        return null;
    }

    // "the same period last year", "during the same month last year": the tokens from the phrase's preposition
    private static (int First, int Last)? SamePeriodLastYear(SentenceTokens s, int k) =>
        s.Is(k, "last") && s.Is(k + 1, "year") && IsSamePeriodNoun(s, k - 1) && IsSame(s, k - 2)
            ? (s.Is(k - 3, "the") ? WithPreposition(s, k - 3) : k, k + 1) : null;

    // by mid-year, midyear
    private static TimeExpression? MidYear(SentenceTokens s, int k, int anchor)
    {
        if (anchor == 0) return null;
        if (s.Is(k, "mid") && s.IsPunct(k + 1, '-') && s.Is(k + 2, "year")) return new(WithPreposition(s, k), k + 2, $"{Y(anchor)}-H1", TimeRole.Period, false);
        if (s.Is(k, "midyear")) return new(WithPreposition(s, k), k, $"{Y(anchor)}-H1", TimeRole.Period, false);
        return null;
    }

    // the first quarter (of 2024): a quarter of the named year, else of the article's year.
    private static TimeExpression? Quarter(SentenceTokens s, int k, int anchor)
    {
        // "the fourth quarter", "the 4th quarter" (the digit and its suffix touching)
        // ("the third-quarter of 2021": hyphenated)
        int q = s.Is(k, "first") ? 1 : s.Is(k, "second") ? 2 : s.Is(k, "third") ? 3 : s.Is(k, "fourth") ? 4 : 0;
        int word = q > 0 && s.IsPunct(k + 1, '-') && s.Touches(k + 1) && s.Touches(k + 2) && s.Is(k + 2, "quarter") && s.Is(k + 3, "of") ? k + 2 : k + 1;
        if (q == 0 && s.IsDigits(k) && s.Span(k) is [>= '1' and <= '4'] digit && s.IsWord(k + 1) && s.Touches(k + 1)
            && s.Span(k + 1) is "st" or "nd" or "rd" or "th") (q, word) = (digit[0] - '0', k + 2);
        if (q == 0 || !s.Is(word, "quarter")) return null;
        int first = s.Is(k - 1, "the") ? k - 1 : k;
        if (s.Is(word + 1, "of") && QuarterOfSplitYear(s, word + 2, q) is var (split, splitLast) && split is not null)
            return new(WithPreposition(s, first), splitLast, split, TimeRole.Period, false);
        if (s.Is(word + 1, "of") && YearAt(s, word + 2) is > 0 and var y) return new(WithPreposition(s, first), word + 2, $"{Y(y)}-Q{q}", TimeRole.Period, false);
        // "in fourth quarter 2004", "the third quarter 2019": the year right after
        if (YearAt(s, word + 1) is > 0 and var after && !(s.IsWord(word + 2) && s.Touches(word + 2)))
            return new(WithPreposition(s, first), word + 1, $"{Y(after)}-Q{q}", TimeRole.Period, false);
        // "the fourth quarter of last year", "the first quarter last year"
        int relative = s.Is(word + 1, "of") ? word + 2 : word + 1;
        if ((s.Is(relative, "last") || s.Is(relative, "next")) && s.Is(relative + 1, "year") && anchor > 0)
            return new(WithPreposition(s, first), relative + 1, $"{Y(s.Is(relative, "last") ? anchor - 1 : anchor + 1)}-Q{q}", TimeRole.Period, false);
        // "the 2017 fourth quarter": the year named before the quarter
        if (s.Is(k - 2, "the") && YearAt(s, k - 1) is > 0 and var before)
            return new(WithPreposition(s, k - 2), word, $"{Y(before)}-Q{q}", TimeRole.Period, false);
        return anchor > 0 ? new(WithPreposition(s, first), word, $"{Y(anchor)}-Q{q}", TimeRole.Period, false) : null;
    }

    // "Q2 2023", "Q1 of 2024", "in Q3": a quarter by its code, of the named year, else of the article's; a quarter of a year
    // written split ("Q1 of 2018-19") is one of the April-to-March financial year (QuarterOfSplitYear).
    private static TimeExpression? QuarterCode(SentenceTokens s, int k, int anchor)
    {
        // the quarter's digit and "Q" touching it
        if (s.IsDigits(k) && s.Span(k) is [>= '1' and <= '4'] digit && s.Is(k + 1, "Q") && s.IsCapitalized(k + 1) && s.Touches(k + 1))
        {
            int quarter = digit[0] - '0';
            // "3Q17", "4Q2016": and the year, all touching ("3Q 2018": or the year spaced)
            if (s.IsDigits(k + 2) && (s.Touches(k + 2) || YearAt(s, k + 2) > 0) && !(s.IsWord(k + 3) && s.Touches(k + 3)))
            {
                int coded = s.Touches(k + 2) ? CodedYear(s.Span(k + 2)) : YearAt(s, k + 2);
                return coded > 0 ? new(WithPreposition(s, k), k + 2, $"{Y(coded)}-Q{quarter}", TimeRole.Period, false) : null;
            }
            // "3Q Revenues: $10.3 billion": alone, of the article's year
            if (!s.IsDigits(k + 2) && !(s.IsWord(k + 2) && s.Touches(k + 2)))
                return anchor > 0 ? new(WithPreposition(s, k), k + 1, $"{Y(anchor)}-Q{quarter}", TimeRole.Period, false) : null;
        }
        if (QuarterName(s, k) is not var (q, last)) return null;
        if (s.Is(last + 1, "of") && QuarterOfSplitYear(s, last + 2, q) is var (split, splitLast) && split is not null)
            return new(WithPreposition(s, k), splitLast, split, TimeRole.Period, false);
        // ("Q1/2002": a slash may join the quarter to its year)
        int at = s.Is(last + 1, "of") || s.IsPunct(last + 1, '/') && s.Touches(last + 1) && s.Touches(last + 2) ? last + 2 : last + 1;
        if (YearAt(s, at) is > 0 and var y)
            return s.IsPunct(at + 1, '-') && s.Touches(at + 1) ? null : new(WithPreposition(s, k), at, $"{Y(y)}-Q{q}", TimeRole.Period, false);
        return anchor > 0 && !s.IsDigits(last + 1) ? new(WithPreposition(s, k), last, $"{Y(anchor)}-Q{q}", TimeRole.Period, false) : null;
    }

    // "Q1 of 2018-19", "the first quarter of the financial year 2018-19": a quarter of a year written split, read as the
    // April-to-March financial year the other financial-year readings assume (Q1 is April to June: 2018-Q2); the calendar
    // quarter and the last token, or (null, 0)
    private static (string? Period, int Last) QuarterOfSplitYear(SentenceTokens s, int k, int quarter)
    {
        if (s.Is(k, "the")) k++;
        if (s.Is(k, "financial") && s.Is(k + 1, "year")) k += 2;
        else if (s.Is(k, "fiscal") && s.Is(k + 1, "year")) k += 2;
        if (YearAt(s, k) is not (> 0 and var start) || !s.IsPunct(k + 1, '-') || !s.Touches(k + 1) || !s.IsDigits(k + 2) || !s.Touches(k + 2)) return (null, 0);
        var end = s.Span(k + 2);
        if (!(IsShortNextYear(end, start) || end.Length == 4 && int.Parse(end, CultureInfo.InvariantCulture) == start + 1)) return (null, 0);
        return (quarter < 4 ? $"{Y(start)}-Q{quarter + 1}" : $"{Y(start + 1)}-Q1", k + 2);
    }

    // "H1 2024", "H2 of 2023", "1H2024": a half of a year by its code, with the year named with it
    private static TimeExpression? HalfCode(SentenceTokens s, int k)
    {
        if (!IsHalfWord(s, k)) return null;
        // "H1 2024": "H" touching its digit; "1H2024": the digit, "H" and the year all touching
        bool letterFirst = s.Is(k, "H");
        char half = letterFirst ? s.Span(k + 1)[0] : s.Span(k)[0];
        int at = letterFirst ? (s.Is(k + 2, "of") ? k + 3 : k + 2) : k + 2;
        // the year stuck to "H" is no year to YearAt, which refuses digits run on from a word ("1H 2021": a spaced one is)
        int year = letterFirst || !s.Touches(at) ? YearAt(s, at)
            : s.Span(at).Length == 4 && NonFigureRules.IsYearDigits(s.Span(at)) && !(s.IsWord(at + 1) && s.Touches(at + 1))
                ? int.Parse(s.Span(at), CultureInfo.InvariantCulture) : 0;
        return year is > 0 and var y && !(s.IsPunct(at + 1, '-') && s.Touches(at + 1))
            ? new(WithPreposition(s, k), at, $"{Y(y)}-H{half}", TimeRole.Period, false) : null;
    }

    private static bool IsHalfWord(SentenceTokens s, int k) =>
        s.Is(k, "H") && s.IsCapitalized(k) && s.IsDigits(k + 1) && s.Touches(k + 1) && s.Span(k + 1) is "1" or "2" && !(s.IsWord(k + 2) && s.Touches(k + 2))
        || s.IsDigits(k) && s.Span(k) is "1" or "2" && s.Is(k + 1, "H") && s.IsCapitalized(k + 1) && s.Touches(k + 1) && s.IsDigits(k + 2)
           && (s.Touches(k + 2) || YearAt(s, k + 2) > 0);

    /// <summary>"Q2" as one word or as "Q" touching its digit: the quarter and the last token; null for anything else.</summary>
    internal static (int Quarter, int Last)? QuarterName(SentenceTokens s, int k)
    {
        var w = s.Span(k);
        if (w.Length == 2 && w[0] == 'Q' && w[1] is >= '1' and <= '4') return (w[1] - '0', k);
        if (w is "Q" && s.IsDigits(k + 1) && s.Touches(k + 1) && s.Span(k + 1) is [>= '1' and <= '4'] digit && !(s.IsWord(k + 2) && s.Touches(k + 2)))
            return (digit[0] - '0', k + 1);
        return null;
    }

    // "the first six months of 2011", "in the opening nine months", "the first eight months of the year": the year's first
    // quarter, half or run of months
    private static TimeExpression? FirstMonths(SentenceTokens s, int k, int anchor)
    {
        if (!(s.Is(k - 1, "first") || s.Is(k - 1, "opening")) || !s.Is(k + 1, "months")) return null;
        double count = CountAt(s, k);
        if (count is not (>= 2 and <= 11) || count != Math.Floor(count) || OfWhichYear(s, k + 2, anchor) is not var (year, last)) return null;
        string period = count switch { 3 => $"{Y(year)}-Q1", 6 => $"{Y(year)}-H1", _ => $"{YM(year, 1)}/{YM(year, (int)count)}" };
        int first = s.Is(k - 2, "the") ? k - 2 : k - 1;
        return new(WithPreposition(s, first), last < 0 ? k + 1 : last, period, TimeRole.Period, false);
    }

    // "the first half of the year", "in the first half": the article year's half ("the first half of 2011" is read at its year)
    private static TimeExpression? HalfOfYear(SentenceTokens s, int k, int anchor)
    {
        if (!(s.Is(k, "first") || s.Is(k, "second")) || !s.Is(k + 1, "half") || YearAt(s, k + 3) > 0
            || OfWhichYear(s, k + 2, anchor) is not var (year, last)) return null;
        int first = s.Is(k - 1, "the") ? k - 1 : k;
        return new(WithPreposition(s, first), last < 0 ? k + 1 : last, $"{Y(year)}-H{(s.Is(k, "first") ? 1 : 2)}", TimeRole.Period, false);
    }

    // after "the first six months": "of 2011" (its year), "of the year", "of this year", "this year" or nothing (the
    // article's), or "last year", "of last year", "of next year", and the last token read (-1 for none); null for "of"
    // anything else ("of the season")
    private static (int Year, int Last)? OfWhichYear(SentenceTokens s, int at, int anchor)
    {
        // "in the first 10 months this year", "the first half last year": the year named without "of"
        if ((s.Is(at, "this") || s.Is(at, "last")) && s.Is(at + 1, "year")) return anchor > 0 ? (s.Is(at, "this") ? anchor : anchor - 1, at + 1) : null;
        if (!s.Is(at, "of")) return anchor > 0 ? (anchor, -1) : null;
        // "of 2010/11", "of 2018-19": a season or fiscal year, which the range reading keeps
        if (YearAt(s, at + 1) is > 0 and var named) return (s.IsPunct(at + 2, '/') || s.IsPunct(at + 2, '-')) && s.Touches(at + 2) ? null : (named, at + 1);
        // ("of last year", "of next year")
        if ((s.Is(at + 1, "last") || s.Is(at + 1, "next")) && s.Is(at + 2, "year") && anchor > 0) return (s.Is(at + 1, "last") ? anchor - 1 : anchor + 1, at + 2);
        return (s.Is(at + 1, "the") || s.Is(at + 1, "this")) && s.Is(at + 2, "year") && anchor > 0 ? (anchor, at + 2) : null;
    }

    // "By 03:07 GMT, spot gold rose 0.4%", "at 1045 GMT": a market report's hour on its zone's clock is the article's day,
    // so its month (and "1950 GMT" is no year)
    private static TimeExpression? ClockTime(SentenceTokens s, int k, DateOnly? date)
    {
        if (!s.IsDigits(k)) return null;
        int zone = s.IsPunct(k + 1, ':') && s.Touches(k + 1) && s.IsDigits(k + 2) && s.Touches(k + 2) && s.Span(k + 2).Length == 2 ? k + 3
            : s.Span(k).Length == 4 && !s.Touches(k) ? k + 1 : 0;
        if (zone == 0 || !IsTimeZone(s, zone)) return null;
        int first = s.Is(k - 1, "at") || s.Is(k - 1, "by") ? k - 1 : s.Is(k - 1, "of") && s.Is(k - 2, "as") ? k - 2 : k;
        return new(first, s.Is(zone, "local") ? zone + 1 : zone, date is { } d ? YM(d.Year, d.Month) : Unknown, TimeRole.Now, false);
    }

    private static bool IsTimeZone(SentenceTokens s, int k) =>
        s.IsWord(k) && s.Span(k) is "GMT" or "UTC" or "ET" or "EST" or "EDT" or "BST" or "CET" or "CEST" or "JST" or "HKT" or "SGT" or "AEST" or "AEDT" or "PT" or "PST" or "PDT"
        || s.Is(k, "local") && s.Is(k + 1, "time");

    // "India is now home to 2,967 wild tigers" in a text dated 2019-07-31: the month of the article's date
    private static TimeExpression? Now(SentenceTokens s, int k, DateOnly? date) =>
        date is { } d && (s.Has(k, WordClass.NowWord) || (s.Is(k, "at") && s.Is(k + 1, "present")))
            ? new(k, s.Is(k, "at") ? k + 1 : k, YM(d.Year, d.Month), TimeRole.Now, false)
            : null;

    private static int WithPreposition(SentenceTokens s, int first)
    {
        if (s.Is(first - 1, "of") && s.Is(first - 2, "as")) return first - 2;
        if (s.Is(first - 1, "of") && s.Is(first - 2, "end") && s.Is(first - 3, "the")) return first - 3;
        // "during the period of January to July": the phrase that names the period is the time's
        if (s.Is(first - 1, "of") && s.Is(first - 2, "period") && s.Is(first - 3, "the")) return s.Has(first - 4, WordClass.Preposition) ? first - 4 : first - 3;
        // "posted in the same period of 2023", "during the same quarter in 2022": the phrase that names the period is the
        // time's (after "compared to", "from" or "than" the year alone keeps the base's role, RoleBefore)
        if ((s.Is(first - 1, "of") || s.Is(first - 1, "in")) && IsSamePeriodNoun(s, first - 2) && IsSame(s, first - 3) && s.Is(first - 4, "the")
            && s.IsLower(first - 5) && s.Span(first - 5) is "in" or "during" or "for" or "over")
            return first - 5;
        // "in the year ended February 2019", "for the 12 months to June", "for the three months leading up to November": the span
        // that ends at the time is named with it
        // ("for the period ending in June", "the quarter ended on June 30": a preposition may stand between)
        int ends = s.Is(first - 1, "to") && s.Is(first - 2, "up") && s.Is(first - 3, "leading") ? first - 3
            : (s.Is(first - 1, "in") || s.Is(first - 1, "on")) && (s.Is(first - 2, "ended") || s.Is(first - 2, "ending")) ? first - 2 : first - 1;
        if ((s.Is(ends, "ended") || s.Is(ends, "ending") || s.Is(ends, "to") || s.Is(ends, "leading")) && SpanNamedBefore(s, ends - 1) is > 0 and var span)
            return s.Has(span - 1, WordClass.Preposition) ? span - 1 : span;
        return s.Has(first - 1, WordClass.Preposition) ? first - 1 : first;
    }

    /// <summary>"the year", "the quarter", "the financial year", "the 12 months" at k, before "ended", "ending" or "to" and a
    /// month: the token after the span's name (the time it ends at names it), else 0.</summary>
    public static int SpanEndingAt(SentenceTokens s, int k)
    {
        if (!s.Is(k, "the")) return 0; // every such span opens with it
        for (int end = k + 2; end <= k + 3; end++)
            if (SpanNamedBefore(s, end - 1) == k && (s.Is(end, "ended") || s.Is(end, "ending") || s.Is(end, "to") && Months.NumberOf(s, end + 1) > 0))
                return end;
        return 0;
    }

    // "the year", "the quarter", "the period", "the financial year" or "the 12 months" ending at k: where it starts, else 0
    private static int SpanNamedBefore(SentenceTokens s, int k) =>
        (s.Is(k, "year") || s.Is(k, "quarter") || s.Is(k, "half") || s.Is(k, "period") || s.Is(k, "season")) && s.Is(k - 1, "the") ? k - 1
        : s.Is(k, "year") && (s.Is(k - 1, "financial") || s.Is(k - 1, "fiscal")) && s.Is(k - 2, "the") ? k - 2
        : (s.Is(k, "months") || s.Is(k, "weeks")) && (s.IsDigits(k - 1) || s.Has(k - 1, WordClass.Cardinal)) && s.Is(k - 2, "the") ? k - 2 : 0;

    private static TimeRole RoleBefore(SentenceTokens s, int first)
    {
        if (s.Is(first, "from") && !IsTakingEffect(s, first) || s.Is(first, "than") || s.Is(first, "versus") || s.Is(first, "vs")) return TimeRole.Base;
        // "a 3.7 per cent increase over the same period last year": what a change is measured over
        if (s.Is(first, "over") && s.Is(first + 1, "the") && IsSame(s, first + 2)) return TimeRole.Base;
        // ("compared to the 2016-17 period": past the article before the time)
        int b = s.Is(first - 1, "the") && s.IsDigits(first) ? first - 2 : first - 1;
        if (s.Is(b, "from") && IsTakingEffect(s, b)) return TimeRole.Period;
        // "0.3%, or 300m litres, ahead of 2018 production levels", "12% behind last year": what a figure leads or trails
        // (right after it: "5% ahead of the 2024 election" times the change)
        int lead = s.Is(first, "of") ? first : first - 1;
        if (LeadsFigure(s, s.Is(lead, "of") && s.Is(lead - 1, "ahead") ? lead - 1 : s.Is(first - 1, "behind") ? first - 1 : -1)) return TimeRole.Base;
        if (s.Is(b, "from") || s.Is(b, "than") || s.Is(b, "versus") || s.Is(b, "over") && !s.Is(first, "the")) return TimeRole.Base;
        // "15.2 percent below its April 2007 peak", "20% above their 2019 level": the time of what a figure lies above or below
        if ((s.Is(first - 1, "its") || s.Is(first - 1, "their") || s.Is(first - 1, "the"))
            && s.IsLower(first - 2) && s.Span(first - 2) is "below" or "above" or "off" or "under") return TimeRole.Base;
        if ((s.Is(b, "to") || s.Is(b, "with")) && (s.Is(b - 1, "compared") || s.Is(b - 1, "relative") || s.Is(b - 1, "comparison"))) return TimeRole.Base;
        // "a fall of 4 per cent compared with 2016": the preposition opens the expression
        if ((s.Is(first, "to") || s.Is(first, "with")) && (s.Is(first - 1, "compared") || s.Is(first - 1, "relative") || s.Is(first - 1, "comparison")))
            return TimeRole.Base;
        // "finished marginally down on the previous year": what it is up or down on is the base
        // ("370,000 up on Q1 of 2024": the time may open with its "on")
        int on = s.Is(first, "on") ? first : b;
        if (s.Is(on, "on") && (s.Is(on - 1, "up") || s.Is(on - 1, "down"))) return TimeRole.Base;
        if ((s.Is(first, "in") || s.Is(first, "on")) && s.Has(first - 1, WordClass.ReleaseVerb)) return TimeRole.Release;
        if (InLikeness(s, first) || InComparedLevel(s, first) || OnAfterPercentChange(s, first) || InThanPhrase(s, first) || LastSeen(s, first))
            return TimeRole.Base;
        // "compared to the same period the previous year": the time of the compared period is the base's ("as compared to the
        // same point a year earlier", "up 2.3 percent from the same period in 2010" too)
        int of = s.Is(first, "in") || s.Is(first, "of") ? first : s.Is(b, "in") || s.Is(b, "of") ? b : -1;
        int same = of >= 0 ? of - 1 : b;
        if ((of >= 0 || !s.Has(first, WordClass.Preposition)) && IsSamePeriodNoun(s, same) && IsSame(s, same - 1) && s.Is(same - 2, "the")
            && ((s.Is(same - 3, "to") || s.Is(same - 3, "with")) && s.Is(same - 4, "compared") || s.Is(same - 3, "from") || s.Is(same - 3, "than")))
            return TimeRole.Base;
        // "compared to August of 2019": the year of a month takes the month's role
        if (s.Is(of, "of") && s.Has(of - 1, WordClass.Month)) return RoleBefore(s, of - 1);
        return TimeRole.Period;
    }

    // "ahead" or "behind" at k right after a figure's percent, or a few tokens after its digits past a restatement's comma
    // ("ahead of the 2024 election" after a verb compares no figure)
    private static bool LeadsFigure(SentenceTokens s, int k)
    {
        if (k < 0) return false;
        if (s.IsPunct(k - 1, '%') || s.Is(k - 1, "percent") || s.Is(k - 1, "cent")) return true;
        if (!s.IsPunct(k - 1, ',')) return false;
        for (int j = k - 2; j >= s.First && k - j <= 5; j--)
            if (s.IsDigits(j)) return true;
            else if (Clauses.IsVerbLike(s, j)) return false;
        return false;
    }

    // "with effect from tomorrow", "with effect from 1 July": the day a change takes effect is its time, not a base
    private static bool IsTakingEffect(SentenceTokens s, int from) =>
        s.Is(from + 1, "tomorrow") || s.Is(from - 1, "effect") && s.Is(from - 2, "with");

    // "the same period", "the corresponding month", "the comparable quarter"
    private static bool IsSame(SentenceTokens s, int k) => s.Is(k, "same") || s.Is(k, "corresponding") || s.Is(k, "comparable");

    private static bool IsSamePeriodNoun(SentenceTokens s, int k) =>
        s.Is(k, "period") || s.Is(k, "quarter") || s.Is(k, "month") || s.Is(k, "point") || s.Is(k, "time") || s.Is(k, "week");

    // "$44 billion less than the shortfall in 2014", "more than receipts in 2014": a time in the noun phrase after "than"
    // dates what is compared with (no figure between: "than 3% in 2014" leaves the time to that figure)
    private static bool InThanPhrase(SentenceTokens s, int first)
    {
        for (int k = first - 1; k > s.First && first - k <= MaxThanPhraseTokens; k--)
        {
            if (s.IsLower(k) && s.Span(k) is "than") return k < first - 1;
            // ("more than three weeks for an appointment in October", "more than half of the world's poor in 2015": a figure
            // after "than" owns the time)
            if (!s.IsWord(k) || Clauses.IsVerbLike(s, k) || s.Has(k, WordClass.ClauseWord | WordClass.Conjunction | WordClass.Cardinal) || s.Is(k, "half"))
                return false;
        }
        return false;
    }

    // ("£531 lower than at the height of the energy crisis at the start of 2023": a long phrase after "than" too)
    private const int MaxThanPhraseTokens = 12;

    // "up 9% on 2012", "a 3.5% rise on the period in 2012", "down 2 per cent on the same month in 2012": "on" right after a
    // percent change opens the base it is measured on ("Fares will rise on January 1" dates the rise)
    private static bool OnAfterPercentChange(SentenceTokens s, int first)
    {
        int on = first;
        while (on > s.First && first - on <= 4 && !s.Is(on, "on") && (s.Has(on, WordClass.Determiner | WordClass.TimeUnit) || s.Is(on, "in")
               || s.Is(on, "period") || s.Is(on, "same"))) on--;
        // "rise 5% on January 1", "on 1 April": a day is when the change happens ("down 3.2% on January 2019" is a base)
        if (!s.Is(on, "on") || s.Has(on + 1, WordClass.Month) && YearAt(s, on + 2) == 0 && !(s.IsPunct(on + 2, '-') && YearAt(s, on + 3) > 0)
            || s.IsDigits(on + 1) && s.Has(on + 2, WordClass.Month)) return false;
        int b = on - 1;
        if (s.Has(b, WordClass.ChangeUp | WordClass.ChangeDown) && s.IsLower(b)) b--;
        return s.IsPunct(b, '%') || s.Is(b, "cent") || s.Is(b, "percent") || s.Is(b, "pc");
    }

    // "a return to levels last seen in 1999", "the high last reached in May": when a level was seen before, not the figure's time
    private static bool LastSeen(SentenceTokens s, int first)
    {
        int k = s.Is(first, "in") ? first - 1 : s.Is(first - 1, "in") ? first - 2 : first - 1;
        return (s.Is(k, "seen") || s.Is(k, "recorded") || s.Is(k, "reached") || s.Is(k, "hit")) && s.Is(k - 1, "last");
    }

    // "3.9 percent above that of two years ago in June 2009", "2.8 percent below the level of June 2008": a time in the level
    // a figure is measured against dates that level, the base
    private static bool InComparedLevel(SentenceTokens s, int first)
    {
        for (int k = first; k > s.First + 1 && first - k <= 8 && !s.IsClauseBreak(k); k--)
        {
            if (!s.Is(k, "of") || !(s.Is(k - 1, "that") || s.Is(k - 1, "those") || s.Is(k - 1, "level") || s.Is(k - 1, "levels"))) continue;
            int before = s.Is(k - 2, "the") ? k - 3 : k - 2;
            return s.Is(before, "above") || s.Is(before, "below") || s.Is(before, "than") || s.Is(before, "from");
        }
        return false;
    }

    // "Similar to the financial crisis of 2008-09, the pandemic ...": a time in what something is likened to dates that
    private static bool InLikeness(SentenceTokens s, int first)
    {
        for (int k = first - 1; k >= s.First && !s.IsClauseBreak(k); k--)
            if (s.Is(k, "unlike") || (s.Is(k, "similar") || s.Is(k, "akin") || s.Is(k, "comparable")) && s.Is(k + 1, "to")) return true;
        return false;
    }

    // "the lowest since 1975", "since comparable records began in 1971": the year a record is measured from, not one
    // "a year earlier" counts back from
    private static bool IsRecordReference(SentenceTokens s, int year) =>
        s.Is(year - 1, "since") || s.Is(year - 1, "in") && (s.Is(year - 2, "began") || s.Is(year - 2, "begun") || s.Is(year - 2, "started"));

    private static int FirstExplicitYear(SentenceTokens s)
    {
        for (int k = s.First; k < s.End; k++)
            if (YearAt(s, k) is > 0 and var y && (s.Has(k - 1, WordClass.Preposition) || Months.NumberOf(s, k - 1) > 0) && !IsRecordReference(s, k)) return y;
        return 0;
    }
}
