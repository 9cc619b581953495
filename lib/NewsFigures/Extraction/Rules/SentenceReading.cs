namespace NewsFigures;

/// <summary>
/// One sentence as every rule reads it, built once: its tokens (with word classes and clause questions), its time
/// expressions, its first source cue, the clause each figure found in it stands in, and which figure each time expression belongs to. Nothing in
/// it changes while the rules run.
/// </summary>
internal sealed class SentenceReading
{
    private const int OwnershipGap = 3, BaseOwnershipGap = 6;
    // "July's starts were unrevised at a 1.21 million-unit pace": how far after a possessive time the figure it owns may stand
    private const int MaxPossessedReach = 8;

    private readonly int[] timeOwners;
    private readonly bool[] bracketLabels;
    private readonly (int Start, int End)[] clauses;

    public SentenceReading(SentenceTokens tokens, IReadOnlyList<TimeExpression> times, IReadOnlyList<FigureDraft> found)
    {
        Tokens = tokens;
        Times = times;
        DatedTimes = times.Any(t => t.Period == TimeExpressionReader.Unknown) ? [.. times.Where(t => t.Period != TimeExpressionReader.Unknown)] : times;
        SourceCue = NewsFigures.SourceCue.First(tokens);
        timeOwners = new int[times.Count];
        bracketLabels = new bool[times.Count];
        for (int t = 0; t < times.Count; t++)
        {
            int labelled = LabelledInBrackets(tokens, times[t], found);
            bracketLabels[t] = labelled >= 0;
            timeOwners[t] = OwnerOf(tokens, times[t], found, labelled);
        }
        clauses = new (int, int)[found.Count];
        for (int f = 0; f < found.Count; f++) clauses[f] = (Clauses.Start(tokens, found[f].TextFirst), Clauses.End(tokens, found[f].TextLast));
    }

    /// <summary>The clause a figure stands in: from the start of its first token's clause to the end of its last's.</summary>
    public (int Start, int End) ClauseOf(int f) => clauses[f];

    public SentenceTokens Tokens { get; }
    /// <summary>What was read of the text before this sentence (sources credited, subjects named), or null.</summary>
    public Discourse? Discourse { get; init; }
    /// <summary>The period of the heading a verbless list item stands under ("Key figures for 2016/17:"), or null.</summary>
    public string? HeadingPeriod { get; init; }
    /// <summary>The change the heading a verbless list item stands under names ("These sectors recorded job losses:" -1),
    /// else 0.</summary>
    public int HeadingChange { get; init; }
    /// <summary>What the heading a verbless list item stands under measures ("adult obesity rates"), else null.</summary>
    public string? HeadingMeasure { get; init; }
    public IReadOnlyList<TimeExpression> Times { get; }
    /// <summary>The time expressions that resolve to a period: what ends a metric's phrase ("attendances recorded in May" keeps
    /// its month when the text's date is unknown, since no period can say it).</summary>
    public IReadOnlyList<TimeExpression> DatedTimes { get; }
    /// <summary>The sentence's first "according to", "data from" or "data released by", if any.</summary>
    public SourceCue? SourceCue { get; }

    /// <summary>Whether a time labels the figure in brackets right after it ("compared to May (260,947 units)").</summary>
    public bool LabelsInBrackets(int t) => bracketLabels[t];

    /// <summary>The figure a time expression belongs to alone ("the 35 in 2019", "515 million by mid-year"), or -1.</summary>
    public int OwnerOfTime(int t) => timeOwners[t];

