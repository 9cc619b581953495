namespace NewsFigures;

/// <summary>"some £163.1bn (32%) was sourced through income tax", "3680 patients (14.2%)": a percent alone in brackets right
/// after a figure in another unit is that figure's share of the whole, so it measures the share of what that figure
/// measures.</summary>
internal sealed class BracketedShareMetric : IMetricRule
{
    public string Name => "metric.bracketed-share";

    public MetricProposal? Propose(MetricQuery x)
    {
        var (s, c) = (x.S, x.C);
        return c.Unit.Class == UnitClass.Percent && s.IsPunct(c.TextFirst - 1, '(') && s.IsPunct(c.TextLast + 1, ')')
            && x.Before is { } before && before.ExtentLast == c.TextFirst - 2 && before.Unit.Class != UnitClass.Percent && before.Metric.Length > 0
            ? new MetricProposal(SaysWhatItDoes(before.Metric) ? $"share that {before.Metric}" : $"share of {before.Metric}")
            : null;
    }

    // "was sourced through income tax": the metric of an amount that opens its clause is what it does
    private static bool SaysWhatItDoes(string metric) =>
        metric.Split(' ')[0] is "was" or "were" or "is" or "are" or "has" or "have" or "had" or "will" or "came" or "went";
}
