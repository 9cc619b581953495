namespace NewsFigures;

/// <summary>"626 regular universities that have registered undergraduate AI programs": a count that says enough alone (three
/// content words or more) names its noun and what qualifies it.</summary>
internal sealed class CountedNounMetric : IMetricRule
{
    public string Name => "metric.counted-noun";

    public MetricProposal? Propose(MetricQuery x) =>
        x.C.Unit.HasNoun && !x.Count.Thin ? MetricProposal.Phrase(x.Count.Phrase) : null;
}
