namespace NewsFigures;

/// <summary>
/// Numbers that are not figures: years and dates, clock times, references ("page 1", "Section 230"),
/// names and codes with digits ("Kimi K2", "4G", "FengYun-2H", "Committee 260", "Formula One"),
/// ordinals ("21st"), relative time frames ("the past five years", "three days later"), spans that frame other figures
/// ("the nine-month period", "the first six months of the year", "the lowest in 20 years", "a 52-week high", "for the first time in three years", "its five-year average"), product
/// terms ("10-year bond"), the whole of "12 of 30 provinces", idioms ("a day or two"), a number a cut-off text ends on,
/// and event names ("100-meter final"). Names that carry numbers (indices, models, editions, telephone numbers) are in
/// NonFigureRules.Names.cs; bounds that pick out what another figure counts (ages, waits) in NonFigureRules.Bounds.cs.
/// </summary>
internal static partial class NonFigureRules
{
    public static bool IsNotAFigure(SentenceTokens s, NumberPhrase p)
    {
        int i = p.First, last = p.Last;
        if (s.IsDigits(i))
        {
            var digits = s.Span(i);
            if (digits.Length > 12) return true; // identifiers
            if (IsFootnotedYear(s, i) || IsFootnoteMark(s, i, last)) return true;
            if (IsCode(s, i, last) || IsClockOrDate(s, i) || IsYear(s, p) || IsDayOfMonth(s, p) || IsListMarker(s, p) || IsPhoneNumber(s, i)
                || IsIndexBase(s, p))
                return true;
        }
        if (IsReference(s, i) && p.Form is NumberForm.Digits or NumberForm.Words && !p.HasScale) return true;
        if (IsName(s, p) || IsEditionNumber(s, p) || IsAfterCamelCaseName(s, p) || IsModelNumber(s, p) || IsLevelName(s, p) || IsIndexName(s, p)
            || IsNamedCompound(s, p) || IsProductTerm(s, p) || IsFuelGrade(s, p) || IsPricedPerSize(s, p) || IsRateDenominator(s, p)) return true;
        if (IsAgeBound(s, p) || IsThresholdDuration(s, p) || IsPersonsAge(s, p) || IsClassBound(s, p)) return true;
        if (IsWholeOfPart(s, p) || IsOrTwoIdiom(s, p) || IsOfferCompound(s, p) || IsFamilySize(s, p) || IsBigGroupName(s, p) || IsVoteTally(s, p) || IsCutOff(s, p)) return true;
        if (IsStreetNumber(s, p) || IsEmergencyLine(s, p) || IsNumberedInstrument(s, p) || IsLowerFortyEight(s, p) || IsSizeClassOfMoney(s, p)) return true;
        // "twenty-foot equivalent units" name the container unit; "two-wheelers", "three-wheeler" a class of vehicles
        if (UnitReader.TwentyFootUnitsLast(s, i) > 0 || IsWheelerClass(s, p) || IsContainerSize(s, p)) return true;
        // "617,171 60-kg bags": the size of each thing the number before counts
        if (UnitReader.SizeOfCountedLast(s, i) > 0 && (s.IsDigits(i - 1) || s.Has(i - 1, WordClass.Scale)) && !s.Touches(i)) return true;
        // "7-Eleven", "Formula-One": a number word inside a hyphenated name
        if (p.Form == NumberForm.Words && s.IsPunct(i - 1, '-') && s.Touches(i) && s.Touches(i - 1)) return true;
        return IsRelativeFrame(s, p) || IsCalendarPart(s, p) || IsSpanFrame(s, p) || IsRecordFrame(s, p) || IsEventName(s, p)
            || IsTitledDuration(s, p);
    }

    // "since 2010[1][2].", "the police shortages[4].", "62.7% on average [2]": a note's number in square brackets
    private static bool IsFootnoteMark(SentenceTokens s, int i, int last) =>
        last == i && s.Span(i).Length <= 3 && s.IsPunct(i - 1, '[') && s.Touches(i) && s.InRange(i - 2)
        && s.IsPunct(i + 1, ']') && s.Touches(i + 1)
        // "The National Child Measurement Programme (NCMP)4 measures": a note's number run onto a closing bracket
        || last == i && s.Span(i).Length <= 2 && s.IsPunct(i - 1, ')') && s.Touches(i) && s.IsWord(i + 1) && s.IsLower(i + 1) && !s.Touches(i + 1);

    // "the billion-dollar club", "a multi-billion-dollar irrigation scheme": a scale word alone before a currency in a compound
    // names a class of size, no amount
    private static bool IsSizeClassOfMoney(SentenceTokens s, NumberPhrase p) =>
        p.First == p.Last && s.Has(p.First, WordClass.Scale) && !s.Has(p.First - 1, WordClass.Cardinal) && !s.IsDigits(p.First - 1)
        && !s.Is(p.First - 1, "a") && s.IsPunct(p.First + 1, '-') && s.Touches(p.First + 1) && s.IsWord(p.First + 2) && s.Touches(p.First + 2)
        && UnitReader.IsCurrencyWord(s.Span(p.First + 2));

    // page 1, Section 230, sections 4 and 5, pages 10-12
    private static bool IsReference(SentenceTokens s, int i)
    {
        // "wore the No 9 shirt": a capitalized "No" inside a sentence numbers a name (a house, a shirt), not a count; so does
        // one opening a sentence before a noun ("No 1 producer China saw production fall")
        if (s.Is(i - 1, "No") && s.IsCapitalized(i - 1) && (i - 1 > s.First || s.IsLower(i + 1)) && !s.Touches(i) && s.IsDigits(i)) return true;
        // ("P827.50" is a peso amount, not a page)
        if (s.Has(i - 1, WordClass.ReferenceWord) && !s.Has(i - 1, WordClass.Determiner) && !UnitReader.IsPesoSign(s, i - 1)) return true;
        if (s.IsPunct(i - 1, '.') && s.Touches(i - 1) && s.Has(i - 2, WordClass.ReferenceWord)) return true; // No. 1
        bool listed = s.Is(i - 1, "and") || s.Is(i - 1, "or") || s.Is(i - 1, "to") || s.IsPunct(i - 1, ',') || s.IsPunct(i - 1, '-');
        return listed && s.IsDigits(i - 2) && s.Has(i - 3, WordClass.ReferenceWord) && !s.Has(i - 3, WordClass.Determiner);
    }

