namespace NewsFigures;

/// <summary>"double-digit ridership increases including Minneapolis (168.9%)", "growing at a faster rate than highway travel
/// (1.3% vs. 0.1%)": a percent in parentheses sizes the change its sentence has named before it (not after the level that
/// change went "to": "declined to their lowest level in 2002 (less than 2 percent)" restates the level). Right after a figure it
/// restates that figure: a change's percent is the change ("fell 12,000 (5%)"), a count's is its share ("226 (75%) were
/// waiting"), left to the share rule. A count set off after a percent change and its noun ("a 2.2% increase (3,627 cases)")
/// states that change in the count, and any figure alone in brackets right after a noun of change sizes it ("an even greater
/// increase (127 GW)").</summary>
internal sealed class ChangeInParenthesesKind : IKindRule
{
    public string Name => "kind.change-in-parentheses";

    public KindProposal? Propose(FigureQuery q)
    {
        if (RestatesPercentChange(q) is { } restated) return restated;
        // "An even greater increase (127 GW) was recorded": a figure alone in brackets right after a noun of change sizes it
        if (q.S.IsPunct(q.Figure.TextFirst - 1, '(') && q.S.IsPunct(q.Figure.ExtentLast + 1, ')')
            && KindCues.NounDirection(q.S, q.Figure.TextFirst - 2) is var noun and not 0)
            return KindProposal.Change(noun, q.Figure.Value);
        // "a monthly drop (of 11%) but up annually (by 26.5%)": "of" or "by" may open the brackets
        int open = q.S.Is(q.Figure.TextFirst - 1, "of") || q.S.Is(q.Figure.TextFirst - 1, "by") ? q.Figure.TextFirst - 2 : q.Figure.TextFirst - 1;
        if (!KindCues.IsPercent(q.Figure) || !q.S.IsPunct(open, '(')) return null;
        if (q.Index > 0 && q.Figures[q.Index - 1] is var before && before.TextLast == open - 1)
            return before.Kind == FigureKind.Change ? new KindProposal(FigureKind.Change, Math.Sign(before.Value) * Math.Abs(q.Figure.Value)) : null;
        return KindCues.ChangeVerbBefore(q.S, q.S.First, open) is var direction and not 0 && !AfterTimeCompared(q.S, open) && !AfterLevelReached(q.S, open)
            ? KindProposal.Change(direction, q.Figure.Value)
            : null;
    }

    // "declined to their lowest level in 2002 (less than 2 percent)": a percent in brackets after the level a change went "to"
    // restates that level, no change
    private static bool AfterLevelReached(SentenceTokens s, int open)
    {
        for (int k = open - 1; k > s.First; k--)
        {
            if (s.Has(k, WordClass.ChangeUp | WordClass.ChangeDown) && Clauses.IsVerbLike(s, k)) return s.Is(k + 1, "to") && s.IsWord(k + 2) && !s.IsDigits(k + 2);
            if (!s.IsWord(k) && !s.IsDigits(k)) return false;
        }
        return false;
    }

    // "That's lower than last year (98.4%) and 2019 (97.6)": a percent in brackets after the time a comparison names is the
    // level of that time, no change
    private static bool AfterTimeCompared(SentenceTokens s, int open)
    {
        bool time = false;
        for (int k = open - 1; k > s.First && open - k <= 12; k--)
        {
            if (s.Is(k, "than")) return time;
            // ("than last year (98.4%) and 2019 (97.6)": past the time and level compared before)
            if (s.IsPunct(k, ')') && time)
            {
                while (k > s.First && !s.IsPunct(k, '(')) k--;
                continue;
            }
            if (time && (s.Is(k, "and") || s.Is(k, "or") || s.IsPunct(k, ','))) continue;
            if (!s.IsWord(k) && !Clauses.IsYear(s, k)) return false;
            time |= Clauses.IsYear(s, k) || s.Has(k, WordClass.TimeUnit);
        }
        return false;
    }

    // "a 2.2% increase (3,627 cases)", "a 4.1% increase — 747 cases — over the previous year": a count set off right after a
    // percent change and its noun of change states the same change in the count
    private static KindProposal? RestatesPercentChange(FigureQuery q)
    {
        var s = q.S;
        int open = q.Figure.TextFirst - 1;
        // "increasing 3.4 percent (by more than 6,800 inmates)": the count the change was "by", in brackets right after it
        if (q.Index > 0 && s.Is(open, "by") && s.IsPunct(open - 1, '(') && q.Figures[q.Index - 1] is { Kind: FigureKind.Change } percent
            && KindCues.IsPercent(percent) && percent.ExtentLast == open - 2 && !KindCues.IsPercent(q.Figure))
            return new KindProposal(FigureKind.Change, Math.Sign(percent.Value) * Math.Abs(q.Figure.Value));
        if (q.Index == 0 || KindCues.IsPercent(q.Figure) || !(s.IsPunct(open, '(') || s.IsPunct(open, '—') || s.IsPunct(open, '–'))) return null;
        var before = q.Figures[q.Index - 1];
        if (before.Kind != FigureKind.Change || !KindCues.IsPercent(before) || open - before.TextLast != 2 || !s.IsLower(open - 1)
            || !(s.Span(open - 1) is "increase" or "rise" or "gain" or "jump" or "decrease" or "drop" or "fall" or "decline" or "reduction")) return null;
        return new KindProposal(FigureKind.Change, Math.Sign(before.Value) * Math.Abs(q.Figure.Value));
    }
}
