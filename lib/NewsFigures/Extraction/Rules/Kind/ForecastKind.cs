namespace NewsFigures;

/// <summary>"is expected to reach 1.2 million by 2030", "could cost $40 billion", "will add 40 GW": a word of expectation or
/// a modal of possibility in the clause, "will" or "plans to" before the figure it governs, or a period after the article
/// date.</summary>
internal sealed class ForecastKind : IKindRule
{
    public string Name => "kind.forecast";

    public KindProposal? Propose(FigureQuery q) =>
        q.HasFuturePeriod || KindCues.HasForecastCue(q.S, q.Figures, q.Index, q.ClauseStart, q.ClauseEnd) ? new KindProposal(FigureKind.Forecast, q.Figure.Value) : null;
}