    // "rose to 9.8 percent from8.9 percent": a preposition run into the number is a lost space, not a code's letters
    private static bool IsSpacingSlip(SentenceTokens s, int word) =>
        s.IsLower(word) && s.Span(word) is "from" or "to" or "of" or "at" or "by" or "than" or "with" or "and" or "about" or "around";

    // "interviewed 7756adults": a lower-case plural of four letters or more run onto the digits is a lost space too
    private static bool IsPluralRunOn(SentenceTokens s, int word) =>
        s.IsLower(word) && s.Span(word).Length >= 5 && Inflection.IsPlural(s.Span(word)) && !s.Touches(word + 1);

    // K12, R1, 4G, 2H, 5G/..., #3, 21st, an image file's "dollar-544956_1280"
    private static bool IsCode(SentenceTokens s, int i, int last)
    {
        // "USD10,000", "Rs943 million", "RM1.07 billion", "$US109" are amounts, not codes
        if (s.Touches(i) && (s.IsWord(i - 1) && !UnitReader.IsCurrencyPrefix(s.Span(i - 1)) && !IsSpacingSlip(s, i - 1)
                             && !UnitReader.IsCurrencyLetter(s, i - 1) && !UnitReader.IsDollarCountryAfterSign(s, i - 1)
            || s.IsPunct(i - 1, '#') || s.IsPunct(i - 1, '_') || s.IsPunct(i - 1, '/')
            || s.IsPunct(i - 1, '%') && s.IsDigits(i - 2) && s.Span(i).Length == 1 // "a rate of inflation of 5.2%1": a footnote's mark
            || s.IsPunct(i - 1, '.') && !(s.Touches(i - 1) && s.IsWord(i - 2) && UnitReader.AbbreviatedCurrency(s.Span(i - 2)) is not null) // "Rs.100 crore"
            || (s.IsPunct(i - 1, '-') && s.Touches(i - 1) && s.IsWord(i - 2)))) return true;
        if (last == i && s.Touches(i + 1) && s.IsWord(i + 1) && !UnitReader.IsMeasureUnit(s.Span(i + 1)) && UnitReader.RateAt(s, i + 1) is null
            && !IsPluralRunOn(s, i + 1) && UnitReader.TonneCodeFactor(s, i + 1) == 0 && UnitReader.OunceCodeFactor(s, i + 1) == 0 // "77.5Mt", "871koz"
            && UnitReader.SquareOrCubicPower(s, i + 1) == 0 // "157,000m2"
            && UnitReader.TemperatureAt(s, i + 1) is null
            && !UnitReader.IsPcSuffix(s, i + 1) && !UnitReader.IsPenceSuffix(s, i + 1) && !UnitReader.IsCentSuffix(s, i + 1)
            && !(s.Is(i + 1, "per") && s.Is(i + 2, "cent")) // "67per cent": a lost space
            && !(s.Is(i + 1, "x") && !s.IsDigits(i + 2))) return true;
        if (last == i && s.IsPunct(i + 1, '-') && s.Touches(i + 1) && s.IsCapitalized(i + 2) && s.Touches(i + 2)) return true; // 7-Eleven
        // "NBA 2K20": digits run on after a stuck letter, a title's code, not "2K" (2,000)
        if (last == i + 1 && s.Touches(i + 1) && s.IsWord(i + 1) && s.Touches(i + 2) && s.IsDigits(i + 2)) return true;
        return last == i && s.Touches(i + 1) && s.IsPunct(i + 1, '/') && s.IsDigits(i + 2);
    }

    // 10:54, 2025-11-25, 2003-2025, "between 5 pm and 6 pm", "At 1112 GMT"
    private static bool IsClockOrDate(SentenceTokens s, int i) =>
        IsClockTime(s, i)
        || (s.Touches(i + 1) && s.IsPunct(i + 1, ':') && s.IsDigits(i + 2))
        || (s.Touches(i) && s.IsPunct(i - 1, ':') && s.IsDigits(i - 2))
        || (s.Touches(i + 1) && IsYearDash(s, i + 1) && s.IsDigits(i + 2) && s.Touches(i + 2) && IsYearDigits(s.Span(i)))
        || (s.Touches(i) && IsYearDash(s, i - 1) && s.IsDigits(i - 2) && s.Touches(i - 1) && IsYearDigits(s.Span(i - 2)))
        || (s.Touches(i) && s.IsPunct(i - 1, '-') && s.IsDigits(i - 2) && s.Touches(i - 1) && s.Touches(i - 2) && s.IsPunct(i - 3, '-'))
        || IsDayOrMonthOfDate(s, i) || IsShortYear(s, i);

    // "22-2-2020": a day and a month joined by hyphens to the year after them (the year itself is the line above's)
    private static bool IsDayOrMonthOfDate(SentenceTokens s, int i)
    {
        static bool DayOrMonth(SentenceTokens s, int k) => s.IsDigits(k) && s.Span(k).Length <= 2;
        static bool Joined(SentenceTokens s, int dash) => s.IsPunct(dash, '-') && s.Touches(dash) && s.Touches(dash + 1);
        static bool YearAt(SentenceTokens s, int k) => s.IsDigits(k) && IsYearDigits(s.Span(k)) && !(s.IsWord(k + 1) && s.Touches(k + 1));
        if (!DayOrMonth(s, i)) return false;
        if (Joined(s, i + 1) && DayOrMonth(s, i + 2) && Joined(s, i + 3) && YearAt(s, i + 4)) return true; // the day
        return Joined(s, i - 1) && DayOrMonth(s, i - 2) && Joined(s, i + 1) && YearAt(s, i + 2); // the month
    }

