namespace NewsFigures;

/// <summary>"Renewables made up 30 percent of the country's electricity": renewables share of the country's electricity.</summary>
internal sealed class ShareOfWholeMetric : IMetricRule
{
    public string Name => "metric.share-of-whole";

    public MetricProposal? Propose(MetricQuery x) =>
        x.Kind == FigureKind.Share && (x.S.Is(Next(x), "of") || x.S.Is(Next(x), "in"))
            ? MetricProposal.Phrase($"{x.AmountSubject} share {x.S.Join(Next(x), MetricReader.NounPhraseEnd(x.S, Next(x) + 1, x.At.ClauseEnd, x.Times))}", x.AmountSubject.Length > 0)
            : null;

    private static int Next(MetricQuery x) => x.C.TextLast + 1;
}
