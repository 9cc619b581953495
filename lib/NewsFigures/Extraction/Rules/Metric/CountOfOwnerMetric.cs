namespace NewsFigures;

/// <summary>"the registered capital of 30 firms": a thin count names its owner ("registered capital of firms").</summary>
internal sealed class CountOfOwnerMetric : IMetricRule
{
    public string Name => "metric.count-of-owner";

    public MetricProposal? Propose(MetricQuery x) =>
        x.C.Unit.HasNoun && MetricReader.Owner(x.S, x.C.TextFirst) is { } owner ? MetricProposal.Phrase($"{x.S.Join(owner.First, owner.End)} of {x.Count.Phrase}") : null;
}
