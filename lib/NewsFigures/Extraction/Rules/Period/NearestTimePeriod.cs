namespace NewsFigures;

/// <summary>"In 2024, exports rose 8 percent": the nearest time expression of the sentence that no other figure owns
/// (never the base of a comparison: "from the previous year").</summary>
internal sealed class NearestTimePeriod : IPeriodRule
{
    public string Name => "period.nearest-time";

    public PeriodProposal? Propose(FigureQuery q) =>
        NewLevelsOwnTime(q) ?? TimeChoice.Nearest(q.Sentence, q.Figure, q.Index, TimeChoice.Period);

    // "after a disastrous 2012, with production soaring 43 percent to 297,340 tonnes in the first nine months": a change takes
    // the time its new level owns before any nearer time of the sentence
    private static PeriodProposal? NewLevelsOwnTime(FigureQuery q)
    {
        int next = q.Index + 1;
        // (not for a base: "from N234.746 billion to N282.907 billion in 2022")
        if (next >= q.Figures.Count || !TimeChoice.TakesNeighbours(q.Figure) || KindCues.IsBaseOfComparison(q.S, q.Figure.TextFirst)) return null;
        // ("rose 1.5 percent year-on-year to $6.01 billion in June": past what the change is measured against)
        int to = Clauses.PeriodOverPeriodEnd(q.S, q.Figure.ExtentLast + 1);
        return q.S.Is(to, "to") && q.Figures[next].TextFirst == to + 1 ? TimeChoice.Nearest(q.Sentence, q.Figures[next], next, TimeChoice.Own) : null;
    }
}
