namespace NewsFigures;

/// <summary>"now has 200 million users": the article's present, its month, when the sentence names no period.</summary>
internal sealed class NowPeriod : IPeriodRule
{
    public string Name => "period.now";

    public PeriodProposal? Propose(FigureQuery q) =>
        TimeChoice.Nearest(q.Sentence, q.Figure, q.Index, TimeChoice.Now);
}
