namespace NewsFigures;

/// <summary>
/// Decides what a figure states: a rank ("12 of the world's top 15"), a change (a percent, multiple or amount next to
/// a change word: "a 43 percent increase", "dipped 50 percent", "doubled"; falls come out negative), a share
/// (a percent or fraction "of" a whole, or after "accounted for"), a multiple ("2.5 times"), a forecast (a cue such as
/// "expected", "will", "predict" in its clause, or a period after the article date), or else a level.
/// </summary>
internal static class KindClassifier
{
    private const int ChangeWindowBefore = 4;
    private const int ChangeWindowAfter = 2;

    public static void Classify(SentenceTokens s, Candidate c)
    {
        if (c.IsRank) { c.Kind = FigureKind.Rank; return; }
        if (c.Number.Form == NumberForm.Multiplier)
        {
            c.Kind = FigureKind.Change;
            if (c.Number.Value < 1) c.Value = -(1 - c.Number.Value) * 100; // halved: -50 percent
            return;
        }
        int clauseStart = Clauses.Start(s, c.TextFirst), clauseEnd = Clauses.End(s, c.TextLast);
        // "dropped to 3.9%" states the level reached, "up from 3.6 times" the level before
        bool level = s.Is(c.TextFirst - 1, "to") || s.Is(c.TextFirst - 1, "at") || s.Is(c.TextFirst - 1, "from");
        int direction = level || !c.IsMeasure ? 0 : ChangeDirection(s, c, clauseStart, clauseEnd);
        // "raised its rate by 50 basis points", "rise by 1.2 million barrels": any unit changes after "by"
        if (direction == 0 && !level && s.Is(c.TextFirst - 1, "by")) direction = ChangeVerbBefore(s, clauseStart, c.TextFirst - 1);
        if (direction != 0)
        {
            c.Kind = FigureKind.Change;
            if (direction < 0) c.Value = -Math.Abs(c.Value);
            return;
        }
        if (c.Unit.Class == UnitClass.Percent && IsShare(s, c, clauseStart)) { c.Kind = FigureKind.Share; return; }
        if (c.Unit.Class == UnitClass.Times) { c.Kind = FigureKind.Multiple; return; }
        c.Kind = c.HasFuturePeriod || HasForecastCue(s, clauseStart, clauseEnd) ? FigureKind.Forecast : FigureKind.Level;
    }

    private static int ChangeDirection(SentenceTokens s, Candidate c, int clauseStart, int clauseEnd)
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

    private static int ChangeVerbBefore(SentenceTokens s, int clauseStart, int before)
    {
        for (int k = before - 1; k >= clauseStart; k--)
        {
            if (s.Has(k, WordClass.ChangeDown)) return -1;
            if (s.Has(k, WordClass.ChangeUp)) return 1;
        }
        return 0;
    }

    private static bool IsShare(SentenceTokens s, Candidate c, int clauseStart)
    {
        if (c.Number.Form == NumberForm.Fraction || s.Is(c.TextLast + 1, "of")) return true;
        for (int k = Math.Max(clauseStart, c.TextFirst - 3); k < c.TextFirst; k++)
            if (s.Has(k, WordClass.ShareCue)) return true;
        return false;
    }

    private static bool HasForecastCue(SentenceTokens s, int clauseStart, int clauseEnd)
    {
        for (int k = clauseStart; k < clauseEnd; k++)
            if (s.Has(k, WordClass.ForecastCue) && s.IsLower(k) && !(s.Is(k, "set") && !s.Is(k + 1, "to"))) return true;
        return false;
    }
}
