namespace NewsFigures;

/// <summary>"Alphabet is cutting about 12,000 jobs", "plans to lay off an additional 9,000 workers", "cutting £10,000 for
/// food": a count or a sum that "cut", "slash", "shed", "eliminate" or "lay off" takes from a stock is a fall of it, the
/// mirror of kind.added.</summary>
internal sealed class RemovedKind : IKindRule
{
    public string Name => "kind.removed";

    public KindProposal? Propose(FigureQuery q) =>
        KindCues.IsRemoved(q.S, q.Figure, q.ClauseStart) ? KindProposal.Change(-1, q.Figure.Value) : null;
}
