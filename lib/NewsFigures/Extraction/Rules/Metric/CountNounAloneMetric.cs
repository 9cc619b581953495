namespace NewsFigures;

/// <summary>"the plant employs 300 workers": a thin count with nothing else to name says its counted noun.</summary>
internal sealed class CountNounAloneMetric : IMetricRule
{
    public string Name => "metric.count-noun-alone";

    public MetricProposal? Propose(MetricQuery x) =>
        x.C.Unit.HasNoun ? MetricProposal.Phrase(x.Count.Phrase) : null;
}
