namespace NewsFigures;

/// <summary>"a 43 percent increase", "exports dipped 5 percent", "10% more than in 2024", "set to rise 4-6%", "visits fell
/// 12,000": a measure (or the bare start of a range of one, or a count right after a verb of change) beside a change word is
/// a change, negative for a fall ("rose to 3.9%" states the level reached instead; a change word after "and" past the figure is another verb's: "handles 102 EFLOPS and cut training cycles").</summary>
internal sealed class ChangeWordKind : IKindRule
{
    public string Name => "kind.change-word";

    public KindProposal? Propose(FigureQuery q) =>
        !IsComparedMultiple(q) && (KindCues.IsMeasureOrRangeStart(q.S, q.Figures, q.Index) || KindCues.CountRightAfterChangeVerb(q.S, q.Figure)) && !KindCues.StatesLevel(q.S, q.Figure) && KindCues.ChangeDirection(q.S, q.Figure, q.ClauseStart, q.ClauseEnd) is var direction and not 0
            ? KindProposal.Change(direction, q.Figure.Value)
            : null;

    // "2.4 times more likely to apply", "three times higher than": a multiple compares two things, it moves neither
    private static bool IsComparedMultiple(FigureQuery q) =>
        q.Figure.Unit.Class == UnitClass.Times && q.S.IsLower(q.Figure.TextLast + 1)
        && q.S.Span(q.Figure.TextLast + 1) is "more" or "less" or "higher" or "lower" or "larger" or "bigger" or "greater" or "smaller";
}
