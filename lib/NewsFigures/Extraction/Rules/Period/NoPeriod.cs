namespace NewsFigures;

/// <summary>"The plant employs 300 workers": no period.</summary>
internal sealed class NoPeriod : IPeriodRule
{
    public string Name => "period.none";

    public PeriodProposal? Propose(FigureQuery q) =>
        PeriodProposal.None;
}
