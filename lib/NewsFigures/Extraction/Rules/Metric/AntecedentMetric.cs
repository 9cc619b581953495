namespace NewsFigures;

/// <summary>"..., which rose to 12 percent": an amount whose subject is a pronoun measures what the figure before measures.</summary>
internal sealed class AntecedentMetric : IMetricRule
{
    public string Name => "metric.antecedent";

    public MetricProposal? Propose(MetricQuery x) =>
        x.ReferredTo is { } referred && (x.C.IsMeasure || !x.C.Unit.HasNoun) ? MetricProposal.Phrase(referred) : null;
}