    // "in comparison to '13-14", "29 January '18": two digits after an apostrophe that opens a word write a year short
    // (and the "14" of "'13-14" the year its season ends in)
    private static bool IsShortYear(SentenceTokens s, int i)
    {
        static bool Apostrophed(SentenceTokens s, int k) => s.IsDigits(k) && s.Span(k).Length == 2 && s.Touches(k)
            && (s.IsPunct(k - 1, '\'') || s.IsPunct(k - 1, '’')) && !s.Touches(k - 1);
        if (s.Span(i).Length != 2) return false;
        return Apostrophed(s, i) || s.Touches(i) && IsYearDash(s, i - 1) && s.Touches(i - 1) && Apostrophed(s, i - 2);
    }

    // "2019-20", "2019–20" (an en dash, as edited text writes a span of years)
    private static bool IsYearDash(SentenceTokens s, int k) => s.IsPunct(k, '-') || s.IsPunct(k, '–');

    // an hour before "pm" or "a.m." (with its minutes: "5.30 pm"), or a 24-hour time before its zone
    private static bool IsClockTime(SentenceTokens s, int i)
    {
        if (s.Touches(i + 1) || !s.IsWord(i + 1) || s.Touches(i) && s.IsPunct(i - 1, '.')) return false;
        var digits = s.Span(i);
        var next = s.Span(i + 1);
        if (next is "pm" or "am" or "p.m." or "a.m." or "PM" or "AM")
            return double.TryParse(digits, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var h) && h >= 1 && h < 13
                && !s.Has(i - 1, WordClass.Auxiliary);
        if (next is not ("GMT" or "BST" or "UTC" or "CET" or "EST" or "EDT" or "PST" or "ET")) return false;
        // ("Last modified on Mon 2 May 2022 05.09 BST": hours and minutes written with a point)
        if (digits is [_, _, '.', _, _]) return int.TryParse(digits[..2], out int hh) && hh < 24 && int.TryParse(digits[3..], out int mm) && mm < 60;
        return digits.Length is 3 or 4 && !digits.Contains(',') && int.TryParse(digits, out int hhmm) && hhmm % 100 < 60 && hhmm < 2400;
    }

    // "(20-foot containers)", "40-foot equivalent units": the size class of a shipping container names it, it counts nothing
    private static bool IsContainerSize(SentenceTokens s, NumberPhrase p)
    {
        if (p.First != p.Last || !s.IsDigits(p.First) || s.Span(p.First) is not ("20" or "40" or "45")) return false;
        int foot = s.IsPunct(p.Last + 1, '-') ? p.Last + 2 : p.Last + 1;
        return (s.Is(foot, "foot") || s.Is(foot, "ft")) && (s.Is(foot + 1, "containers") || s.Is(foot + 1, "container")
            || s.Is(foot + 1, "boxes") || s.Is(foot + 1, "box") || s.Is(foot + 1, "equivalent"));
    }

    // (1), (2) and a leading "3." or "3)" number the items of a list.
    private static bool IsListMarker(SentenceTokens s, NumberPhrase p)
    {
        if (p.HasScale || p.First != p.Last || s.Span(p.First).ContainsAny('.', ',')) return false;
        bool closed = s.IsPunct(p.Last + 1, ')') && s.Touches(p.Last + 1);
        // "(2) the second item": a small number in brackets before what it numbers; "cyclists killed (111)," is a count
        if (closed && s.IsPunct(p.First - 1, '(') && s.Touches(p.First)) return p.Value <= 20 && s.IsWord(p.Last + 2);
        return p.First == s.First && (closed || (s.IsPunct(p.Last + 1, '.') && s.Touches(p.Last + 1)) || RanksANameBeforeADash(s, p));
    }

    // "10 Carson Wentz – $59.1M", "9 Kirk Cousins – $60.5M": a countdown's place before the name its line lists
    private static bool RanksANameBeforeADash(SentenceTokens s, NumberPhrase p)
    {
        const int MaxNameWords = 4;
        if (p.Form != NumberForm.Digits || p.Value > 100) return false;
        int k = p.Last + 1;
        while (k < s.End && k - p.Last <= MaxNameWords && s.IsWord(k) && s.IsCapitalized(k)) k++;
        return k > p.Last + 1 && (s.IsPunct(k, '–') || s.IsPunct(k, '—') || s.IsPunct(k, '-') && !s.Touches(k));
    }

    /// <summary>"by March 2025,2 but": a year after its month with a footnote's mark after a comma, no decimal; "in early
    /// 20145 has made": a year after a word that places a time in it, its footnote's digit run into it.</summary>
    public static bool IsFootnotedYear(SentenceTokens s, int k) =>
        s.IsDigits(k) && s.Span(k) is { Length: 6 or 7 } d && d[4] == ',' && IsYearDigits(d[..4]) && s.Has(k - 1, WordClass.Month)
        || s.IsDigits(k) && s.Span(k) is { Length: 5 } run && IsYearDigits(run[..4]) && s.IsLower(k - 1)
            && s.Span(k - 1) is "early" or "late" or "mid" or "since";

    /// <summary>"fell to 112.3 (2000=100)": the year an index is set to 100 in, its base, no time of the figures.</summary>
    public static bool IsIndexBaseYear(SentenceTokens s, int k) =>
        s.IsDigits(k) && IsYearDigits(s.Span(k)) && s.IsPunct(k + 1, '=') && s.Span(k + 2) is "100";

