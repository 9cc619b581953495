namespace NewsFigures;

/// <summary>"Ticket prices rose between 5% and 10%", "fares fell 3-5%": the second end of a range states what the first
/// states, with its sign.</summary>
internal sealed class RangeEndKind : IKindRule
{
    public string Name => "kind.range-end";

    public KindProposal? Propose(FigureQuery q)
    {
        if (q.Index == 0 || !KindCues.JoinsRange(q.S, q.Figures[q.Index - 1], q.Figure)) return null;
        var first = q.Figures[q.Index - 1];
        return new KindProposal(first.Kind, first.Value < 0 ? -Math.Abs(q.Figure.Value) : q.Figure.Value);
    }
}
