namespace NewsFigures;

/// <summary>"raised its rate by 50 basis points to 10.75%" (", to 10.75%" too), "down from 61 percent a year earlier": the level
/// reached, or the base of a change, is the level of what changed (a change in another clause is not it, nor one before a
/// subject of the figure's own: "Exports rose 8 percent, while the trade surplus widened to $90 billion"); so is the base a
/// level is compared with in the same unit ("$10.9 billion, compared with $9.62 billion").</summary>
internal sealed class LevelAfterChangeMetric : IMetricRule
{
    public string Name => "metric.level-after-change";

    public MetricProposal? Propose(MetricQuery x) =>
        // "increases ranging from 14% in the Midwest to 60% in Texas": the range's far end is a change of its own place
        !KindCues.RangesOverChanges(x.S, x.C.TextFirst - 1) && (IsReachedByChange(x) || IsComparedLevel(x)) ? new MetricProposal(Measured(x).Metric) : null;

    // "earned $643 million, or $1.12 a share, ..., up from $482.5 million": an amount in the unit of the figure a per-share
    // restatement restates is that figure's base
    private static FigureDraft Measured(MetricQuery x)
    {
        var before = x.Before!;
        var restated = x.Figures[KindCues.RestatedIndex(x.S, x.Figures, x.Index - 1)];
        return restated.Unit.Unit == x.C.Unit.Unit && before.Metric.EndsWith(" per share", StringComparison.Ordinal)
            && !x.S.Is(x.C.ExtentLast + 1, "a") && !x.S.Is(x.C.ExtentLast + 1, "per") ? restated : before;
    }

    // "revenue of $10.9 billion, compared with $9.62 billion a year earlier": the base a level is compared with is a level of
    // the same thing, in the same unit
    private static bool IsComparedLevel(MetricQuery x) =>
        KindCues.IsComparedBase(x.S, x.C.TextFirst) && x.Before is { } before && before.Kind is FigureKind.Level or FigureKind.Forecast
        && before.Unit.Class == x.C.Unit.Class && before.Unit.Unit == x.C.Unit.Unit && before.Metric.Length > 0
        && !(x.At.OwnSubject is { } own && own.First > before.TextLast);

    private static bool IsReachedByChange(MetricQuery x)
    {
        var (s, c) = (x.S, x.C);
        // "added 200,000 jobs and the unemployment rate fell to 8.5%": a subject of its own after the change is another clause
        // "decreased by 270,000 to 6.0 million": a count in the change's own unit is reached by it as a measure is
        int link = MetricReader.LinkBefore(s, c.TextFirst);
        bool totalCompared = s.Is(c.TextFirst - 1, "of") && KindCues.IsTotalComparedWith(s, x.At.ClauseStart, c.TextFirst);
        return (s.Is(link, "to") || s.Is(link, "from") || KindCues.IsBaseOfComparedChange(s, c.TextFirst) || totalCompared) && x.Before is { } before
            // ("a growth in traffic of 7% to 139 million": a bare number reached is a level of what changed too)
            && (c.IsMeasure || c.Unit.Unit is null && !c.Unit.HasNoun || c.Unit.Unit is not null && before.Unit.Unit == c.Unit.Unit)
            && !(x.At.OwnSubject is { } own && own.First > before.TextLast)
            && (before.Kind == FigureKind.Change && (before.TextFirst >= x.At.ClauseStart || KindCues.ReachedAfterComma(s, x.Figures, x.Index)
                || KindCues.ReachedAfterComma(s, x.Figures, x.Index, "from"))
                || UpOrDownBefore(s, c.TextFirst - 2));
    }

    // "up from", "down slightly from": "up" or "down" and an adverb of degree before the "from" (", a slowdown from": or a
    // change of pace)
    private static bool UpOrDownBefore(SentenceTokens s, int k) =>
        s.Is(k, "up") || s.Is(k, "down") || KindCues.IsChangeOfPace(s, k) && s.Has(k - 1, WordClass.Determiner)
        || s.IsLower(k) && s.Span(k) is "slightly" or "sharply" or "marginally" or "significantly" or "substantially" or "modestly" or "only"
            && (s.Is(k - 1, "up") || s.Is(k - 1, "down"));
}
