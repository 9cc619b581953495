namespace NewsFigures;

/// <summary>"650 billion yuan ($89.5 billion)": a converted amount states what the amount before it states.</summary>
internal sealed class ConvertedAmountKind : IKindRule
{
    public string Name => "kind.converted-amount";

    public KindProposal? Propose(FigureQuery q) =>
        ConvertedAmount.Is(q.S, q.Figures, q.Index) ? new KindProposal(q.Figures[q.Index - 1].Kind, q.Figure.Value) : null;
}
