namespace NewsFigures;

/// <summary>"jumps in the numbers of recorded robberies (up 22%), sexual offences (up 18%) and burglaries (2%)": a change
/// alone in brackets right after a noun phrase changes that phrase.</summary>
internal sealed class BracketedChangeMetric : IMetricRule
{
    private const int MaxPhraseWords = 4;

    public string Name => "metric.bracketed-change";

    public MetricProposal? Propose(MetricQuery x)
    {
        var (s, c) = (x.S, x.C);
        int open = UpOrDown(s, c) ? c.TextFirst - 2 : c.TextFirst - 1;
        // "up" or "down" in these brackets or in the item's before ("and burglaries (2%)")
        if (x.Kind != FigureKind.Change || !s.IsPunct(open, '(') || !s.IsPunct(c.ExtentLast + 1, ')')
            || !(UpOrDown(s, c) || x.Before is { } before && UpOrDown(s, before) && s.IsPunct(before.TextFirst - 2, '('))) return null;
        int first = open;
        while (first - 1 >= s.First && open - first < MaxPhraseWords && IsPhraseWord(s, first - 1)) first--;
        // the phrase stands after a comma, "and", "of" or "in" (an item of a list, or what a noun of number counts)
        bool separated = s.IsPunct(first - 1, ',') || s.Is(first - 1, "and") || s.Is(first - 1, "of") || s.Is(first - 1, "in");
        return first < open && separated ? MetricProposal.Phrase(s.Join(first, open)) : null;
    }

    private static bool UpOrDown(SentenceTokens s, FigureDraft f) => s.Is(f.TextFirst - 1, "up") || s.Is(f.TextFirst - 1, "down");

    // lower-case words (a name in brackets is a list item of metric.parenthesized-item)
    private static bool IsPhraseWord(SentenceTokens s, int k) =>
        (s.IsWord(k) && s.IsLower(k) || s.IsPunct(k, '-') && s.Touches(k) && s.Touches(k + 1) && k - 1 >= s.First && s.IsWord(k - 1))
        && !s.Has(k, WordClass.Preposition | WordClass.Determiner | WordClass.Conjunction | WordClass.ClauseWord | WordClass.Pronoun | WordClass.Auxiliary)
        && !(s.IsWord(k) && Clauses.IsVerbLike(s, k) && !MetricReader.IsPastParticiple(s, k));
}
