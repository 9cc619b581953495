namespace NewsFigures;

/// <summary>"rose 12% to 3.1 billion yuan in the second quarter": with none before, the period the next figure's own
/// time expressions give it. Not across a contrast ("Any rate below 5 percent is low, but many locked in rates below
/// 4 percent in the past five years"): the other side of "but" speaks of another time; nor from the base it is compared
/// with ("up from $274 billion in 2016", "£21.8 million (2015: £22.9 million)", "versus EUR 16.7 billion"), nor for a multiple, whose next figure is its base.</summary>
internal sealed class FigureAfterPeriod : IPeriodRule
{
    public string Name => "period.of-figure-after";

    public PeriodProposal? Propose(FigureQuery q)
    {
        if (!TimeChoice.TakesNeighbours(q.Figure) || IsMultiple(q.Figure)) return null;
        // "rose by 3 per cent, robbery by 1 per cent and personal theft by 5 per cent between April and June": a change
        // with no time of its own passes on the time of the figure after it
        for (int n = q.Index + 1; n < q.Figures.Count; n++)
        {
            var next = q.Figures[n];
            if (ContrastBetween(q.S, q.Figures[n - 1], next) || IsBase(q.S, next)) return null;
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

    private static bool ContrastBetween(SentenceTokens s, FigureDraft figure, FigureDraft next)
    {
        for (int k = figure.TextLast + 1; k < next.TextFirst; k++)
            if (s.Is(k, "but") || s.Is(k, "whereas") || s.Is(k, "while")) return true;
        return false;
    }
}
