namespace NewsFigures;

/// <summary>
/// "Diesel sold at $1.52 per litre": a currency amount over a denominator written right after it ("per litre", "a litre",
/// "per 20-foot crate") is a price of one such thing, and the metric names it ("diesel per litre"), whatever rule decided
/// the metric. Not for time ("£3bn a year": the period says it), nor when the metric already names a "per".
/// </summary>
internal static class PerDenominator
{
    private const int MaxWords = 3;

    public static string Apply(SentenceTokens s, FigureDraft c, string metric)
    {
        if (c.Unit.Class != UnitClass.Currency || metric.Length == 0 || metric.Contains("per ", StringComparison.Ordinal)) return metric;
        int k = c.TextLast + 1;
        if (!(s.Is(k, "per") || (s.Is(k, "a") || s.Is(k, "an")) && !s.IsPunct(k + 1, '-'))) return metric;
        int first = k + 1, end = first, words = 0;
        // "per 40-foot container": a number compound, then lower-case words that are no function words or verbs
        if (s.IsDigits(end) && s.IsPunct(end + 1, '-') && s.IsWord(end + 2)) { end += 3; words++; }
        while (words < MaxWords && s.IsWord(end) && s.IsLower(end) && !Clauses.IsVerbLike(s, end)
               && !s.Has(end, WordClass.Preposition | WordClass.Determiner | WordClass.Stopword | WordClass.Conjunction | WordClass.ClauseWord
                   | WordClass.Auxiliary | WordClass.Pronoun | WordClass.ChangeUp | WordClass.ChangeDown | WordClass.Cardinal)) { end++; words++; }
        if (end == first || s.Has(end - 1, WordClass.TimeUnit) || s.Has(first, WordClass.TimeUnit)) return metric;
        return metric + " per " + s.Join(first, end);
    }
}
