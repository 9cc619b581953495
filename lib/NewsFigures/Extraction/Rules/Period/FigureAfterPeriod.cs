namespace NewsFigures;

/// <summary>"rose 12% to 3.1 billion yuan in the second quarter": with none before, the period the next figure's own
/// time expressions give it. Not across a contrast ("Any rate below 5 percent is low, but many locked in rates below
/// 4 percent in the past five years"): the other side of "but" speaks of another time.</summary>
internal sealed class FigureAfterPeriod : IPeriodRule
{
    public string Name => "period.of-figure-after";

    public PeriodProposal? Propose(FigureQuery q) =>
        TimeChoice.TakesNeighbours(q.Figure) && q.Index + 1 < q.Figures.Count && !ContrastBetween(q.S, q.Figure, q.Figures[q.Index + 1])
            ? TimeChoice.Best(q.Sentence, q.Figures[q.Index + 1], q.Index + 1) : null;

    private static bool ContrastBetween(SentenceTokens s, FigureDraft figure, FigureDraft next)
    {
        for (int k = figure.TextLast + 1; k < next.TextFirst; k++)
            if (s.Is(k, "but") || s.Is(k, "whereas") || s.Is(k, "while")) return true;
        return false;
    }
}
