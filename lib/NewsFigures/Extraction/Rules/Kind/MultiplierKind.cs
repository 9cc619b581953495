namespace NewsFigures;

/// <summary>"Output doubled", "the cost halved": a multiplier word is a change (halved is -50 percent).</summary>
internal sealed class MultiplierKind : IKindRule
{
    public string Name => "kind.multiplier";

    public KindProposal? Propose(FigureQuery q) =>
        q.Figure.Number.Form == NumberForm.Multiplier
            ? new KindProposal(FigureKind.Change, q.Figure.Number.Value < 1 ? -(1 - q.Figure.Number.Value) * 100 : q.Figure.Value)
            : null;
}
