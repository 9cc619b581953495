namespace NewsFigures;

/// <summary>"a 50-percent increase", "the 100,000 barrel per day increase", "average monthly growth of 182,000", "The
/// monthly increase in output stood at 160,000 b/d": a figure that sizes a change noun, or that a change noun as subject is,
/// is a change, whatever it counts (negative for a fall, a cut or a downward revision).</summary>
internal sealed class ChangeNounKind : IKindRule
{
    public string Name => "kind.change-noun";

    public KindProposal? Propose(FigureQuery q) =>
        KindCues.ChangeNounDirection(q.S, q.Figure, q.ClauseStart) is var direction and not 0
            ? KindProposal.Change(direction, q.Figure.Value)
            : null;
}
