namespace NewsFigures;

/// <summary>"Freight volumes expanded at an annual rate of nearly 6 percent", "fares haven't risen at better than a 2 percent
/// rate": the rate a change verb goes at is a change.</summary>
internal sealed class ChangeAtRateKind : IKindRule
{
    public string Name => "kind.change-at-rate";

    public KindProposal? Propose(FigureQuery q) =>
        KindCues.IsPercent(q.Figure) && KindCues.ChangeAtRate(q.S, q.Figure, q.ClauseStart) is var direction and not 0
            ? KindProposal.Change(direction, q.Figure.Value)
            : null;
}
