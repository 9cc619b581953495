namespace NewsFigures;

/// <summary>"In 2024, exports rose 8 percent": the nearest time expression of the sentence that no other figure owns
/// (never the base of a comparison: "from the previous year").</summary>
internal sealed class NearestTimePeriod : IPeriodRule
{
    public string Name => "period.nearest-time";

    public PeriodProposal? Propose(FigureQuery q) =>
        TimeChoice.Nearest(q.Sentence, q.Figure, q.Index, TimeChoice.Period);
}