    // the "100" of an index's base "(2000=100)"
    private static bool IsIndexBase(SentenceTokens s, NumberPhrase p) =>
        p.First == p.Last && s.Span(p.First) is "100" && s.IsPunct(p.First - 1, '=') && IsIndexBaseYear(s, p.First - 2);

    public static bool IsYearDigits(ReadOnlySpan<char> d) =>
        d.Length == 4 && d[0] is '1' or '2' && int.TryParse(d, out int y) && y >= 1800 && y <= 2199;

    private static bool IsYear(SentenceTokens s, NumberPhrase p)
    {
        if (p.HasScale || p.First != p.Last || !IsYearDigits(s.Span(p.First))) return false;
        int next = p.Last + 1;
        // "there were 2145 households": after a verb and before a plural noun, a count ("by 2030 beckons" stays a year)
        if (s.IsLower(next) && Inflection.IsPlural(s.Span(next)) && !s.Has(next, WordClass.Stopword | WordClass.Preposition)
            // (a capitalized "May" is the month: "May 2008 levels" is a year)
            && (s.Has(p.First - 1, WordClass.Auxiliary) && s.IsLower(p.First - 1) || Clauses.IsVerbLike(s, p.First - 1)
            // ("better-than-expected 2008 harvests", "better than expected": a participle ending an adjective is no verb)
                && !(s.IsPunct(p.First - 2, '-') && s.Touches(p.First - 1) || s.Is(p.First - 2, "than")))) return false;
        // ("Status Report 2024 points out that": "points" is the verb there, and 2024 the report's year)
        if (s.IsPunct(next, '%') || s.Is(next, "percent") || s.Is(next, "per")
            || (s.IsWord(next) && UnitReader.IsMeasureUnit(s.Span(next)) && !(s.Is(next, "points") && s.Is(next + 1, "out")))) return false;
        if (p.First - 1 >= s.First && s[p.First - 1].Kind == TokenKind.Symbol) return false;
        // "more than 2000": a count; "lower than 2022 (98.4%)", "higher than 2019 levels": another comparative compares with a year
        // ("78.106 million tonnes more than 2017", "1.3% more than 2013": after a figure's unit or percent the comparative compares
        // it with a year)
        bool afterUnit = s.IsWord(p.First - 3) && UnitReader.IsMeasureUnit(s.Span(p.First - 3))
            || s.IsPunct(p.First - 3, '%') || s.Is(p.First - 3, "percent") || s.Is(p.First - 3, "cent");
        bool countedThan = s.Is(p.First - 1, "than") && (s.Is(p.First - 2, "more") || s.Is(p.First - 2, "less") || s.Is(p.First - 2, "fewer"))
            && !(afterUnit && !(s.IsLower(next) && Inflection.IsPlural(s.Span(next))));
        return !(countedThan || s.Is(p.First - 1, "nearly") || s.Is(p.First - 1, "about") || s.Is(p.First - 1, "some")
            || s.Is(p.First - 1, "almost") || s.Is(p.First - 1, "approximately") || s.Is(p.First - 1, "roughly") || s.Is(p.First - 1, "exceeding"));
    }

    // March 28, 28 March, Aug. 24
    private static bool IsDayOfMonth(SentenceTokens s, NumberPhrase p)
    {
        // "on April 30,2020": a day and its year with no space after the comma, read as one number
        if (p.First == p.Last && s.Has(p.First - 1, WordClass.Month) && IsMonthWord(s, p.First - 1) && s.Span(p.First) is { Length: 6 or 7 } w
            && w[^5] == ',' && IsYearDigits(w[^4..]) && w[..^5].Length is 1 or 2) return true;
        if (p.HasScale || p.First != p.Last || p.Value is < 1 or > 31 || p.Value != Math.Floor(p.Value)) return false;
        return (s.Has(p.First - 1, WordClass.Month) && IsMonthWord(s, p.First - 1))
            // "Jan. 1", "Aug. 24": an abbreviated month with its period
            || (s.IsPunct(p.First - 1, '.') && s.Has(p.First - 2, WordClass.Month) && s.IsCapitalized(p.First - 2) && s.Touches(p.First - 1))
            || (s.Has(p.Last + 1, WordClass.Month) && IsMonthWord(s, p.Last + 1))
            // "the week of 14-20 May", "between 11 and 13 August": the first day of a range of days
            || IsFirstDayOfRange(s, p.Last + 1) || IsLastDayOfRange(s, p.First - 1);
    }

    // "April 10 to 16", "Jan. 8-14", "between May 1 and 28": the last day of a range after a month and its first day
    private static bool IsLastDayOfRange(SentenceTokens s, int j)
    {
        if (!IsDashBetween(s, j) && !s.Is(j, "to") && !s.Is(j, "and")) return false;
        int day = j - 1;
        int month = s.IsPunct(day - 1, '.') && s.Touches(day - 1) ? day - 2 : day - 1;
        bool monthBefore = s.Has(month, WordClass.Month) && (month == day - 1 ? IsMonthWord(s, month) : s.IsCapitalized(month));
        // "and" only after "between": "in May 1 and 28 others" is no range
        return IsDayDigits(s, day) && monthBefore && (!s.Is(j, "and") || s.Is(month - 1, "between"));
    }

    private static bool IsFirstDayOfRange(SentenceTokens s, int j)
    {
        if (!IsDashBetween(s, j) && !s.Is(j, "and") && !s.Is(j, "to")) return false;
        int day = j + 1;
        return IsDayDigits(s, day) && s.Has(day + 1, WordClass.Month) && IsMonthWord(s, day + 1);
    }

    // a hyphen or en dash touching the numbers on both sides ("14-20", "8–14")
    internal static bool IsDashBetween(SentenceTokens s, int j) =>
        (s.IsPunct(j, '-') || s.IsPunct(j, '–')) && s.Touches(j) && s.Touches(j + 1);

