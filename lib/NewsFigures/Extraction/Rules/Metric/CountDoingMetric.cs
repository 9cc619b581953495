namespace NewsFigures;

/// <summary>"700 million lack digital access", "over 30 countries took part in the talks": a count that opens its clause says
/// what the counted things do.</summary>
internal sealed class CountDoingMetric : IMetricRule
{
    public string Name => "metric.count-doing";

    public MetricProposal? Propose(MetricQuery x) =>
        x.C.Unit.HasNoun && x.At.SubjectPosition
            ? MetricProposal.Phrase(MetricReader.Joined(x.Count.Phrase, MetricReader.RelativePredicate(x, x.Count.ComplementEnd, x.At.ClauseEnd)))
            : null;
}
