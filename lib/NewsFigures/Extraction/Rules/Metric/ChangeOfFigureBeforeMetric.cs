namespace NewsFigures;

/// <summary>"Revenue reached $4.2 billion, up 12 percent": a change with no subject of its own changes what the figure before
/// measures; so does a multiple that compares ("counted 365,300 arrivals, 4.5 times higher than the same period last year").</summary>
internal sealed class ChangeOfFigureBeforeMetric : IMetricRule
{
    public string Name => "metric.change-of-figure-before";

    public MetricProposal? Propose(MetricQuery x) =>
        (x.Kind == FigureKind.Change || IsComparingMultiple(x)) && x.Before is { } before
        // ("12 percent higher than a year earlier but 5 percent lower": the word of a percent or multiple before is no subject;
        // the noun a count or measure names is: "two year waits have reduced by 55 per cent", "its 7-day decline")
        && (x.At.OwnSubject is not { } own || before.Unit.Class is UnitClass.Percent or UnitClass.Times && before.Covers(own))
            ? MetricProposal.Phrase(before.Metric) : null;

    private static bool IsComparingMultiple(MetricQuery x) =>
        x.C.Unit.Class == UnitClass.Times && Clauses.IsComparative(x.S.Span(x.C.TextLast + 1)) && x.S.Is(x.C.TextLast + 2, "than");
}
