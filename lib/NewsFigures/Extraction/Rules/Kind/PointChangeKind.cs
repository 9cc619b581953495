namespace NewsFigures;

/// <summary>"raised the benchmark interest rate 0.75 percentage point to 9.5%", "down 25 basis points": points of a percent
/// measure a difference between two rates, so they are a change, negative when a fall word is nearest.</summary>
internal sealed class PointChangeKind : IKindRule
{
    public string Name => "kind.point-change";

    public KindProposal? Propose(FigureQuery q) =>
        q.Figure.Unit.Unit is "percentage point" or "basis point" && !KindCues.StatesLevel(q.S, q.Figure)
            ? KindProposal.Change(KindCues.ChangeVerbBefore(q.S, q.ClauseStart, q.Figure.TextFirst), q.Figure.Value)
            : null;
}
