namespace NewsFigures;

/// <summary>"is expected to reach 1.2 million by 2030", "will add 40 GW": a cue of the future in the clause, or a
/// period after the article date.</summary>
internal sealed class ForecastKind : IKindRule
{
    public string Name => "kind.forecast";

    public KindProposal? Propose(FigureQuery q) =>
        q.HasFuturePeriod || KindCues.HasForecastCue(q.S, q.ClauseStart, q.ClauseEnd) ? new KindProposal(FigureKind.Forecast, q.Figure.Value) : null;
}
