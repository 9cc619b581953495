namespace NewsFigures;

/// <summary>"626 regular universities ..., far exceeding the 35 in 2019": a bare number that borrowed its unit measures what
/// its source measures.</summary>
internal sealed class BorrowedUnitMetric : IMetricRule
{
    public string Name => "metric.borrowed-unit";

    public MetricProposal? Propose(MetricQuery x) =>
        x.C.BorrowedUnit && !HasOwnOwner(x) ? new MetricProposal(BorrowedUnitPossessorMetric.Source(x).Metric) : null;

    // "ahead of last year's average monthly growth of 182,000": the number's own noun phrase names what it measures
    private static bool HasOwnOwner(MetricQuery x) =>
        x.S.Is(x.C.TextFirst - 1, "of") && MetricReader.Owner(x.S, x.C.TextFirst) is { } owner && MetricReader.IsOwned(x.S, owner);
}
