namespace NewsFigures;

/// <summary>"Only 64% of trains ran on time, against a target of 90%": a percent set against a share of the sentence is a
/// share of the same whole.</summary>
internal sealed class ShareComparedKind : IKindRule
{
    public string Name => "kind.share-compared";

    public KindProposal? Propose(FigureQuery q) =>
        KindCues.ComparedWithShare(q.S, q.Figures, q.Index) ? new KindProposal(FigureKind.Share, q.Figure.Value) : null;
}
