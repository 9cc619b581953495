namespace NewsFigures;

/// <summary>Reads "N of the world's top M" and "four in the top five" (a count within a ranking): returns the number M, whose
/// counted noun is N's.</summary>
internal static class RankReader
{
    private const int MaxWordsBetween = 3;

    public static NumberPhrase? TopOf(SentenceTokens s, NumberPhrase n)
    {
        if (!s.Is(n.Last + 1, "of") && !(s.Is(n.Last + 1, "in") && s.Is(n.Last + 2, "the"))) return null;
        for (int k = n.Last + 2; k <= n.Last + 2 + MaxWordsBetween && s.IsWord(k); k++)
        {
            if (!s.Is(k, "top")) continue;
            if (NumberReader.Read(s, k + 1) is { } m && !NonFigureRules.IsNotAFigure(s, m)) return m;
            return null;
        }
        return null;
    }
}
