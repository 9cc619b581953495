namespace NewsFigures;

/// <summary>"the 35 in 2019", "515 million by mid-year", "five consecutive years to 2024": a time expression right
/// after the figure, or around it, is its period alone.</summary>
internal sealed class OwnTimePeriod : IPeriodRule
{
    public string Name => "period.own-time";

    public PeriodProposal? Propose(FigureQuery q) =>
        TimeChoice.Nearest(q.Sentence, q.Figure, q.Index, TimeChoice.Own);
}
