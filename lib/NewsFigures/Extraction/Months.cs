namespace NewsFigures;

/// <summary>Month names to numbers; "May" and "March" count only when capitalized.</summary>
internal static class Months
{
    private static readonly string[] Names =
        ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];

    public static int NumberOf(SentenceTokens s, int i)
    {
        if (!s.Has(i, WordClass.Month) || !s.IsCapitalized(i)) return 0;
        var w = s.Span(i);
        for (int m = 0; m < Names.Length; m++)
            if (w.Length >= 3 && Names[m].AsSpan().StartsWith(w, StringComparison.OrdinalIgnoreCase)) return m + 1;
        return 0;
    }
}
