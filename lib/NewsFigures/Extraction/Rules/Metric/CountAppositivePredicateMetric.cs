namespace NewsFigures;

/// <summary>"Humanoid robots, numbering 10,000 units, now handle tasks in factories": what the counted things do.</summary>
internal sealed class CountAppositivePredicateMetric : IMetricRule
{
    public string Name => "metric.count-appositive-predicate";

    public MetricProposal? Propose(MetricQuery x) =>
        x.C.Unit.HasNoun && MetricReader.AppositivePredicate(x) is { } predicate ? MetricProposal.Phrase(MetricReader.Joined(x.Count.Phrase, predicate)) : null;
}
