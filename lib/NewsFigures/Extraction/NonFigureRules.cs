namespace NewsFigures;

/// <summary>
/// Numbers that are not figures: years and dates, clock times, references ("page 1", "Section 230"),
/// names and codes with digits ("Kimi K2", "4G", "FengYun-2H", "Committee 260", "Formula One"),
/// ordinals ("21st"), relative time frames ("the past five years", "three days later") and event names
/// ("100-meter final").
/// </summary>
internal static class NonFigureRules
{
    public static bool IsNotAFigure(SentenceTokens s, NumberPhrase p)
    {
        int i = p.First, last = p.Last;
        if (s.IsDigits(i))
        {
            var digits = s.Span(i);
            if (digits.Length > 12) return true; // identifiers
            if (IsCode(s, i, last) || IsClockOrDate(s, i) || IsYear(s, p) || IsDayOfMonth(s, p) || IsListMarker(s, p)) return true;
        }
        if (IsReference(s, i) && p.Form is NumberForm.Digits or NumberForm.Words && !p.HasScale) return true;
        if (IsName(s, p)) return true;
        // "7-Eleven", "Formula-One": a number word inside a hyphenated name
        if (p.Form == NumberForm.Words && s.IsPunct(i - 1, '-') && s.Touches(i) && s.Touches(i - 1)) return true;
        return IsRelativeFrame(s, p) || IsEventName(s, p);
    }

    // page 1, Section 230, sections 4 and 5, pages 10-12
    private static bool IsReference(SentenceTokens s, int i)
    {
        if (s.Has(i - 1, WordClass.ReferenceWord) && !s.Has(i - 1, WordClass.Determiner)) return true;
        if (s.IsPunct(i - 1, '.') && s.Touches(i - 1) && s.Has(i - 2, WordClass.ReferenceWord)) return true; // No. 1
        bool listed = s.Is(i - 1, "and") || s.Is(i - 1, "or") || s.Is(i - 1, "to") || s.IsPunct(i - 1, ',') || s.IsPunct(i - 1, '-');
        return listed && s.IsDigits(i - 2) && s.Has(i - 3, WordClass.ReferenceWord) && !s.Has(i - 3, WordClass.Determiner);
    }

    // K12, R1, 4G, 2H, 5G/..., #3, 21st
    private static bool IsCode(SentenceTokens s, int i, int last)
    {
        if (s.Touches(i) && (s.IsWord(i - 1) || s.IsPunct(i - 1, '#') || s.IsPunct(i - 1, '/') || s.IsPunct(i - 1, '.')
            || (s.IsPunct(i - 1, '-') && s.Touches(i - 1) && s.IsWord(i - 2)))) return true;
        if (last == i && s.Touches(i + 1) && s.IsWord(i + 1) && !UnitReader.IsMeasureUnit(s.Span(i + 1))) return true;
        if (last == i && s.IsPunct(i + 1, '-') && s.Touches(i + 1) && s.IsCapitalized(i + 2) && s.Touches(i + 2)) return true; // 7-Eleven
        return last == i && s.Touches(i + 1) && s.IsPunct(i + 1, '/') && s.IsDigits(i + 2);
    }

    // 10:54, 2025-11-25, 2003-2025
    private static bool IsClockOrDate(SentenceTokens s, int i) =>
        (s.Touches(i + 1) && s.IsPunct(i + 1, ':') && s.IsDigits(i + 2))
        || (s.Touches(i) && s.IsPunct(i - 1, ':') && s.IsDigits(i - 2))
        || (s.Touches(i + 1) && s.IsPunct(i + 1, '-') && s.IsDigits(i + 2) && s.Touches(i + 2) && IsYearDigits(s.Span(i)))
        || (s.Touches(i) && s.IsPunct(i - 1, '-') && s.IsDigits(i - 2) && s.Touches(i - 1) && IsYearDigits(s.Span(i - 2)))
        || (s.Touches(i) && s.IsPunct(i - 1, '-') && s.IsDigits(i - 2) && s.Touches(i - 1) && s.Touches(i - 2) && s.IsPunct(i - 3, '-'));

    // (1), (2) and a leading "3." or "3)" number the items of a list.
    private static bool IsListMarker(SentenceTokens s, NumberPhrase p)
    {
        if (p.HasScale || p.First != p.Last || s.Span(p.First).ContainsAny('.', ',')) return false;
        bool closed = s.IsPunct(p.Last + 1, ')') && s.Touches(p.Last + 1);
        if (closed && s.IsPunct(p.First - 1, '(') && s.Touches(p.First)) return true;
        return p.First == s.First && (closed || (s.IsPunct(p.Last + 1, '.') && s.Touches(p.Last + 1)));
    }

    public static bool IsYearDigits(ReadOnlySpan<char> d) =>
        d.Length == 4 && d[0] is '1' or '2' && int.TryParse(d, out int y) && y >= 1800 && y <= 2199;

