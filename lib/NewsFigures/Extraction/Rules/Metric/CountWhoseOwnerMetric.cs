namespace NewsFigures;

/// <summary>"It has aggregated the data resources of more than 30 satellites": satellites whose data resources the national
/// platform has aggregated.</summary>
internal sealed class CountWhoseOwnerMetric : IMetricRule
{
    public string Name => "metric.count-whose-owner";

    public MetricProposal? Propose(MetricQuery x) =>
        x.C.Unit.HasNoun && MetricReader.Owner(x.S, x.C.TextFirst) is { } owner && MetricReader.WhoseOwner(x, owner, x.Count.Phrase) is { } whose
            ? MetricProposal.Phrase(whose)
            : null;
}
