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

    /// <summary>"Friday" (capitalized): a day of the week.</summary>
    public static bool IsWeekday(SentenceTokens s, int k) =>
        s.IsCapitalized(k) && s.Span(k) is "Monday" or "Tuesday" or "Wednesday" or "Thursday" or "Friday" or "Saturday" or "Sunday";
}
