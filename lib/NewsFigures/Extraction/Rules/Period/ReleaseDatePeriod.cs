namespace NewsFigures;

/// <summary>"data released in April show 12 percent": a source's release date, when nothing better is there.</summary>
internal sealed class ReleaseDatePeriod : IPeriodRule
{
    public string Name => "period.release-date";

    public PeriodProposal? Propose(FigureQuery q) =>
        TimeChoice.Nearest(q.Sentence, q.Figure, q.Index, TimeChoice.Other);
}