    // one or two digits naming a day of a month
    private static bool IsDayDigits(SentenceTokens s, int k) =>
        s.IsDigits(k) && s.Span(k).Length <= 2 && NumberReader.TryParseDigits(s.Span(k), out double d) && d is >= 1 and <= 31;

    private static bool IsMonthWord(SentenceTokens s, int i) => !s.Is(i, "may") || s.IsCapitalized(i);

    // Committee 260 on..., Section 230, Formula One: a capitalized name followed by a number that counts nothing.
    private static bool IsName(SentenceTokens s, NumberPhrase p)
    {
        int prev = p.First - 1;
        // "Kshs 108.31", "Rs 500": a currency's abbreviation before its amount (Kenya's "Sh" and Hungary's "Ft" only where the
        // unit reader takes them spaced: before millions or billions, decimals or thousands)
        if (prev < s.First || s.Touches(p.First) || !s.IsWord(prev) || UnitReader.IsCurrencyCode(s.Span(prev))
            || UnitReader.AbbreviatedCurrency(s.Span(prev)) is not null && (!UnitReader.NeedsMarkedAmount(s.Span(prev)) || UnitReader.IsMarkedAmount(s, p.First))) return false;
        if (!s.IsCapitalized(prev))
            // "iPhone 15 Pro", "the iPhone 6 and": a product name with a capital inside owns the small number after it
            return HasInnerCapital(s.Span(prev)) && p.Form == NumberForm.Digits && !p.HasScale && !CountsSomething(s, p.Last + 1)
                && (s.IsCapitalized(p.Last + 1) || p.Value < 100);
        if (s.Has(prev, WordClass.Month | WordClass.Preposition | WordClass.Determiner | WordClass.ClauseWord | WordClass.Conjunction
            | WordClass.Auxiliary | WordClass.RelativeFrame)) return false;
        // A sentence may open with an adverb ("Nearly 300", "Only 3 of"); "Windows 11 and" opens with a name.
        if (prev == s.First && (s.Span(prev).EndsWith("ly") || s.Is(prev, "only") || s.Is(prev, "just") || s.Is(prev, "almost"))) return false;
        if (p.Form == NumberForm.Words && s.IsCapitalized(p.First)) return true;
        if (p.HasScale || p.Form != NumberForm.Digits) return false;
        // "its Quality Index 386.65": a score with decimals after a measure's name is its value
        if (s.Span(prev) is "Index" or "Score" or "Rating" or "Ratio" && s.Span(p.First).Contains('.')) return false;
        // "PM 2.5 levels": the particles a pollutant's name sizes, whatever it counts after
        if (s.Is(prev, "PM") && p.Value is 1 or 2.5 or 10) return true;
        // "Abuja 13,181 (10.48%) and Delta 7,867": a number written with thousands separators counts; names' numbers have none
        if (s.Span(p.First).Contains(',') && p.Value >= 1000) return false;
        return !CountsSomething(s, p.Last + 1);
    }

    // a percent, a unit or a plural noun after the number: it counts something, so it names nothing
    private static bool CountsSomething(SentenceTokens s, int next) =>
        s.IsPunct(next, '%') || (s.IsWord(next) && (UnitReader.IsMeasureUnit(s.Span(next)) || s.Is(next, "percent")))
        || (s.IsLower(next) && !s.Has(next, WordClass.Stopword) && NextPluralWithin(s, next, 4));


    private static bool NextPluralWithin(SentenceTokens s, int from, int words)
    {
        for (int k = from; k < from + words && s.IsWord(k); k++)
        {
            if (s.Has(k, WordClass.Preposition | WordClass.Auxiliary | WordClass.Determiner)) return false;
            if (Inflection.IsPlural(s.Span(k))) return true;
        }
        return false;
    }

    /// <summary>"iPhone", "AccuWeather", "TEUs": a capital after a word's first letter.</summary>
    internal static bool HasInnerCapital(ReadOnlySpan<char> word)
    {
        for (int k = 1; k < word.Length; k++) if (char.IsUpper(word[k])) return true;
        return false;
    }

    // the past five years, the next five years, three days later
    private static bool IsRelativeFrame(SentenceTokens s, NumberPhrase p)
    {
        int unit = TimeUnitAfter(s, p);
        // "over the past five to eight years", "in the next five to seven years": both ends of a relative range
        if (unit < 0 && s.Is(p.Last + 1, "to") && IsCountToken(s, p.Last + 2) && s.Has(p.Last + 3, WordClass.TimeUnit))
            return s.Has(p.First - 1, WordClass.RelativeFrame);
        if (s.Is(p.First - 1, "to") && IsCountToken(s, p.First - 2) && s.Has(p.First - 3, WordClass.RelativeFrame) && unit >= 0) return true;
        if (unit < 0) return false;
        if (s.Has(unit + 1, WordClass.FrameAfter)) return true;
        return s.Has(p.First - 1, WordClass.RelativeFrame) || (s.Has(p.First - 2, WordClass.RelativeFrame) && s.Has(p.First - 1, WordClass.Determiner));
    }

    // "eight" or "8": a count of its own
    private static bool IsCountToken(SentenceTokens s, int k) => s.IsDigits(k) || s.Has(k, WordClass.Cardinal);

    // the first six months of the year, the last two weeks: a part of the calendar, not a duration stated.
    private static bool IsCalendarPart(SentenceTokens s, NumberPhrase p) =>
        TimeUnitAfter(s, p) >= 0 && (s.Has(p.First - 1, WordClass.Ordinal) || s.Is(p.First - 1, "final") || s.Is(p.First - 1, "opening"));

