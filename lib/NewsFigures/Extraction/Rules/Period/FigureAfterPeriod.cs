namespace NewsFigures;

/// <summary>"rose 12% to 3.1 billion yuan in the second quarter": with none before, the period the next figure's own
/// time expressions give it. Not across a contrast ("Any rate below 5 percent is low, but many locked in rates below
/// 4 percent in the past five years"): the other side of "but" speaks of another time; nor from the base it is compared
/// with ("up from $274 billion in 2016", "£21.8 million (2015: £22.9 million)", "versus EUR 16.7 billion"), nor for a multiple, whose next figure is its base.</summary>
internal sealed class FigureAfterPeriod : IPeriodRule
{
    public string Name => "period.of-figure-after";

    public PeriodProposal? Propose(FigureQuery q) =>
        TimeChoice.TakesNeighbours(q.Figure) && q.Index + 1 < q.Figures.Count && !ContrastBetween(q.S, q.Figure, q.Figures[q.Index + 1])
            && !IsBase(q.S, q.Figures[q.Index + 1]) && !IsMultiple(q.Figure)
            ? TimeChoice.Best(q.Sentence, q.Figures[q.Index + 1], q.Index + 1) : null;

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
