namespace NewsFigures;

/// <summary>"The central bank raised its benchmark Selic rate by 50 basis points": the subject's benchmark Selic rate (a change
/// names its subject and what the verb changed).</summary>
internal sealed class ChangedObjectMetric : IMetricRule
{
    public string Name => "metric.changed-object";

    public MetricProposal? Propose(MetricQuery x) =>
        x.Kind == FigureKind.Change
            ? MetricProposal.Phrase(MetricReader.ChangedObject(x.S, x.C, x.At) is { } changed ? $"{x.AmountSubject} {x.S.Join(changed.First, changed.End)}" : x.AmountSubject, x.AmountSubject.Length > 0)
            : null;
}
