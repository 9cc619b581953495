namespace NewsFigures;

/// <summary>"1,037.3 EFLOPS in 2025, a 43 percent increase": a change, share or multiple with no time of its own takes
/// the period of the figure before it.</summary>
internal sealed class FigureBeforePeriod : IPeriodRule
{
    public string Name => "period.of-figure-before";

    public PeriodProposal? Propose(FigureQuery q) =>
        TimeChoice.TakesNeighbours(q.Figure) && q.Index > 0 && q.Figures[q.Index - 1] is { Period: { } period } before
            ? new PeriodProposal(period, before.HasFuturePeriod)
            : null;
}
