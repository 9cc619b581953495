namespace NewsFigures;

/// <summary>"The central bank raised its benchmark Selic rate by 50 basis points": the subject's benchmark Selic rate (a change
/// names its subject and what the verb changed).</summary>
internal sealed class ChangedObjectMetric : IMetricRule
{
    public string Name => "metric.changed-object";

    public MetricProposal? Propose(MetricQuery x)
    {
        if (x.Kind != FigureKind.Change) return null;
        if (MetricReader.ChangedObject(x.S, x.C, x.At) is { } changed)
            return MetricProposal.Phrase($"{x.AmountSubject} {x.S.Join(changed.First, changed.End)}", x.AmountSubject.Length > 0);
        // "expected cargo volume growth of 5%": the noun of change that owns the figure names it (metric.amount-of-owner)
        if (MetricReader.Owner(x.S, x.C.TextFirst) is { } owner && (Clauses.IsChangeNoun(x.S, owner.End - 1) || x.S.Is(owner.End, "between"))) return null;
        return MetricProposal.Phrase(x.AmountSubject, x.AmountSubject.Length > 0);
    }
}