    // the nine-month period, a 12-week window, "rainfall for the nine months was": a span that frames other figures. A span
    // counted from an event ("in the 60 years since the museum opened") is a duration stated, and so is "the three years of the lease".
    private static bool IsSpanFrame(SentenceTokens s, NumberPhrase p)
    {
        int unit = TimeUnitAfter(s, p);
        if (unit < 0 || p.HasScale) return false;
        if (s.Is(unit + 1, "period") || s.Is(unit + 1, "window") || s.Is(unit + 1, "stretch") || s.Is(unit + 1, "span")) return true;
        bool compound = unit == p.Last + 2;
        // "the 12-month moving sum", "a three-month rolling average": the span an average or a sum is taken over
        if (compound && (s.Is(unit + 1, "moving") || s.Is(unit + 1, "rolling"))) return true;
        return !compound && s.Is(p.First - 1, "the") && !s.Is(unit + 1, "since") && !s.Is(unit + 1, "of") && !s.Is(unit + 1, "after")
            && !(s.Is(unit + 1, "that") && !s.Is(unit + 2, "ended")) && !s.Is(unit + 1, "it"); // "the three months that ended Dec. 2" frames
    }

    // "the lowest rainfall in 20 years", "its wettest spring in more than 40 years", "a 52-week high", "for the first time in
    // three years": the time since a record was last matched measures the record, and is no figure of its own; nor is the
    // span of a benchmark ("the five-year average of $2,864").
    private static bool IsRecordFrame(SentenceTokens s, NumberPhrase p)
    {
        int unit = TimeUnitAfter(s, p);
        // "the first week in seven that occupancy has declined": the span's unit stands before "in"
        if (unit < 0 && !p.HasScale && s.Is(p.First - 1, "in") && s.Has(p.First - 2, WordClass.TimeUnit) && s.IsWord(p.First - 3) && IsSuperlative(s.Span(p.First - 3)))
            return true;
        if (unit < 0) return false;
        // "a 20-month nearest-futures low": a hyphened word may stand between the span and its record
        int record = s.IsPunct(unit + 2, '-') && s.Touches(unit + 2) && s.Touches(unit + 3) && s.IsWord(unit + 3) ? unit + 4 : unit + 1;
        if (unit == p.Last + 2 && (s.Is(record, "high") || s.Is(record, "low") || s.Is(record, "peak") || s.Is(record, "record")
            || s.Is(record, "highs") || s.Is(record, "lows") || s.Is(record, "average"))) return true;
        // "Ten year average forward price/book ratio": the compound unhyphenated, its unit singular
        if (unit == p.Last + 1 && s.Is(record, "average") && !Inflection.IsPlural(s.Span(unit))) return true;
        int first = QualifierReader.Read(s, p.First)?.First ?? p.First;
        // "its biggest loss in its 30-year history"
        if (unit == p.Last + 2 && s.Is(unit + 1, "history") && (s.Has(first - 1, WordClass.Determiner) || s.IsWord(first - 1) && s.Span(first - 1).EndsWith("'s")))
            first--;
        // "the highest close for 14 months", like "in 14 months"
        if (!s.Is(first - 1, "in") && !s.Is(first - 1, "for")) return false;
        // "the fastest-growing firm doubled sales in two years": a verb between says how long something took
        for (int k = first - 2; k >= s.First && k >= first - 8 && !s.IsClauseBreak(k)
             && !(Clauses.IsVerbLike(s, k) && !s.Has(k, WordClass.ChangeUp | WordClass.ChangeDown)); k--)
            if (s.IsWord(k) && IsSuperlative(s.Span(k))) return true;
        return false;
    }

    private static bool IsSuperlative(ReadOnlySpan<char> w)
    {
        if (w.Equals("best", StringComparison.OrdinalIgnoreCase) || w.Equals("worst", StringComparison.OrdinalIgnoreCase)
            || w.Equals("most", StringComparison.OrdinalIgnoreCase) || w.Equals("least", StringComparison.OrdinalIgnoreCase)
            || w.Equals("record", StringComparison.OrdinalIgnoreCase) || w.Equals("first", StringComparison.OrdinalIgnoreCase)) return true;
        if (w.Length < 6 || !w.EndsWith("est", StringComparison.OrdinalIgnoreCase)) return false;
        foreach (var not in NotSuperlative) if (w.Equals(not, StringComparison.OrdinalIgnoreCase)) return false;
        return true;
    }

    private static readonly string[] NotSuperlative =
        ["interest", "forest", "request", "protest", "harvest", "suggest", "invest", "digest", "contest", "arrest", "honest", "modest",
         "earnest", "conquest", "inquest", "manifest", "midwest", "bequest"];

    // The time-unit word after a number ("six months", "nine-month"), or -1.
    private static int TimeUnitAfter(SentenceTokens s, NumberPhrase p)
    {
        int unit = p.Last + 1;
        if (s.IsPunct(unit, '-') && s.Touches(unit)) unit++;
        return s.Has(unit, WordClass.TimeUnit) ? unit : -1;
    }

    // the Second Ten-Year Programme: a capitalized number word inside a capitalized hyphenated name.
    private static bool IsWheelerClass(SentenceTokens s, NumberPhrase p) =>
        p.Form == NumberForm.Words && p.First == p.Last && s.IsPunct(p.Last + 1, '-') && s.Touches(p.Last + 1) && s.Touches(p.Last + 2)
        && (s.Is(p.Last + 2, "wheeler") || s.Is(p.Last + 2, "wheelers"));

    private static bool IsNamedCompound(SentenceTokens s, NumberPhrase p) =>
        p.Form == NumberForm.Words && p.First > s.First && s.IsCapitalized(p.First) && s.IsPunct(p.Last + 1, '-') && s.Touches(p.Last + 1)
        && s.IsCapitalized(p.Last + 2) && s.Touches(p.Last + 2);

