namespace NewsFigures;

/// <summary>"650 billion yuan ($89.5 billion)": the converted amount measures what the amount before it measures; so does
/// the amount restated per share ("earnings of $2.98 billion, or 29 cents per share": earnings per share).</summary>
internal sealed class ConvertedAmountMetric : IMetricRule
{
    public string Name => "metric.converted-amount";

    public MetricProposal? Propose(MetricQuery x) =>
        ConvertedAmount.Is(x.S, x.Figures, x.Index) || IsPerShare(x) ? new MetricProposal(x.Before!.Metric) : null;

    private static bool IsPerShare(MetricQuery x)
    {
        var (s, c) = (x.S, x.C);
        return x.Before is { } before && before.Unit.Class == UnitClass.Currency && c.Unit.Class == UnitClass.Currency && before.Metric.Length > 0
            && s.Is(c.TextFirst - 1, "or") && s.IsPunct(c.TextFirst - 2, ',') && before.TextLast == c.TextFirst - 3
            && (s.Is(c.TextLast + 1, "per") || s.Is(c.TextLast + 1, "a")) && s.Is(c.TextLast + 2, "share");
    }
}
