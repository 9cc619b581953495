namespace NewsFigures;

/// <summary>"Airlines added 40 routes in May and 12 in June", "the grid added 300 megawatts": what is added to a stock is a
/// change of it ("he added that ..." reports, and adds nothing).</summary>
internal sealed class AddedKind : IKindRule
{
    public string Name => "kind.added";

    public KindProposal? Propose(FigureQuery q) =>
        KindCues.IsAdded(q.S, q.Figure, q.ClauseStart) ? new KindProposal(FigureKind.Change, q.Figure.Value) : null;
}
