namespace NewsFigures;

/// <summary>"rose 12%, reaching 3.1 billion yuan in the second quarter": with none before, the period the next figure's own
/// time expressions give it. Not across a contrast ("Any rate below 5 percent is low, but many locked in rates below
/// 4 percent in the past five years"): the other side of "but" speaks of another time; nor from the base it is compared
/// with ("up from $274 billion in 2016", "£21.8 million (2015: £22.9 million)", "versus EUR 16.7 billion"), nor for a multiple, whose next figure is its base;
/// nor from a figure in another clause ("82 percent, just below the level of 86 percent in 2019").</summary>
internal sealed class FigureAfterPeriod : IPeriodRule
{
    public string Name => "period.of-figure-after";

    public PeriodProposal? Propose(FigureQuery q)
    {
        // ("arrivals were up 8300 to 147,300 in the year ended February 2019": a count sizing a change, too)
        if (!TimeChoice.TakesNeighbours(q.Figure) && !KindCues.CountRightAfterChangeVerb(q.S, q.Figure) || IsMultiple(q.Figure)) return null;
        // ("from N234.746 billion to N282.907 billion in 2022": the base is of a time before the new level's)
        if (q.Index + 1 < q.Figures.Count && q.S.Is(q.Figure.TextFirst - 1, "from") && IsNewLevelAfterBase(q.Sentence, q.Figure, q.Figures[q.Index + 1])) return null;
        // "rose by 3 per cent, robbery by 1 per cent and personal theft by 5 per cent between April and June": a change
        // with no time of its own passes on the time of the figure after it
        for (int n = q.Index + 1; n < q.Figures.Count; n++)
        {
            var next = q.Figures[n];
            // "rose by 20.51% from N234.746 billion to N282.907 billion in 2022": the change's new level is past its base
            if (n == q.Index + 1 && n + 1 < q.Figures.Count && IsPercentOrMultiple(q.Figure) && q.S.Is(next.TextFirst - 1, "from") && IsNewLevelAfterBase(q.Sentence, next, q.Figures[n + 1]))
                continue;
            if (ContrastBetween(q.S, q.Figures[n - 1], next) || IsBase(q.S, next) || TimeChoice.OwnsBaseTime(q.Sentence, n)
                || ClauseBetween(q.S, q.Figures[n - 1], next) && !InList(q.S, q.Figures[n - 1], next)) return null;
            if (TimeChoice.Best(q.Sentence, next, n) is { } chosen) return chosen;
            if (!TimeChoice.TakesNeighbours(next) || IsMultiple(next) || n + 1 >= q.Figures.Count
                || !InList(q.S, next, q.Figures[n + 1])) return null;
        }
        return null;
    }

    // ", robbery by 1 per cent and personal theft by": a few words after a comma or "and", no verb among them
    private static bool InList(SentenceTokens s, FigureDraft a, FigureDraft b)
    {
        int first = a.TextLast + 1;
        if (b.TextFirst - first > 5 || !(s.IsPunct(first, ',') || s.Is(first, "and"))) return false;
        for (int k = first; k < b.TextFirst; k++)
            if (Clauses.IsVerbLike(s, k)) return false;
        return true;
    }

    // "35 times the number a year earlier, which was 11,042": what follows a multiple is its base
    private static bool IsMultiple(FigureDraft f) => f.Unit.Class == UnitClass.Times && f.Number.Form != NumberForm.Multiplier;

    // "almost $279 billion, up from $274 billion in 2016": the year dates the base the figure is compared with
    // "£21.8 million (2015: £22.9 million)": a figure a time labels in brackets is the prior period's, the base too
    private static bool IsBase(SentenceTokens s, FigureDraft next) =>
        s.IsPunct(next.TextFirst - 1, ':') && s.IsPunct(next.TextFirst - 3, '(') || KindCues.IsBaseOfComparison(s, next.TextFirst);

    // "The ratio is 82 percent, just below the level of 86 percent in 2019": a figure's time passes on only within its
    // clause, or to a restatement right after it ("136.2mm (5.4 inches) seen in June 2007", "a 4.1% increase — 747 cases —
    // over the previous year") and along a participle that goes on with the same event ("rose 8.9% to a record, totaling
    // $23.6 trillion in 2021"); a dash between digits ("2018–19") is no break.
    private static bool ClauseBetween(SentenceTokens s, FigureDraft figure, FigureDraft next)
    {
        int from = figure.ExtentLast + 1, open = next.TextFirst - 1;
        // (a restatement opens right after the figure or its noun: "a 2% increase (1,035 cases) over the previous year")
        if (open - from <= 1 && (s.IsPunct(open, '(') || s.IsPunct(open, '—') || s.IsPunct(open, '–')) && (open == from || !s.IsClauseBreak(from)))
            return false;
        for (int k = from; k < next.TextFirst; k++)
        {
            if (!s.IsClauseBreak(k) || s.IsDigits(k - 1) && s.IsDigits(k + 1) && s.Touches(k) && s.Touches(k + 1)) continue;
            if (s.IsPunct(k, ',') && s.IsLower(k + 1) && s.Span(k + 1) is { Length: > 4 } w && w.EndsWith("ing")) continue;
            return true;
        }
        return false;
    }

    // (a figure's kind is decided after its period: "by 20.51%" and "doubled" are the changes a base and its level follow, not
    // "on $1.90 a day or less ... from 1.9 billion in 1990 to 736 million")
    private static bool IsPercentOrMultiple(FigureDraft f) => f.Unit.Class == UnitClass.Percent || f.Number.Form == NumberForm.Multiplier;

    /// <summary>"from N234.746 billion to N282.907 billion", "from N282.9bn in 2015 to N726.2bn": the level a base's "to"
    /// reaches, right after it or after the base's own time.</summary>
    public static bool IsNewLevelAfterBase(SentenceReading r, FigureDraft from, FigureDraft to) =>
        r.Tokens.Is(to.TextFirst - 1, "to") && (to.TextFirst == from.ExtentLast + 2 || TimeChoice.IsTimeAt(r, from.ExtentLast + 1, to.TextFirst - 2));

    private static bool ContrastBetween(SentenceTokens s, FigureDraft figure, FigureDraft next)
    {
        for (int k = figure.TextLast + 1; k < next.TextFirst; k++)
            if (s.Is(k, "but") || s.Is(k, "whereas") || s.Is(k, "while")) return true;
        return false;
    }
}
