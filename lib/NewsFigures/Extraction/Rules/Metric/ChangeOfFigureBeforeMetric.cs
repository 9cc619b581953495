namespace NewsFigures;

/// <summary>"Revenue reached $4.2 billion, up 12 percent": a change with no subject of its own changes what the figure before measures.</summary>
internal sealed class ChangeOfFigureBeforeMetric : IMetricRule
{
    public string Name => "metric.change-of-figure-before";

    public MetricProposal? Propose(MetricQuery x) =>
        x.Kind == FigureKind.Change && x.At.OwnSubject is null && x.Before is { } before ? MetricProposal.Phrase(before.Metric) : null;
}