    private static bool IsYear(SentenceTokens s, NumberPhrase p)
    {
        if (p.HasScale || p.First != p.Last || !IsYearDigits(s.Span(p.First))) return false;
        int next = p.Last + 1;
        if (s.IsPunct(next, '%') || s.Is(next, "percent") || s.Is(next, "per") || (s.IsWord(next) && UnitReader.IsMeasureUnit(s.Span(next)))) return false;
        if (p.First - 1 >= s.First && s[p.First - 1].Kind == TokenKind.Symbol) return false;
        return !(s.Is(p.First - 1, "than") || s.Is(p.First - 1, "nearly") || s.Is(p.First - 1, "about") || s.Is(p.First - 1, "some")
            || s.Is(p.First - 1, "almost") || s.Is(p.First - 1, "approximately") || s.Is(p.First - 1, "roughly") || s.Is(p.First - 1, "exceeding"));
    }

    // March 28, 28 March
    private static bool IsDayOfMonth(SentenceTokens s, NumberPhrase p)
    {
        if (p.HasScale || p.First != p.Last || p.Value is < 1 or > 31 || p.Value != Math.Floor(p.Value)) return false;
        return (s.Has(p.First - 1, WordClass.Month) && IsMonthWord(s, p.First - 1))
            || (s.Has(p.Last + 1, WordClass.Month) && IsMonthWord(s, p.Last + 1));
    }

    private static bool IsMonthWord(SentenceTokens s, int i) => !s.Is(i, "may") || s.IsCapitalized(i);

    // Committee 260 on..., Section 230, Formula One: a capitalized name followed by a number that counts nothing.
    private static bool IsName(SentenceTokens s, NumberPhrase p)
    {
        int prev = p.First - 1;
        if (prev < s.First || s.Touches(p.First) || !s.IsWord(prev)) return false;
        if (!s.IsCapitalized(prev))
            return HasInnerCapital(s.Span(prev)) && p.Form == NumberForm.Digits && !p.HasScale && s.IsCapitalized(p.Last + 1); // iPhone 15 Pro
        if (s.Has(prev, WordClass.Month | WordClass.Preposition | WordClass.Determiner | WordClass.ClauseWord | WordClass.Conjunction
            | WordClass.Auxiliary | WordClass.RelativeFrame)) return false;
        // A sentence may open with an adverb ("Nearly 300", "Only 3 of"); "Windows 11 and" opens with a name.
        if (prev == s.First && (s.Span(prev).EndsWith("ly") || s.Is(prev, "only") || s.Is(prev, "just") || s.Is(prev, "almost"))) return false;
        if (p.Form == NumberForm.Words && s.IsCapitalized(p.First)) return true;
        if (p.HasScale || p.Form != NumberForm.Digits) return false;
        int next = p.Last + 1;
        bool countsSomething = s.IsPunct(next, '%') || (s.IsWord(next) && (UnitReader.IsMeasureUnit(s.Span(next)) || s.Is(next, "percent")))
            || (s.IsLower(next) && !s.Has(next, WordClass.Stopword) && NextPluralWithin(s, next, 4));
        return !countsSomething;
    }

    private static bool NextPluralWithin(SentenceTokens s, int from, int words)
    {
        for (int k = from; k < from + words && s.IsWord(k); k++)
        {
            if (s.Has(k, WordClass.Preposition | WordClass.Auxiliary | WordClass.Determiner)) return false;
            if (Inflection.IsPlural(s.Span(k))) return true;
        }
        return false;
    }

    private static bool HasInnerCapital(ReadOnlySpan<char> word)
    {
        for (int k = 1; k < word.Length; k++) if (char.IsUpper(word[k])) return true;
        return false;
    }

    // the past five years, the next five years, three days later
    private static bool IsRelativeFrame(SentenceTokens s, NumberPhrase p)
    {
        int unit = p.Last + 1;
        if (s.IsPunct(unit, '-') && s.Touches(unit)) unit++;
        if (!s.Has(unit, WordClass.TimeUnit)) return false;
        if (s.Has(unit + 1, WordClass.FrameAfter)) return true;
        return s.Has(p.First - 1, WordClass.RelativeFrame) || (s.Has(p.First - 2, WordClass.RelativeFrame) && s.Has(p.First - 1, WordClass.Determiner));
    }

    // 100-meter final
    private static bool IsEventName(SentenceTokens s, NumberPhrase p) =>
        s.IsPunct(p.Last + 1, '-') && s.Touches(p.Last + 1) && s.IsWord(p.Last + 2) && s.Touches(p.Last + 2)
        && UnitReader.IsMeasureUnit(s.Span(p.Last + 2)) && s.Has(p.Last + 3, WordClass.EventNoun);
}
