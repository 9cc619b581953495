namespace NewsFigures;

/// <summary>Month names to numbers; "May" and "March" count only when capitalized. Days of the week.</summary>
internal static class Months
{
    private static readonly string[] Names =
        ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];

    public static int NumberOf(SentenceTokens s, int i) =>
        s.Has(i, WordClass.Month) && s.IsCapitalized(i) ? NumberOf(s.Span(i)) : 0;

    /// <summary>The month a name or its abbreviation of three letters or more names ("Sept", "Aug"), any case; else 0.</summary>
    public static int NumberOf(ReadOnlySpan<char> name)
    {
        for (int m = 0; m < Names.Length; m++)
            if (name.Length >= 3 && Names[m].AsSpan().StartsWith(name, StringComparison.OrdinalIgnoreCase)) return m + 1;
        return 0;
    }

    /// <summary>The token after the day something was said or released on ("today", "yesterday", "on Friday", "this
    /// Tuesday", "Friday") at k, else k: "announced on Friday that", "released today by", "reported this Tuesday the
    /// National Institute ...".</summary>
    public static int AfterDayOfSaying(SentenceTokens s, int k) =>
        (s.Is(k, "on") || s.Is(k, "this")) && IsWeekday(s, k + 1) ? k + 2
        : s.Is(k, "today") || s.Is(k, "yesterday") || IsWeekday(s, k) ? k + 1 : k;

    /// <summary>The token before the day something was said on, read backward from k ("on Monday", "this Tuesday",
    /// "Friday", "today" at k), else k: "Bharti Airtel, the operator, on Monday reported".</summary>
    public static int BeforeDayOfSaying(SentenceTokens s, int k) =>
        IsWeekday(s, k) ? (s.Is(k - 1, "on") || s.Is(k - 1, "this") ? k - 2 : k - 1)
        : s.Is(k, "today") || s.Is(k, "yesterday") ? k - 1 : k;

    /// <summary>Tokens [first, end) are only a day of saying ("on Monday", "this Tuesday", "today").</summary>
    public static bool IsDayOfSaying(SentenceTokens s, (int First, int End) phrase) =>
        phrase.End > phrase.First && BeforeDayOfSaying(s, phrase.End - 1) < phrase.First;

    /// <summary>The month a full name names ("July", any case; not "Jul"); else 0.</summary>
    public static int NumberOfFullName(ReadOnlySpan<char> name)
    {
        for (int m = 0; m < Names.Length; m++)
            if (Names[m].AsSpan().Equals(name, StringComparison.OrdinalIgnoreCase)) return m + 1;
        return 0;
    }

    /// <summary>"Friday" (capitalized): a day of the week.</summary>
    public static bool IsWeekday(SentenceTokens s, int k) =>
        s.IsCapitalized(k) && s.Span(k) is "Monday" or "Tuesday" or "Wednesday" or "Thursday" or "Friday" or "Saturday" or "Sunday";
}
