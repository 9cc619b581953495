namespace NewsFigures;

/// <summary>"626 regular universities that have registered undergraduate AI programs": a count that says enough alone (three
/// content words or more) names its noun and what qualifies it; opening its clause, also what a passive verb says of it
/// ("3,000 websites were adapted to be barrier free": websites adapted to be barrier free).</summary>
internal sealed class CountedNounMetric : IMetricRule
{
    public string Name => "metric.counted-noun";

    public MetricProposal? Propose(MetricQuery x) =>
        x.C.Unit.HasNoun && !x.Count.Thin
            ? MetricProposal.Phrase(x.At.SubjectPosition ? MetricReader.Joined(x.Count.Phrase, MetricReader.PassivePredicate(x, x.Count.ComplementEnd, orPlace: false)) : x.Count.Phrase)
            : null;
}
