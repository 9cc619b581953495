namespace NewsFigures;

/// <summary>"a $10 trillion market": an amount followed by a noun sizes that noun.</summary>
internal sealed class SizedNounMetric : IMetricRule
{
    public string Name => "metric.sized-noun";

    public MetricProposal? Propose(MetricQuery x) =>
        x.C.Unit.Class == UnitClass.Currency && SizesNoun(x.S, x.C.TextLast + 1)
            ? MetricProposal.Phrase($"{x.AmountSubject} {x.S.Join(x.C.TextLast + 1, MetricReader.NounPhraseEnd(x.S, x.C.TextLast + 1, x.At.ClauseEnd, x.Times))}", x.AmountSubject.Length > 0)
            : null;

    private static bool SizesNoun(SentenceTokens s, int next) =>
        s.IsLower(next) && !s.Has(next, WordClass.Preposition | WordClass.Stopword) && !Clauses.IsVerbLike(s, next);
}
