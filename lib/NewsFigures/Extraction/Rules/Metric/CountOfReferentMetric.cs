namespace NewsFigures;

/// <summary>"The sector now has 200 million users" after a sentence on e-commerce: the referent's users; "in the region" names a place.</summary>
internal sealed class CountOfReferentMetric : IMetricRule
{
    public string Name => "metric.count-of-referent";

    public MetricProposal? Propose(MetricQuery x) =>
        x.C.Unit.HasNoun && x.Referent is { } referent
            ? MetricProposal.Phrase(referent.Kind == ReferentKind.Place ? $"{x.Count.Phrase} in {referent.Text}" : $"{referent.Text} {x.Count.Phrase}", fromSubject: true)
            : null;
}
