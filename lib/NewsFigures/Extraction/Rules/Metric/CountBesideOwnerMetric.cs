namespace NewsFigures;

/// <summary>"the backgrounds of more than 200 authors who wrote ...": a count that says enough alone counts its own noun; the
/// owner is what is said of it.</summary>
internal sealed class CountBesideOwnerMetric : IMetricRule
{
    public string Name => "metric.count-beside-owner";

    public MetricProposal? Propose(MetricQuery x) =>
        x.C.Unit.HasNoun && MetricReader.Owner(x.S, x.C.TextFirst) is not null && !x.Count.Thin ? MetricProposal.Phrase(x.Count.Phrase) : null;
}
