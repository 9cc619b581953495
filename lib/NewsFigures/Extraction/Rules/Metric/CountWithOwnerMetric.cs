namespace NewsFigures;

/// <summary>"fitness coaching apps with 4.73 million monthly users": monthly users of fitness coaching apps.</summary>
internal sealed class CountWithOwnerMetric : IMetricRule
{
    public string Name => "metric.count-with-owner";

    public MetricProposal? Propose(MetricQuery x) =>
        x.C.Unit.HasNoun && MetricReader.Owner(x.S, x.C.TextFirst) is { } owner && x.S.Is(owner.End, "with")
            ? MetricProposal.Phrase(MetricReader.Joined($"{x.Count.Noun} of {x.S.Join(owner.First, owner.End)}", x.Count.Qualifiers))
            : null;
}
