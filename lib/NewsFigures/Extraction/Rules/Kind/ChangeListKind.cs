namespace NewsFigures;

/// <summary>"fell 13.4% to 2.8 million tons in Germany, 31.2% to 0.7 million tons in France", "burglary rose by 3 per cent,
/// robbery by 1 per cent": a percent that goes on a list after a change percent, with no verb of its own between them, is a
/// change the same way.</summary>
internal sealed class ChangeListKind : IKindRule
{
    public string Name => "kind.change-list";

    public KindProposal? Propose(FigureQuery q) =>
        !KindCues.StatesLevel(q.S, q.Figure) && KindCues.ContinuedChange(q.S, q.Figures, q.Index) is var direction and not 0
            ? KindProposal.Change(direction, q.Figure.Value)
            : null;
}
