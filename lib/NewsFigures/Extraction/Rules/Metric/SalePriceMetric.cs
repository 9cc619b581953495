namespace NewsFigures;

/// <summary>"The city has sold its water utility to a private operator for $1.2 billion": the city's sale of its water utility
/// to a private operator (a price paid "for" what a verb of selling or buying took as object).</summary>
internal sealed class SalePriceMetric : IMetricRule
{
    private const int MaxWordsBetween = 3;

    public string Name => "metric.sale-price";

    public MetricProposal? Propose(MetricQuery x)
    {
        var (s, c) = (x.S, x.C);
        if (c.Unit.Class != UnitClass.Currency) return null;
        // "for a record £5bn", "for about $2 billion"
        int forAt = c.TextFirst - 1;
        while (forAt >= x.At.ClauseStart && c.TextFirst - forAt <= MaxWordsBetween && !s.Is(forAt, "for")
               && (s.Has(forAt, WordClass.Determiner) || s.IsLower(forAt) && !Clauses.IsVerbLike(s, forAt) && !s.Has(forAt, WordClass.Preposition))) forAt--;
        if (!s.Is(forAt, "for")) return null;
        for (int k = forAt - 1; k >= x.At.ClauseStart && forAt - k <= MetricReader.MaxComplementTokens; k--)
        {
            if (!s.IsWord(k) && !s.IsPunct(k, '-')) return null;
            if (!s.IsLower(k) || Noun(s.Span(k)) is not { } noun) continue;
            int first = k + 1;
            if (Clauses.ContentWords(s, first, forAt) == 0 || HasVerbBetween(s, first, forAt)) return null;
            string owner = MetricReader.Possessive(x.AmountSubject);
            return MetricProposal.Phrase($"{owner} {noun} of {s.Join(first, forAt)}", x.AmountSubject.Length > 0);
        }
        return null;
    }

    private static bool HasVerbBetween(SentenceTokens s, int from, int to)
    {
        for (int k = from; k < to; k++) if (Clauses.IsVerbLike(s, k) && Noun(s.Span(k)) is null) return true;
        return false;
    }

    private static string? Noun(ReadOnlySpan<char> verb) => verb switch
    {
        "sold" or "sells" or "sell" or "selling" => "sale",
        "bought" or "buys" or "buy" or "buying" or "purchased" or "purchases" => "purchase",
        "acquired" or "acquires" or "acquire" => "acquisition",
        _ => null,
    };
}
