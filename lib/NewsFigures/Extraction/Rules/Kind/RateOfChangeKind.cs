namespace NewsFigures;

/// <summary>"inflation of 3.5 per cent", "compared to growth for the overall market of 3.2 per cent", "pay growth slowed to
/// 4.8%": a percent that an inflation or growth noun earlier in its sentence names is itself a rate of change; so is one a
/// verb of pace reaches or leaves ("accelerating from 4.4%", "had slowed down to 5.6 per cent").</summary>
internal sealed class RateOfChangeKind : IKindRule
{
    public string Name => "kind.rate-of-change";

    public KindProposal? Propose(FigureQuery q) =>
        KindCues.IsPercent(q.Figure) && KindCues.MeasuresRateOfChange(q.S, q.Figure)
            ? new KindProposal(FigureKind.Change, q.Figure.Value)
            : null;
}
