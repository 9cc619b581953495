namespace NewsFigures;

/// <summary>"a 12 percent share of the bus market", "Rail's market share rose to 9 percent", "The vaccination rate reached 71
/// percent": a percent that sizes a share, or a rate that is a part of a population (an interest or growth rate is not).</summary>
internal sealed class ShareNounKind : IKindRule
{
    public string Name => "kind.share-noun";

    public KindProposal? Propose(FigureQuery q) =>
        KindCues.IsPercent(q.Figure) && KindCues.SizesShare(q.S, q.Figure, q.ClauseStart) ? new KindProposal(FigureKind.Share, q.Figure.Value) : null;
}
