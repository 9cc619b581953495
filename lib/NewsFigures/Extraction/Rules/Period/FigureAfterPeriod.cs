namespace NewsFigures;

/// <summary>"rose 12% to 3.1 billion yuan in the second quarter": with none before, the period the next figure's own
/// time expressions give it.</summary>
internal sealed class FigureAfterPeriod : IPeriodRule
{
    public string Name => "period.of-figure-after";

    public PeriodProposal? Propose(FigureQuery q) =>
        TimeChoice.TakesNeighbours(q.Figure) && q.Index + 1 < q.Figures.Count ? TimeChoice.Best(q.Sentence, q.Figures[q.Index + 1], q.Index + 1) : null;
}
