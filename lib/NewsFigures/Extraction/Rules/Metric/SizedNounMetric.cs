namespace NewsFigures;

/// <summary>"a $10 trillion market": an amount followed by a noun sizes that noun.</summary>
internal sealed class SizedNounMetric : IMetricRule
{
    public string Name => "metric.sized-noun";

    public MetricProposal? Propose(MetricQuery x) =>
        (x.C.Unit.Class == UnitClass.Currency || x.C.Unit.Class == UnitClass.Percent && !IsChangeNoun(x.S, x.C.TextLast + 1)) && SizesNoun(x.S, x.C.TextLast + 1)
            ? MetricProposal.Phrase($"{x.AmountSubject} {x.S.Join(x.C.TextLast + 1, MetricReader.NounPhraseEnd(x.S, x.C.TextLast + 1, x.At.ClauseEnd, x.Times))}", x.AmountSubject.Length > 0)
            : null;

    // "a 33% increase in ...": a change noun after a percent names the change, not what changed (the change rules read it)
    private static bool IsChangeNoun(SentenceTokens s, int k) => s.Has(k, WordClass.ChangeUp | WordClass.ChangeDown) || s.Is(k, "growth");

    private static bool SizesNoun(SentenceTokens s, int next) =>
        s.IsLower(next) && !s.Has(next, WordClass.Preposition | WordClass.Stopword) && !Clauses.IsVerbLike(s, next) && !s.Is(next, "versus") && !s.Is(next, "vs")
        && Clauses.PeriodOverPeriodEnd(s, next) == next; // "1.3 per cent month on month" sizes no month
}
