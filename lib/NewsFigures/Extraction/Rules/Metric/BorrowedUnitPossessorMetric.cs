namespace NewsFigures;

/// <summary>"250 million users ..., fueled by DeepSeek's seven-day surge to 100 million": a bare number that borrowed its unit
/// counts the possessor's share of it ("DeepSeek users").</summary>
internal sealed class BorrowedUnitPossessorMetric : IMetricRule
{
    public string Name => "metric.borrowed-unit-possessor";

    public MetricProposal? Propose(MetricQuery x) =>
        x.C.BorrowedUnit && MetricReader.PossessorsTarget(x.S, x.C, Source(x)) is { } target ? new MetricProposal(target) : null;

    internal static FigureDraft Source(MetricQuery x) => x.Figures[BareNumberUnit.BorrowedFrom(x.Figures, x.Index)];
}
