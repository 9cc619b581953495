namespace NewsFigures;

/// <summary>"rose by 3,159 units, or 6.4 per cent, to 52,356", "fell 2.1%, or $40 million": a figure after "or" that restates
/// the change right before it, in another unit, is that change (not a share of anything).</summary>
internal sealed class RestatedChangeKind : IKindRule
{
    public string Name => "kind.restated-change";

    public KindProposal? Propose(FigureQuery q)
    {
        var (s, c) = (q.S, q.Figure);
        if (q.Index == 0 || !s.Is(c.TextFirst - 1, "or")) return null;
        var before = q.Figures[q.Index - 1];
        // the token before ", or" (or "— or", a dash setting the restatement off)
        int end = s.IsPunct(c.TextFirst - 2, ',') || MetricReader.IsDash(s, c.TextFirst - 2) ? c.TextFirst - 3 : c.TextFirst - 2;
        // ("3,159 units": a counted noun the unit was not read from still ends the figure's phrase)
        bool ends = end >= before.TextLast && (end <= before.ExtentLast || end == before.ExtentLast + 1 && s.IsLower(end));
        if (before.Kind != FigureKind.Change || !ends || before.Unit.Unit == c.Unit.Unit) return null;
        return KindProposal.Change(before.Value < 0 ? -1 : 1, c.Value);
    }
}
