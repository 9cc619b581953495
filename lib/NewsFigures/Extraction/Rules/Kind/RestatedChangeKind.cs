namespace NewsFigures;

/// <summary>"rose by 3,159 units, or 6.4 per cent, to 52,356", "fell 2.1%, or $40 million": a figure after "or" (or "equal to",
/// "equivalent to") that restates the change right before it, in another unit, is that change (not a share of anything).</summary>
internal sealed class RestatedChangeKind : IKindRule
{
    public string Name => "kind.restated-change";

    public KindProposal? Propose(FigureQuery q)
    {
        var (s, c) = (q.S, q.Figure);
        // ("(+15 million over 2014, equal to 4.0 per cent)": "equal" or "equivalent" to it restates it too)
        int or = s.Is(c.TextFirst - 1, "or") ? c.TextFirst - 1
            : s.Is(c.TextFirst - 1, "to") && (s.Is(c.TextFirst - 2, "equal") || s.Is(c.TextFirst - 2, "equivalent")) ? c.TextFirst - 2 : -1;
        if (q.Index == 0 || or < 0) return null;
        var before = q.Figures[q.Index - 1];
        // the token before ", or" (or "— or", a dash setting the restatement off)
        int end = s.IsPunct(or - 1, ',') || MetricReader.IsDash(s, or - 1) ? or - 2 : or - 1;
        // ("+15 million over 2014, equal to": past the base's time)
        if (or != c.TextFirst - 1 && end > before.ExtentLast && TimeBetween(s, before.ExtentLast + 1, end)) end = before.ExtentLast;
        // ("3,159 units": a counted noun the unit was not read from still ends the figure's phrase)
        bool ends = end >= before.TextLast && (end <= before.ExtentLast || end == before.ExtentLast + 1 && s.IsLower(end));
        if (before.Kind != FigureKind.Change || !ends || before.Unit.Unit == c.Unit.Unit) return null;
        return KindProposal.Change(before.Value < 0 ? -1 : 1, c.Value);
    }

    // tokens [first, last] are a preposition and a year only ("over 2014", "on 2019")
    private static bool TimeBetween(SentenceTokens s, int first, int last) =>
        last == first + 1 && s.Has(first, WordClass.Preposition) && s.IsDigits(last) && NonFigureRules.IsYearDigits(s.Span(last));
}
