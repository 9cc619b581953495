namespace NewsFigures;

/// <summary>"a $10 trillion market": an amount followed by a noun sizes that noun.</summary>
internal sealed class SizedNounMetric : IMetricRule
{
    public string Name => "metric.sized-noun";

    // "a record $944 million (Rs 6138.1 crore) deal": the amount in brackets restates the figure; the noun follows it
    public MetricProposal? Propose(MetricQuery x)
    {
        int next = MetricReader.AfterBracketedFigure(x.S, x.C.TextLast + 1);
        return (x.C.Unit.Class == UnitClass.Currency || x.C.Unit.Class == UnitClass.Percent && !IsChangeNoun(x.S, next)) && SizesNoun(x.S, x.C.TextFirst, next)
            ? MetricProposal.Phrase($"{x.AmountSubject} {x.S.Join(next, SizedNounEnd(x, next))}", x.AmountSubject.Length > 0)
            : null;
    }

    // "a 33% increase in ...": a change noun after a percent names the change, not what changed (the change rules read it)
    private static bool IsChangeNoun(SentenceTokens s, int k) => s.Has(k, WordClass.ChangeUp | WordClass.ChangeDown) || s.Is(k, "growth");

    private static bool SizesNoun(SentenceTokens s, int first, int next) =>
        s.IsLower(next) && !s.Has(next, WordClass.Preposition | WordClass.Stopword) && (!Clauses.IsVerbLike(s, next) || NounAfterArticle(s, first, next))
        && !s.Is(next, "versus") && !s.Is(next, "vs")
        && Clauses.PeriodOverPeriodEnd(s, next) == next // "1.3 per cent month on month" sizes no month
        && !Clauses.StartsRelativeTime(s, next); // "plunged by 52pc last month": nor "last month"

    // "agreed to a $2.84 billion offer from Cisco": between an article and a preposition or the clause's end, a word that
    // may be a verb ("offer", "bid", "spend") is the noun the amount sizes
    private static bool NounAfterArticle(SentenceTokens s, int first, int next) =>
        (s.Is(first - 1, "a") || s.Is(first - 1, "an")) && !s.Has(next, WordClass.Auxiliary)
        && !s.Span(next).EndsWith("ed") && !s.Span(next).EndsWith("ing")
        && (s.Has(next + 1, WordClass.Preposition) || !s.IsWord(next + 1) && !s.IsDigits(next + 1));

    private static int SizedNounEnd(MetricQuery x, int next)
    {
        // (the brackets after the amount close its clause; the noun after them opens the next)
        int clauseEnd = MetricReader.ClauseEndFrom(x, next);
        int end = MetricReader.NounPhraseEnd(x.S, next, clauseEnd, x.Times);
        if (end > next || !Clauses.IsVerbLike(x.S, next)) return end;
        return x.S.Has(next + 1, WordClass.Preposition) ? Math.Max(next + 1, MetricReader.NounPhraseEnd(x.S, next + 1, clauseEnd, x.Times)) : next + 1;
    }
}
