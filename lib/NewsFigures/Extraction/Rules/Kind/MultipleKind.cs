namespace NewsFigures;

/// <summary>"2.5 times that of the United States": a multiple.</summary>
internal sealed class MultipleKind : IKindRule
{
    public string Name => "kind.multiple";

    public KindProposal? Propose(FigureQuery q) =>
        q.Figure.Unit.Class == UnitClass.Times ? new KindProposal(FigureKind.Multiple, q.Figure.Value) : null;
}