    // the 10-year bond yield, a five-year fixed loan, three-month copper, the 91-day bill: the term names the product.
    // ("two- and five-year fixed rates", "two- and 10-year notes": the first of a pair of terms names its product too)
    private static bool IsProductTerm(SentenceTokens s, NumberPhrase p) =>
        IsProductTermAfter(s, p.Last)
        || s.IsPunct(p.Last + 1, '-') && s.Touches(p.Last + 1) && (s.Is(p.Last + 2, "and") || s.Is(p.Last + 2, "or"))
           && (s.IsDigits(p.Last + 3) || s.Has(p.Last + 3, WordClass.Cardinal)) && IsProductTermAfter(s, p.Last + 3);

    private static bool IsProductTermAfter(SentenceTokens s, int last)
    {
        if (!s.IsPunct(last + 1, '-') || !s.Touches(last + 1) || !(s.Is(last + 2, "year") || s.Is(last + 2, "month") || s.Is(last + 2, "day")))
            return false;
        int k = last + 3;
        if (s.Is(k, "fixed") || s.Is(k, "Treasury") || s.Is(k, "government")) k++;
        return s.Is(k, "mortgage") || s.Is(k, "mortgages") || s.Is(k, "bond") || s.Is(k, "bonds") || s.Is(k, "loan") || s.Is(k, "loans")
            || s.Is(k, "note") || s.Is(k, "notes") || s.Is(k, "yield") || s.Is(k, "yields") || s.Is(k, "gilt") || s.Is(k, "gilts")
            || s.Is(k, "bill") || s.Is(k, "bills") || s.Is(k, "Treasury") || s.Is(k, "Treasuries") || s.Is(k, "rate") || s.Is(k, "rates")
            // "three-month copper on the London Metal Exchange": the exchange's benchmark contract
            || s.Is(k, "copper") || s.Is(k, "aluminium") || s.Is(k, "aluminum") || s.Is(k, "zinc") || s.Is(k, "nickel") || s.Is(k, "tin");
    }

    // "93 unleaded and 95 grade petrol now costs R20.07", "95 octane", "RON 95": a petrol's octane rating names the fuel
    private static bool IsFuelGrade(SentenceTokens s, NumberPhrase p) =>
        p.Form == NumberForm.Digits && p.First == p.Last && !p.HasScale && p.Value is >= 80 and <= 105
        && (s.Is(p.Last + 1, "unleaded") || s.Is(p.Last + 1, "octane") || s.Is(p.Last + 1, "RON") || s.Is(p.First - 1, "RON")
            || s.Is(p.Last + 1, "grade") && (s.Is(p.Last + 2, "petrol") || s.Is(p.Last + 2, "fuel") || s.Is(p.Last + 2, "gasoline")));

    // "$9,544 per 40-foot container", "£3 per 500-gram pack", "GHC228 for a 30kg bag": the size after "per" or "for a" names
    // the unit a price is quoted in; so does "a dozen" or "per dozen" after an amount ("$8.85 a dozen")
    private static bool IsPricedPerSize(SentenceTokens s, NumberPhrase p)
    {
        if (p.First == p.Last && s.Is(p.First, "dozen") && (s.Is(p.First - 1, "a") || s.Is(p.First - 1, "per")) && s.IsDigits(p.First - 2)) return true;
        // ("If your price per dozen has remained $5", "the average for a dozen eggs reached $3.60", "paid $5.62 for a dozen eggs":
        // the dozen a price is quoted for, after "per", or after "for" or "of" in a sentence that names a price)
        int article = s.Is(p.Last - 1, "a") ? p.Last - 1 : -1;
        if (s.Is(p.Last, "dozen") && (p.First == p.Last && s.Is(p.First - 1, "per")
            || article > s.First && (s.Is(article - 1, "for") || s.Is(article - 1, "of")) && NamesAPrice(s))) return true;
        if (p.HasScale) return false;
        bool hyphenated = s.IsPunct(p.Last + 1, '-') && s.Touches(p.Last + 1) && s.IsWord(p.Last + 2) && s.Touches(p.Last + 2) && s.IsWord(p.Last + 3);
        if (s.Is(p.First - 1, "per")) return hyphenated;
        // "for a 30kg bag", "for a 40-foot container"; not "for a 67-percent rise"
        int measure = hyphenated ? p.Last + 2 : p.Last + 1;
        return s.Is(p.First - 1, "a") && s.Is(p.First - 2, "for") && s.IsWord(measure) && s.Touches(measure)
            && UnitReader.IsMeasureUnit(s.Span(measure)) && s.IsLower(measure + 1);
    }

    // a price in "$", "£" or "€" anywhere in the sentence
    private static bool NamesAPrice(SentenceTokens s)
    {
        for (int k = s.First; k < s.End; k++)
            if (s.IsPunct(k, '$') || s.IsPunct(k, '£') || s.IsPunct(k, '€')) return true;
        return false;
    }

    // "12 deaths per 100,000 people", "58.5 cents per $100 valuation", "£78 in wages for every £100 of income": the denominator
    // of a rate, a round 10, 100, 1,000 ... and the noun after it, belongs to the rate's metric
    internal static bool IsRateDenominator(SentenceTokens s, NumberPhrase p) =>
        (IsPer(s, p.First - 1) || s.InRange(p.First - 1) && s[p.First - 1].Kind == TokenKind.Symbol && IsPer(s, p.First - 2))
        && !p.HasScale && p.Value >= 10 && IsPowerOfTen(p.Value)
        // ("per 100,000 U.S. residents", "(350 per 100,000)": a name or a bracket after it too, but no percent)
        && !s.IsDigits(p.Last + 1) && !s.IsPunct(p.Last + 1, '%') && !s.Is(p.Last + 1, "percent") && !s.Is(p.Last + 1, "per");

