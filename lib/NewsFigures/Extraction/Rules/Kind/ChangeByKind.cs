namespace NewsFigures;

/// <summary>"raised its rate by 50 basis points", "output will rise by 1.2 million barrels": any unit after a change verb
/// and "by" is a change.</summary>
internal sealed class ChangeByKind : IKindRule
{
    public string Name => "kind.change-by";

    public KindProposal? Propose(FigureQuery q) =>
        !KindCues.StatesLevel(q.S, q.Figure) && q.S.Is(q.Figure.TextFirst - 1, "by") && KindCues.ChangeVerbBefore(q.S, q.ClauseStart, q.Figure.TextFirst - 1) is var direction and not 0
            ? KindProposal.Change(direction, q.Figure.Value)
            : null;
}
