namespace NewsFigures;

/// <summary>"DeepSeek's seven-day surge" counts days of the surge; "a 500-megawatt plant" sizes the plant; "China's first
/// trillion-parameter AI model" counts parameters of the model.</summary>
internal sealed class CompoundUnitMetric : IMetricRule
{
    public string Name => "metric.compound";

    public MetricProposal? Propose(MetricQuery x) =>
        x.C.Unit.Class == UnitClass.Compound ? MetricProposal.Phrase(MetricReader.CompoundMetric(x)) : null;
}
