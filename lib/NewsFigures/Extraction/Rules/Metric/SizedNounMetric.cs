namespace NewsFigures;

/// <summary>"a $10 trillion market": an amount followed by a noun sizes that noun.</summary>
internal sealed class SizedNounMetric : IMetricRule
{
    public string Name => "metric.sized-noun";

    public MetricProposal? Propose(MetricQuery x) =>
        (x.C.Unit.Class == UnitClass.Currency || x.C.Unit.Class == UnitClass.Percent && !IsChangeNoun(x.S, x.C.TextLast + 1)) && SizesNoun(x.S, x.C.TextFirst, x.C.TextLast + 1)
            ? MetricProposal.Phrase($"{x.AmountSubject} {x.S.Join(x.C.TextLast + 1, SizedNounEnd(x, x.C.TextLast + 1))}", x.AmountSubject.Length > 0)
            : null;

    // "a 33% increase in ...": a change noun after a percent names the change, not what changed (the change rules read it)
    private static bool IsChangeNoun(SentenceTokens s, int k) => s.Has(k, WordClass.ChangeUp | WordClass.ChangeDown) || s.Is(k, "growth");

    private static bool SizesNoun(SentenceTokens s, int first, int next) =>
        s.IsLower(next) && !s.Has(next, WordClass.Preposition | WordClass.Stopword) && (!Clauses.IsVerbLike(s, next) || NounAfterArticle(s, first, next))
        && !s.Is(next, "versus") && !s.Is(next, "vs")
        && Clauses.PeriodOverPeriodEnd(s, next) == next; // "1.3 per cent month on month" sizes no month

    // "agreed to a $2.84 billion offer from Cisco": between an article and a preposition or the clause's end, a word that
    // may be a verb ("offer", "bid", "spend") is the noun the amount sizes
    private static bool NounAfterArticle(SentenceTokens s, int first, int next) =>
        (s.Is(first - 1, "a") || s.Is(first - 1, "an")) && !s.Has(next, WordClass.Auxiliary)
        && !s.Span(next).EndsWith("ed") && !s.Span(next).EndsWith("ing")
        && (s.Has(next + 1, WordClass.Preposition) || !s.IsWord(next + 1) && !s.IsDigits(next + 1));

    private static int SizedNounEnd(MetricQuery x, int next)
    {
        int end = MetricReader.NounPhraseEnd(x.S, next, x.At.ClauseEnd, x.Times);
        if (end > next || !Clauses.IsVerbLike(x.S, next)) return end;
        return x.S.Has(next + 1, WordClass.Preposition) ? Math.Max(next + 1, MetricReader.NounPhraseEnd(x.S, next + 1, x.At.ClauseEnd, x.Times)) : next + 1;
    }
}
