namespace NewsFigures;

/// <summary>
/// What the kind rules (Rules/Kind) read around a figure: change words near it ("a 43 percent increase", "dipped 50
/// percent"; falls are negative), a change verb before "by", share cues ("of", "accounted for") and forecast cues
/// ("expected", "will", "predict") in its clause.
/// </summary>
internal static class KindCues
{
    private const int ChangeWindowBefore = 4;
    private const int ChangeWindowAfter = 2;

    /// <summary>"dropped to 3.9%" states the level reached, "up from 3.6 times" the level before: not a change.</summary>
    public static bool StatesLevel(SentenceTokens s, FigureDraft c) =>
        s.Is(c.TextFirst - 1, "to") || s.Is(c.TextFirst - 1, "at") || s.Is(c.TextFirst - 1, "from");

    /// <summary>+1 or -1 for the nearest change word around the figure in its clause, 0 for none.</summary>
    public static int ChangeDirection(SentenceTokens s, FigureDraft c, int clauseStart, int clauseEnd)
    {
        int from = Math.Max(clauseStart, c.Number.First - ChangeWindowBefore), to = Math.Min(clauseEnd - 1, c.TextLast + ChangeWindowAfter);
        // "10% more than in 2024", "20 percent less"
        if (s.Is(c.TextLast + 1, "more") || s.Is(c.TextLast + 1, "larger") || s.Is(c.TextLast + 1, "bigger")) return 1;
        if (s.Is(c.TextLast + 1, "less") || s.Is(c.TextLast + 1, "fewer") || s.Is(c.TextLast + 1, "smaller")) return -1;
        int found = 0, bestDistance = int.MaxValue;
        for (int k = from; k <= to; k++)
        {
            if (k >= c.TextFirst && k <= c.TextLast) continue;
            int sign = s.Has(k, WordClass.ChangeDown) ? -1 : s.Has(k, WordClass.ChangeUp) ? 1 : 0;
            if (sign == 0) continue;
            int distance = k < c.TextFirst ? c.TextFirst - k : k - c.TextLast;
            if (distance < bestDistance) (found, bestDistance) = (sign, distance);
        }
        return found;
    }

    /// <summary>+1 or -1 for the nearest change verb in the clause before <paramref name="before"/>, 0 for none.</summary>
    public static int ChangeVerbBefore(SentenceTokens s, int clauseStart, int before)
    {
        for (int k = before - 1; k >= clauseStart; k--)
        {
            if (s.Has(k, WordClass.ChangeDown)) return -1;
            if (s.Has(k, WordClass.ChangeUp)) return 1;
        }
        return 0;
    }

    public static bool IsShare(SentenceTokens s, FigureDraft c, int clauseStart)
    {
        if (c.Number.Form == NumberForm.Fraction || s.Is(c.TextLast + 1, "of")) return true;
        for (int k = Math.Max(clauseStart, c.TextFirst - 3); k < c.TextFirst; k++)
            if (s.Has(k, WordClass.ShareCue)) return true;
        return false;
    }

    // "set to rise" and "estimated to reach" look ahead; "a set of" and "estimated at 1.2 trillion yuan" (an estimate of
    // the present) do not
    private static bool IsCueOnlyBeforeTo(SentenceTokens s, int k) => s.Is(k, "set") || s.Is(k, "estimated");

    public static bool HasForecastCue(SentenceTokens s, int clauseStart, int clauseEnd)
    {
        for (int k = clauseStart; k < clauseEnd; k++)
            if (s.Has(k, WordClass.ForecastCue) && s.IsLower(k) && !(IsCueOnlyBeforeTo(s, k) && !s.Is(k + 1, "to"))) return true;
        return false;
    }
}
