namespace NewsFigures;

/// <summary>"China's computing power is 2.5 times that of the United States": China's computing power relative to the United States.</summary>
internal sealed class MultipleRelativeToMetric : IMetricRule
{
    public string Name => "metric.multiple-relative-to";

    public MetricProposal? Propose(MetricQuery x) =>
        x.C.Unit.Class == UnitClass.Times && (x.S.Is(Next(x), "that") || x.S.Is(Next(x), "those")) && x.S.Is(Next(x) + 1, "of")
            ? MetricProposal.Phrase($"{x.AmountSubject} relative to {x.S.Join(Next(x) + 2, MetricReader.NounPhraseEnd(x.S, Next(x) + 2, x.At.ClauseEnd, x.Times))}", x.AmountSubject.Length > 0)
            : null;

    private static int Next(MetricQuery x) => x.C.TextLast + 1;
}
