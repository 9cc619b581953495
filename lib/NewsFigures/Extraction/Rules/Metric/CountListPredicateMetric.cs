namespace NewsFigures;

/// <summary>"More than 30 institutions, 120 universities and over 2,000 enterprises participated in X": every item of a listed
/// subject does what the list does.</summary>
internal sealed class CountListPredicateMetric : IMetricRule
{
    public string Name => "metric.count-list-predicate";

    public MetricProposal? Propose(MetricQuery x) =>
        x.C.Unit.HasNoun && MetricReader.ListPredicate(x) is { } predicate ? MetricProposal.Phrase(MetricReader.Joined(x.Count.Phrase, predicate)) : null;
}
