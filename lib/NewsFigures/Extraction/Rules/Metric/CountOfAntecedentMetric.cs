namespace NewsFigures;

/// <summary>"..., which has 40 branches": a thin count whose subject is a pronoun names the metric of the figure before.</summary>
internal sealed class CountOfAntecedentMetric : IMetricRule
{
    public string Name => "metric.count-of-antecedent";

    public MetricProposal? Propose(MetricQuery x) =>
        x.C.Unit.HasNoun && x.ReferredTo is { } referred ? MetricProposal.Phrase(referred + " " + x.Count.Phrase) : null;
}
