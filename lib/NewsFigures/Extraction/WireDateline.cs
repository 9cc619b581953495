namespace NewsFigures;

/// <summary>
/// A wire dateline opening a sentence: "JAKARTA (Reuters) -", "MOMBASA, Kenya, Nov. 14 (Xinhua) --", "KUALA LUMPUR, Dec 12 ―",
/// "OTTAWA, ON, July 16, 2025 /CNW/ -", "WASHINGTON, D.C. —": a place in capitals, then place words, a date or a news agency,
/// and a spaced dash. The sentence's first clause, its subject or its speaker, starts after it.
/// </summary>
internal static class WireDateline
{
    private const int MaxPlaceCapitals = 4;
    private const int MaxTokens = 16;

    /// <summary>The token after the dateline's dash, or -1 when the sentence opens with none.</summary>
    public static int End(SentenceTokens s)
    {
        int j = s.First;
        while (j < s.End && j - s.First < MaxPlaceCapitals && s.IsWord(j) && s.IsAllCapitals(j) && s.Span(j).Length > 1) j++;
        if (j == s.First) return -1;
        for (; j < s.End && j - s.First < MaxTokens; j++)
        {
            // a spaced dash ("EU-27 countries" is a name), or two ("--")
            if (IsDash(s, j)) return s.Touches(j) ? -1 : IsDash(s, j + 1) && s.Touches(j + 1) ? j + 2 : j + 1;
            if (!(s.IsCapitalized(j) || s.IsDigits(j) || s.IsPunct(j, ',') || s.IsPunct(j, '.') || s.IsPunct(j, '(') || s.IsPunct(j, ')')
                  || s.IsPunct(j, '/'))) return -1;
        }
        return -1;
    }

    private static bool IsDash(SentenceTokens s, int k) => s.IsPunct(k, '-') || s.IsPunct(k, '—') || s.IsPunct(k, '–') || s.IsPunct(k, '―');
}
