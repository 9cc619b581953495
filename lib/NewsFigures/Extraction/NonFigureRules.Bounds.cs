namespace NewsFigures;

/// <summary>Numbers that bound which things another figure counts, and so belong to its metric: ages ("aged 15 to 64",
/// "2 to 19 year olds") and waits ("53% of patients were waiting over nine hours").</summary>
internal static partial class NonFigureRules
{
    // "people aged 15 to 64" (or "aged from 16 to 64"), "those aged over 65", "children ages 2 to 5", "2 to 19 year olds", "adults over 16", "children 19
    // to 35 months of age": ages that
    // bound who is counted are no figures
    private static bool IsAgeBound(SentenceTokens s, NumberPhrase p)
    {
        int first = QualifierReader.Read(s, p.First)?.First ?? p.First;
        if (IsAgeWord(s, first - 1) || (s.Is(first - 1, "between") || s.Is(first - 1, "from")) && IsAgeWord(s, first - 2)) return true;
        // "children under the age of 12", "between the ages of 16 and 20"
        if (IsTheAgeOf(s, first - 1)) return true;
        // "43 million adults (15+)": an age bound in brackets right after the people it bounds
        if (s.IsPunct(p.First - 1, '(') && (IsPeopleWord(s, p.First - 2) || s.Is(p.First - 2, "children")) && s.IsPunct(p.Last, '+')
            && s.IsPunct(p.Last + 1, ')') && IsAgeDigits(s, p.First)) return true;
        // "children in the age-group 0-6", "the age group of 0-6 years": a span of ages after the group it names
        if (IsAgeGroupBefore(s, first - 1)) return true;
        if (IsYearOlds(s, p.Last + 1)) return true;
        // "adults over 16", "people under 18 in Scotland": a bound on an age after the people it bounds (not "children under 5
        // kilograms", a measure)
        if (first < p.First && s.IsLower(first - 1) && s.Span(first - 1) is "adults" or "people" or "children" or "pupils" or "students" or "men" or "women"
                or "those" or "residents" or "persons" or "girls" or "boys"
            && (!s.IsWord(p.Last + 1) || s.IsLower(p.Last + 1) && s.Has(p.Last + 1, WordClass.Preposition | WordClass.Conjunction | WordClass.ClauseWord | WordClass.Auxiliary)))
            return true;
        // "adults 18-49: 1.9", "viewers 25-54": a range of ages written with a hyphen right after the people it bounds, both ends
        if (IsPeopleWord(s, first - 1) && (s.IsPunct(p.Last + 1, '-') || s.IsPunct(p.Last + 1, '–')) && s.Touches(p.Last + 1) && IsAgeDigits(s, p.Last + 2)
            && IsAgeDigits(s, p.First)) return true;
        if ((s.IsPunct(first - 1, '-') || s.IsPunct(first - 1, '–')) && s.Touches(first) && IsAgeDigits(s, first - 2) && IsPeopleWord(s, first - 3)
            && IsAgeDigits(s, p.First)) return true;
        // "the 65+, 25–34, and 55–64 year age groups": the ages that name age groups, listed before the groups
        if (NamesAgeGroups(s, p.Last + 1)) return true;
        // "children 19 to 35 months of age": both ends of an age range
        if (IsOfAge(s, p.Last + 1) || (s.Is(p.Last + 1, "to") || s.IsPunct(p.Last + 1, '-')) && s.IsDigits(p.Last + 2) && IsOfAge(s, p.Last + 3)) return true;
        // the first end of a range: "2 to 19 year olds", "ages 2 to 5", "between 30 and 39 years old"
        if ((s.Is(p.Last + 1, "to") || s.IsPunct(p.Last + 1, '-') || s.Is(p.Last + 1, "and") && s.Is(first - 1, "between"))
            && s.IsDigits(p.Last + 2) && IsYearOlds(s, p.Last + 3)) return true;
        // the second end of the range: "aged 15 to 64"
        bool link = s.Is(first - 1, "to") || s.Is(first - 1, "and") || s.IsPunct(first - 1, '-') || s.IsPunct(first - 1, '–');
        return link && s.IsDigits(first - 2) && (IsAgeWord(s, first - 3) || (s.Is(first - 3, "between") || s.Is(first - 3, "from")) && IsAgeWord(s, first - 4)
                                                 || IsTheAgeOf(s, first - 3) || IsAgeGroupBefore(s, first - 3));
    }

    private static bool IsPeopleWord(SentenceTokens s, int k) =>
        s.IsLower(k) && s.Span(k) is "adults" or "viewers" or "people" or "persons" or "women" or "men" or "listeners";

    // one or two digits, an age
    private static bool IsAgeDigits(SentenceTokens s, int k) => s.IsDigits(k) && s.Span(k).Length <= 2;

    // "age group", "age-group" or "age group of" ending at k
    private static bool IsAgeGroupBefore(SentenceTokens s, int k)
    {
        if (s.Is(k, "of")) k--;
        return (s.Is(k, "group") || s.Is(k, "groups")) && (s.Is(k - 1, "age") || s.IsPunct(k - 1, '-') && s.Is(k - 2, "age"));
    }

    // "the age of", "the ages of" ending at k
    private static bool IsTheAgeOf(SentenceTokens s, int k) => s.Is(k, "of") && (s.Is(k - 1, "age") || s.Is(k - 1, "ages")) && s.Is(k - 2, "the");

