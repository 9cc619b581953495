namespace NewsFigures;

/// <summary>"650 billion yuan ($89.5 billion)": the converted amount measures what the amount before it measures.</summary>
internal sealed class ConvertedAmountMetric : IMetricRule
{
    public string Name => "metric.converted-amount";

    public MetricProposal? Propose(MetricQuery x) =>
        ConvertedAmount.Is(x.S, x.Figures, x.Index) ? new MetricProposal(x.Before!.Metric) : null;
}
