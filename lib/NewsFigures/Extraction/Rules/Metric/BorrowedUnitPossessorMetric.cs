namespace NewsFigures;

/// <summary>"250 million users ..., fueled by DeepSeek's seven-day surge to 100 million": a bare number that borrowed its unit
/// counts the possessor's share of it ("DeepSeek users").</summary>
internal sealed class BorrowedUnitPossessorMetric : IMetricRule
{
    public string Name => "metric.borrowed-unit-possessor";

    public MetricProposal? Propose(MetricQuery x) =>
        x.C.BorrowedUnit && Source(x) is { } source && MetricReader.PossessorsTarget(x.S, x.C, source) is { } target ? new MetricProposal(target) : null;

    /// <summary>The figure the unit was borrowed from, or null when none before it has a unit to lend.</summary>
    internal static FigureDraft? Source(MetricQuery x) => BareNumberUnit.BorrowedFrom(x.Figures, x.Index) is >= 0 and var g ? x.Figures[g] : null;
}
