namespace NewsFigures;

/// <summary>"Qwen has eclipsed Meta's Llama series, amassing over 400 million downloads": what the subject amassed.</summary>
internal sealed class CountOfParticipleSubjectMetric : IMetricRule
{
    public string Name => "metric.count-of-participle-subject";

    public MetricProposal? Propose(MetricQuery x) =>
        x.C.Unit.HasNoun && MetricReader.IsParticipleObject(x.S, x.C) && x.Subject is { } doer && !MetricReader.Overlaps(doer, x.C) && doer.First != x.C.Unit.NounFirst
            ? MetricProposal.Phrase($"{MetricReader.LowerArticle(x.S, doer)} {x.Count.Phrase}", fromSubject: true)
            : null;
}