    // over a list of ages ("+", ranges, commas, "and") to "year age groups" or "age groups"
    private static bool NamesAgeGroups(SentenceTokens s, int k)
    {
        for (int end = k + 12; k < end && (s.IsDigits(k) || s.IsPunct(k, '+') || s.IsPunct(k, '-') || s.IsPunct(k, '–') || s.IsPunct(k, ',')
                                           || s.Is(k, "and") || s.Is(k, "to")); k++) { }
        if (s.Is(k, "year") || s.Is(k, "years")) k++;
        return s.Is(k, "age") && s.IsLower(k + 1) && s.Span(k + 1) is "group" or "groups" or "bracket" or "brackets" or "band" or "bands";
    }

    // "35 months of age", "16 years of age"
    private static bool IsOfAge(SentenceTokens s, int k) =>
        (s.Is(k, "months") || s.Is(k, "years") || s.Is(k, "weeks")) && s.Is(k + 1, "of") && s.Is(k + 2, "age");

    private static bool IsAgeWord(SentenceTokens s, int k) => s.Is(k, "aged") || s.Is(k, "ages") || s.Is(k, "age");

    // "year olds", "year-olds", "-year-olds"
    private static bool IsYearOlds(SentenceTokens s, int k)
    {
        if (s.IsPunct(k, '-')) k++;
        if (!(s.Is(k, "year") || s.Is(k, "years"))) return false;
        if (s.IsPunct(k + 1, '-')) k++;
        return s.Is(k + 1, "olds") || s.Is(k + 1, "old") && !s.Is(k + 2, "record");
    }

    private static bool WaitWithin(SentenceTokens s, int from, int words)
    {
        for (int k = from; k > from - words && k >= s.First; k--)
            if (s.IsLower(k) && s.Span(k).StartsWith("wait")) return true;
        return false;
    }

    // "53% of patients were waiting over nine hours", "on a waiting list for more than six weeks": a bounded duration that
    // says which of the things an earlier figure counts are meant belongs to that figure's metric
    private static bool IsThresholdDuration(SentenceTokens s, NumberPhrase p)
    {
        if (QualifierReader.Read(s, p.First) is not { } q || q.First >= p.First) return false;
        if (q.Qualifier is not ("over" or "more than" or "at least" or "up to" or "under" or "less than" or "longer than" or "above" or "below")) return false;
        if (!s.Has(p.Last + 1, WordClass.TimeUnit)) return false;
        int before = q.First - 1;
        // "waiting over nine hours", "on a waiting list for more than six weeks"; not "spend $2 billion a year for up to four
        // years", how long the spending lasts
        bool bounds = s.IsLower(before) && (s.Span(before).EndsWith("ing") || s.Span(before) is "waited")
            || s.Is(before, "for") && WaitWithin(s, before - 1, 4);
        if (!bounds) return false;
        for (int k = s.First; k < before; k++)
            if (IsCountOrPercent(s, k)) return true;
        return false;
    }

    // "37 large airports with over 40 million passengers", "71 unicorns, startups valued at over $1 billion": a bound after
    // the noun another number counts says which things it counts, and belongs to that figure's metric
    private static bool IsClassBound(SentenceTokens s, NumberPhrase p)
    {
        if (QualifierReader.Read(s, p.First) is not { } q || q.First >= p.First) return false;
        if (q.Qualifier is not ("over" or "more than" or "at least" or "above" or "in excess of")) return false;
        int noun = s.Is(q.First - 1, "with") ? q.First - 2 : s.Is(q.First - 1, "at") && s.Is(q.First - 2, "valued") ? q.First - 3 : -1;
        // not "in the last 15 years with more than two-thirds of its budget ...", an absolute clause of its own
        if (noun < s.First || !s.IsWord(noun) || !Inflection.IsPlural(s.Span(noun)) || s.Has(noun, WordClass.TimeUnit) || s.Is(p.Last + 1, "of"))
            return false;
        for (int k = noun - 1; k >= s.First && noun - k <= 4; k--)
        {
            if (IsCountOrPercent(s, k)) return true;
            if (!s.IsWord(k) || s.Has(k, WordClass.Preposition | WordClass.Auxiliary | WordClass.ClauseWord)) return false;
        }
        return false;
    }

    // "53%", "eight patients", "1,200": another figure's number, not a year
    private static bool IsCountOrPercent(SentenceTokens s, int k) =>
        s.IsDigits(k) && !IsYearDigits(s.Span(k)) || s.IsPunct(k, '%') || s.Has(k, WordClass.Cardinal) && s.IsLower(k) && !s.Is(k, "one");

    // "Eliopoulos, 51, said", "Ana Reis, 34, a nurse": a person's age set off by commas after the name
    private static bool IsPersonsAge(SentenceTokens s, NumberPhrase p) =>
        p.Form == NumberForm.Digits && !p.HasScale && p.First == p.Last && p.Value is >= 16 and <= 105 && !s.Span(p.First).Contains('.')
        && s.IsPunct(p.First - 1, ',') && s.IsCapitalized(p.First - 2) && s.IsPunct(p.Last + 1, ',') && s.IsLower(p.Last + 2);
}