    // "per", "for every"
    private static bool IsPer(SentenceTokens s, int k) => s.Is(k, "per") || s.Is(k, "every") && s.Is(k - 1, "for");

    private static bool IsPowerOfTen(double v)
    {
        while (v >= 10 && v % 10 == 0) v /= 10;
        return v == 1;
    }

    // "in 12 of 30 provinces": the whole a part is taken from belongs to what the part counts.
    private static bool IsWholeOfPart(SentenceTokens s, NumberPhrase p) =>
        s.Is(p.First - 1, "of") && (s.IsDigits(p.First - 2) || s.Has(p.First - 2, WordClass.Cardinal)) && !p.HasScale
        && !s.IsPunct(p.Last + 1, '%') && !s.Is(p.Last + 1, "percent");

    // "the number of 911 calls", "999 calls": an emergency line's number names the line
    private static bool IsEmergencyLine(SentenceTokens s, NumberPhrase p) =>
        p.Form == NumberForm.Digits && p.First == p.Last && s.Span(p.First) is "911" or "999" or "112" or "000"
        && s.IsWord(p.Last + 1) && s.Span(p.Last + 1).ToString().ToLowerInvariant() is "call" or "calls" or "caller" or "callers" or "operator"
            or "operators" or "dispatch" or "dispatchers" or "line" or "service" or "services" or "emergency";

    // "in a 5-0 vote", "approved the budget 10-1": the two sides of a vote's tally, no figures
    private static bool IsVoteTally(SentenceTokens s, NumberPhrase p)
    {
        if (p.Form != NumberForm.Digits || p.HasScale || p.First != p.Last || s.Span(p.First).Length > 2) return false;
        int first = IsDashBetween(s, p.First - 1) && s.IsDigits(p.First - 2) ? p.First - 2 : p.First;
        int second = first + 2;
        if (!IsDashBetween(s, first + 1) || !s.IsDigits(second) || s.Span(second).Length > 2) return false;
        if (s.Is(second + 1, "vote") || s.Is(second + 1, "votes")) return true;
        for (int k = first - 1; k >= s.First && first - k <= 3; k--)
            if (s.IsLower(k) && s.Span(k) is "approved" or "passed" or "voted" or "rejected" or "adopted") return true;
        return false;
    }

    // "The big four have grown", "the Big Three carmakers": a group named by its size, no count
    private static bool IsBigGroupName(SentenceTokens s, NumberPhrase p) =>
        p.Form == NumberForm.Words && p.First == p.Last && (s.Is(p.First, "three") || s.Is(p.First, "four") || s.Is(p.First, "five") || s.Is(p.First, "six"))
        && s.Is(p.First - 1, "big") && s.Is(p.First - 2, "the");

    // "a single mother of four", "a father of two": the size of a person's family describes the person, no figure
    private static bool IsFamilySize(SentenceTokens s, NumberPhrase p) =>
        p.Form == NumberForm.Words && p.First == p.Last && p.Value is >= 1 and <= 12 && s.Is(p.First - 1, "of") && s.IsLower(p.First - 2)
        && s.Span(p.First - 2) is "mother" or "father" or "parent" or "mum" or "mom" or "dad" or "grandmother" or "grandfather" or "grandparent"
        && (!s.IsWord(p.Last + 1) || s.Has(p.Last + 1, WordClass.Preposition | WordClass.Conjunction | WordClass.ClauseWord));

    // "2-for-1 offers", "buy-2-for-1": a number joined by hyphens and "for" to another names an offer
    private static bool IsOfferCompound(SentenceTokens s, NumberPhrase p) =>
        p.Form == NumberForm.Digits && p.First == p.Last && !p.HasScale && s.IsPunct(p.Last + 1, '-') && s.Touches(p.Last + 1)
        && s.Is(p.Last + 2, "for") && s.Touches(p.Last + 2) && s.IsPunct(p.Last + 3, '-') && s.Touches(p.Last + 3)
        && s.IsDigits(p.Last + 4) && s.Touches(p.Last + 4);

    // "a review or two", "a day or two": a vague amount.
    private static bool IsOrTwoIdiom(SentenceTokens s, NumberPhrase p) =>
        p.Form == NumberForm.Words && p.First == p.Last && (s.Is(p.First, "two") || s.Is(p.First, "three")) && s.Is(p.First - 1, "or")
        && s.IsWord(p.First - 2) && (s.Is(p.First - 3, "a") || s.Is(p.First - 3, "an"));

    // "... with occupancy at more than 9": a text that stops on a number, with no full stop, was cut off mid-figure.
    private static bool IsCutOff(SentenceTokens s, NumberPhrase p)
    {
        // a short line such as "Attendance 39,000" at the foot of a table is complete
        if (p.Last != s.End - 1 || p.HasScale || p.First - s.First < 8) return false;
        for (int c = s[p.Last].End; c < s.Text.Length; c++) if (!char.IsWhiteSpace(s.Text[c])) return false;
        return true;
    }

    // 100-meter final
    // "Today's News in 90 Seconds", "Europe in 10 Days": a capitalized time unit inside a line is part of a title, not a span.
    private static bool IsTitledDuration(SentenceTokens s, NumberPhrase p) =>
        p.Form == NumberForm.Digits && !p.HasScale && p.First > s.First && s.IsCapitalized(p.Last + 1)
        && (s.Has(p.Last + 1, WordClass.TimeUnit) || s.Is(p.Last + 1, "seconds")) && !s.Has(p.Last + 1, WordClass.Month);

    private static bool IsEventName(SentenceTokens s, NumberPhrase p) =>
        s.IsPunct(p.Last + 1, '-') && s.Touches(p.Last + 1) && s.IsWord(p.Last + 2) && s.Touches(p.Last + 2)
        && UnitReader.IsMeasureUnit(s.Span(p.Last + 2)) && s.Has(p.Last + 3, WordClass.EventNoun);
}
