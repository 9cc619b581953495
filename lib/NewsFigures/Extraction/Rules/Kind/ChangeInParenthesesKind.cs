namespace NewsFigures;

/// <summary>"double-digit ridership increases including Minneapolis (168.9%)", "growing at a faster rate than highway travel
/// (1.3% vs. 0.1%)": a percent in parentheses sizes the change its sentence has named before it.</summary>
internal sealed class ChangeInParenthesesKind : IKindRule
{
    public string Name => "kind.change-in-parentheses";

    public KindProposal? Propose(FigureQuery q) =>
        KindCues.IsPercent(q.Figure) && q.S.IsPunct(q.Figure.TextFirst - 1, '(')
        && KindCues.ChangeVerbBefore(q.S, q.S.First, q.Figure.TextFirst - 1) is var direction and not 0
            ? new KindProposal(FigureKind.Change, direction < 0 ? -Math.Abs(q.Figure.Value) : q.Figure.Value)
            : null;
}
