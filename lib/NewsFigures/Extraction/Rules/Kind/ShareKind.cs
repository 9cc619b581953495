namespace NewsFigures;

/// <summary>"30 percent of the country's electricity", "accounted for 12%", "a third of": a part of a whole.</summary>
internal sealed class ShareKind : IKindRule
{
    public string Name => "kind.share";

    public KindProposal? Propose(FigureQuery q) =>
        q.Figure.Unit.Class == UnitClass.Percent && KindCues.IsShare(q.S, q.Figure, q.ClauseStart) ? new KindProposal(FigureKind.Share, q.Figure.Value) : null;
}
