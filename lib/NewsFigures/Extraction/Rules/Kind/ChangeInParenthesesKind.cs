namespace NewsFigures;

/// <summary>"double-digit ridership increases including Minneapolis (168.9%)", "growing at a faster rate than highway travel
/// (1.3% vs. 0.1%)": a percent in parentheses sizes the change its sentence has named before it. Right after a figure it
/// restates that figure: a change's percent is the change ("fell 12,000 (5%)"), a count's is its share ("226 (75%) were
/// waiting"), left to the share rule.</summary>
internal sealed class ChangeInParenthesesKind : IKindRule
{
    public string Name => "kind.change-in-parentheses";

    public KindProposal? Propose(FigureQuery q)
    {
        if (!KindCues.IsPercent(q.Figure) || !q.S.IsPunct(q.Figure.TextFirst - 1, '(')) return null;
        if (q.Index > 0 && q.Figures[q.Index - 1] is var before && before.TextLast == q.Figure.TextFirst - 2)
            return before.Kind == FigureKind.Change ? new KindProposal(FigureKind.Change, Math.Sign(before.Value) * Math.Abs(q.Figure.Value)) : null;
        return KindCues.ChangeVerbBefore(q.S, q.S.First, q.Figure.TextFirst - 1) is var direction and not 0
            ? KindProposal.Change(direction, q.Figure.Value)
            : null;
    }
}
