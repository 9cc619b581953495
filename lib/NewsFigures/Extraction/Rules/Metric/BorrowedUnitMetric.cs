namespace NewsFigures;

/// <summary>"626 regular universities ..., far exceeding the 35 in 2019": a bare number that borrowed its unit measures what
/// its source measures.</summary>
internal sealed class BorrowedUnitMetric : IMetricRule
{
    public string Name => "metric.borrowed-unit";

    public MetricProposal? Propose(MetricQuery x) =>
        x.C.BorrowedUnit ? new MetricProposal(BorrowedUnitPossessorMetric.Source(x).Metric) : null;
}
