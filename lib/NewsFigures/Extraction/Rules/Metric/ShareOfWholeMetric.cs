namespace NewsFigures;

/// <summary>"Renewables made up 30 percent of the country's electricity": renewables share of the country's electricity;
/// "Only 40% of trains were on time": share of trains on time (a share that opens its clause says what state that part is in).</summary>
internal sealed class ShareOfWholeMetric : IMetricRule
{
    public string Name => "metric.share-of-whole";

    public MetricProposal? Propose(MetricQuery x)
    {
        if (x.Kind != FigureKind.Share || !(x.S.Is(Next(x), "of") || x.S.Is(Next(x), "in"))) return null;
        int wholeEnd = MetricReader.NounPhraseEnd(x.S, Next(x) + 1, x.At.ClauseEnd, x.Times);
        // "fell from 77.5% in July", "8.7% in November": no whole, a time
        if (wholeEnd <= Next(x) + 1 || MetricReader.StartsMonthPhrase(x.S, Next(x))) return null;
        string whole = x.S.Join(Next(x), wholeEnd);
        string said = x.AmountSubject.Length == 0 && x.At.SubjectPosition ? MetricReader.PassivePredicate(x, wholeEnd, orPlace: true) : "";
        return MetricProposal.Phrase($"{x.AmountSubject} share {whole} {said}", x.AmountSubject.Length > 0);
    }

    private static int Next(MetricQuery x) => x.C.TextLast + 1;
}
