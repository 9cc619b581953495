namespace NewsFigures;

/// <summary>"1,037.3 EFLOPS in 2025, a 43 percent increase": a change, share or multiple with no time of its own takes
/// the period of the figure before it, and so does the level a change reaches ("tumbled 7.2 percent to a 402,000 rate");
/// not of a base that figure was compared with ("eased to 10.40 per cent in December from 12.47 per cent in November, but
/// non-food inflation accelerated to 11.38 per cent": December), but of the nearest figure before that is no base; a base
/// itself takes the period of the base before it ("from 10.16 percent": November).</summary>
internal sealed class FigureBeforePeriod : IPeriodRule
{
    public string Name => "period.of-figure-before";

    public PeriodProposal? Propose(FigureQuery q)
    {
        // "67,000 ..., compared with 65,200 during the same period the previous year, an increase of 1,800 offences": a count
        // that sizes a change noun is a change too
        if (!TimeChoice.TakesNeighbours(q.Figure) && KindCues.ChangeNounDirection(q.S, q.Figure, q.ClauseStart) == 0 && !IsReachedByChange(q)) return null;
        // a base takes the period of the base before it ("... from 12.47 per cent in November, but ... to 11.38 per cent
        // from 10.16 percent": November), any other figure that of the figure before that is no base
        bool isBase = IsBase(q.S, q.Figure);
        // ("rose by 20.51% from N234.746 billion to N282.907 billion in 2022": the base of the change right before it is of
        // an earlier time than the change)
        // ("fell by 20% in real terms, from £11bn to £9.3bn during 2011-12": past a few words of manner)
        if (isBase && q.Index > 0 && q.Index + 1 < q.Figures.Count && q.S.Is(q.Figure.TextFirst - 1, "from")
            && q.Figures[q.Index - 1] is { Kind: FigureKind.Change } change && FromRightAfter(q.S, change, q.Figure)
            && FigureAfterPeriod.IsNewLevelAfterBase(q.Sentence, q.Figure, q.Figures[q.Index + 1])) return null;
        int before = q.Index - 1;
        while (before > 0 && IsBase(q.S, q.Figures[before]) != isBase) before--;
        if (isBase && before >= 0 && !IsBase(q.S, q.Figures[before])) before = q.Index - 1; // no base before: the one right before
        while (before >= 0 && InAsideBefore(q.S, q.Figures[before], q.Figure)) before--;
        return before >= 0 && q.Figures[before] is { Period: { } period } figure ? new PeriodProposal(period, figure.HasFuturePeriod) : null;
    }

    // "the increase since 2006—when the census reported 1,411 tigers—is of 210%": a figure inside an aside set off by dashes
    // dates no figure after the aside (the figure before the aside may: "added 20.3GW of wind in 2018 — more than Europe
    // (11.4GW) ... — taking 41.3%")
    private static bool InAsideBefore(SentenceTokens s, FigureDraft figure, FigureDraft after)
    {
        int close = -1;
        for (int k = figure.ExtentLast + 1; k < after.TextFirst; k++) if (IsDash(s, k)) { close = k; break; }
        if (close < 0) return false;
        for (int k = figure.TextFirst - 1; k >= s.First && figure.TextFirst - k <= MaxAside; k--) if (IsDash(s, k)) return true;
        return false;
    }

    private static bool IsDash(SentenceTokens s, int k) => s.IsPunct(k, '–') || s.IsPunct(k, '—');

    // the "from" of the base right after the change, or after a few words of manner and a comma ("in real terms,")
    private static bool FromRightAfter(SentenceTokens s, FigureDraft change, FigureDraft baseFigure)
    {
        int from = baseFigure.TextFirst - 1;
        if (change.ExtentLast + 1 == from) return true;
        if (!s.IsPunct(from - 1, ',') || from - 1 - change.ExtentLast > MaxMannerWords + 1) return false;
        for (int k = change.ExtentLast + 1; k < from - 1; k++)
            if (!s.IsWord(k) || !s.IsLower(k) || Clauses.IsVerbLike(s, k) || s.Has(k, WordClass.ClauseWord | WordClass.Conjunction)) return false;
        return true;
    }

    private const int MaxMannerWords = 4;

    private const int MaxAside = 16;

    private static int AfterChangeNoun(SentenceTokens s, int k) => KindCues.NounDirection(s, k) != 0 ? k + 1 : k;

    private static bool IsBase(SentenceTokens s, FigureDraft f) => KindCues.IsBaseOfComparison(s, f.TextFirst);

    // "tumbled 7.2 percent to a 402,000 unit-rate": the level a change reaches is of the change's time
    private static bool IsReachedByChange(FigureQuery q)
    {
        int to = q.S.Is(q.Figure.TextFirst - 1, "a") ? q.Figure.TextFirst - 2 : q.Figure.TextFirst - 1;
        return q.Index > 0 && q.S.Is(to, "to") && q.Figures[q.Index - 1] is { Kind: FigureKind.Change } change
            // ("fell by 21.2% in September to 330,295 units": the change's own time may stand before the "to", and its change
            // noun before that, "13.8 per cent growth in August 2014 to 140,319 tourists")
            && (to - change.ExtentLast is >= 1 and <= 2 || OwnTimeBefore(q, AfterChangeNoun(q.S, change.ExtentLast + 1), to));
    }

    // The change's own time spans [start, to): alone, or with the base time it is "compared with" ("fell by 4 per cent in 2006
    // compared with 2005 to 236,980")
    private static bool OwnTimeBefore(FigureQuery q, int start, int to)
    {
        foreach (var e in q.Sentence.Times)
        {
            if (e.First != start) continue;
            if (e.Last == to - 1) return true;
            // (the base's time holds its "with" or "to")
            if (q.S.Is(e.Last + 1, "compared") && TimeChoice.IsTimeAt(q.Sentence, e.Last + 2, to - 1)) return true;
        }
        return false;
    }

}