    // The figure a time expression directly follows, or that it contains ("five consecutive years to 2024"); a possessive
    // time belongs to the figure of the noun it owns ("ahead of 2017's average monthly growth of 182,000", "July's starts
    // were unrevised at a 1.21 million-unit pace").
    // (labelled: the figure in brackets the time labels, else -1)
    private static int OwnerOf(SentenceTokens s, TimeExpression e, IReadOnlyList<FigureDraft> figures, int labelled)
    {
        // ("this month's prices have been a consequence of the average landed cost ... decreasing by 1.83 per cent": not past a
        // noun phrase of its own; "fell 4% from July's level": a noun, not the figure before it)
        if (TimeExpressionReader.IsPossessive(s, e))
        {
            int clauseEnd = Math.Min(Clauses.End(s, e.Last + 3), e.Last + 1 + MaxPossessedReach);
            // "February 2007's new car registrations – 73,586 new passenger cars –": the noun owned, then its figure set off by
            // a dash
            bool dashed = clauseEnd < e.Last + 1 + MaxPossessedReach && (s.IsPunct(clauseEnd, '–') || s.IsPunct(clauseEnd, '—'));
            for (int f = 0; f < figures.Count; f++)
                if (figures[f].TextFirst > e.Last && (figures[f].TextFirst < clauseEnd || dashed && figures[f].TextFirst == clauseEnd + 1))
                    return MetricReader.HasWord(s, e.Last + 1, figures[f].TextFirst, "the") ? -1 : f;
            return -1;
        }
        // "over the August 2021 total of $47.3 billion", "lower than the 1999 rate of 65%": a time that opens "the ... total of"
        // dates the figure the total is
        if (s.Is(e.First - 1, "the") && TimeExpressionReader.MeasureNounOf(s, e.Last + 1) is > 0 and var amount)
            for (int f = 0; f < figures.Count; f++)
                if (figures[f].TextFirst == amount) return f;
        // "larger in 1948-49 (38,776) and 1949-50 (37,400)": a time labels the figure in brackets right after it (not one right
        // after a figure, "7.7 million in 2011 (19.8%)", whose bracket restates that figure)
        if (labelled >= 0) return labelled;
        // "£21.8 million (2015: £22.9 million)": a time and a colon label the figure after them
        if (s.IsPunct(e.Last + 1, ':'))
            for (int f = 0; f < figures.Count; f++)
                if (figures[f].TextFirst > e.Last + 1 && figures[f].TextFirst <= e.Last + 3) return f;
        for (int f = 0; f < figures.Count; f++)
        {
            var fig = figures[f];
            if (e.First <= fig.TextFirst && e.Last >= fig.TextLast) return f;
            // ("US$36/MWh (July 2017)": past a rate's unit written with a slash)
            int last = s.IsPunct(fig.ExtentLast + 1, '/') && s.Touches(fig.ExtentLast + 1) && s.IsWord(fig.ExtentLast + 2) && s.Touches(fig.ExtentLast + 2)
                ? fig.ExtentLast + 2 : fig.ExtentLast;
            int gap = e.First - last;
            bool nextFigureBetween = f + 1 < figures.Count && figures[f + 1].TextFirst < e.First;
            if (nextFigureBetween || gap < 1 || TimeChoice.OpensCoordinatedClause(s, e, fig)) continue;
            if (gap <= OwnershipGap || gap <= BaseOwnershipGap && IsComparisonBase(s, fig) && !BreakBetween(s, fig.ExtentLast, e.First))
                return f > 0 && IsMarginAfter(s, figures[f - 1], fig) ? f - 1 : f;
        }
        return -1;
    }

    // "53,200 (± 900) in the year ended February 2019": a margin in brackets right after a figure is that figure's, and so
    // is the time after it
    private static bool IsMarginAfter(SentenceTokens s, FigureDraft figure, FigureDraft margin) =>
        s.IsPunct(figure.ExtentLast + 1, '(') && margin.TextFirst <= figure.ExtentLast + 5 && s.IsPunct(margin.ExtentLast + 1, ')')
        && (s.IsPunct(margin.TextFirst - 1, '±') || s.Is(margin.TextFirst - 1, "minus") && s.Is(margin.TextFirst - 3, "plus"));

    // The figure in brackets right after a time that no figure stands right before ("in 1948-49 (38,776)", "compared to May
    // (260,947 units)"), else -1.
    private static int LabelledInBrackets(SentenceTokens s, TimeExpression e, IReadOnlyList<FigureDraft> figures)
    {
        if (!s.IsPunct(e.Last + 1, '(')) return -1;
        for (int f = 0; f < figures.Count; f++)
            if (figures[f].ExtentLast == e.First - 1) return -1;
        for (int f = 0; f < figures.Count; f++)
            if (figures[f].TextFirst == e.Last + 2 && s.IsPunct(figures[f].ExtentLast + 1, ')')) return f;
        return -1;
    }

    // "EUR 11.8 billion versus EUR 16.7 billion in the same period last year": the base a figure is compared with owns the
    // time that dates it a few words further on, so the figure before it does not take that time.
    private static bool IsComparisonBase(SentenceTokens s, FigureDraft fig) =>
        KindCues.IsComparedBase(s, fig.TextFirst) || s.Is(fig.TextFirst - 1, "than") || KindCues.IsBaseOfChangeNoun(s, fig.TextFirst);

    private static bool BreakBetween(SentenceTokens s, int from, int to)
    {
        for (int k = from + 1; k < to; k++) if (s.IsClauseBreak(k)) return true;
        return false;
    }
}
