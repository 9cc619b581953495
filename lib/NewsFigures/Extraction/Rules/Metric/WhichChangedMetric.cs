namespace NewsFigures;

/// <summary>"a decrease in the gasoline index, which fell 1.6 percent", "rises across all sectors apart from household goods,
/// which fell 1.5%": a change in a relative clause changes the noun phrase right before its comma, when that ends in a
/// lower-case word, not a figure's unit (", which was 12 percent of output" after a figure is metric.antecedent's); "which were
/// down 16" too, and a "which" without its comma after a verb ("was diesel which plummeted -21.7%").</summary>
internal sealed class WhichChangedMetric : IMetricRule
{
    private const int MaxNounTokens = 8;

    public string Name => "metric.which-changed";

    public MetricProposal? Propose(MetricQuery x)
    {
        var (s, c) = (x.S, x.C);
        // ("outperformed fleet which was down -10.1%", "was diesel which plummeted -21.7%": a relative without its comma too, its
        // "which" a few tokens before the figure, and one whose "was" is "up" or "down")
        int which = x.At.ClauseStart;
        for (int k = c.TextFirst - 2; !s.Is(which, "which") && k >= c.TextFirst - 3; k--)
            if (s.Is(k, "which") && !s.IsPunct(k - 1, ',')) which = k;
        int comma = s.IsPunct(which - 1, ',') ? which - 1 : which;
        bool changes = s.Has(which + 1, WordClass.ChangeUp | WordClass.ChangeDown)
            || s.Has(which + 1, WordClass.Auxiliary) && (s.Is(which + 2, "up") || s.Is(which + 2, "down"));
        if (!s.Is(which, "which") || !changes || c.TextFirst > which + 3 || !s.IsLower(comma - 1) || !s.IsWord(comma - 1)
            || x.Figures.Any(f => f.TextLast >= comma - 2 && f.TextLast < which)) return null;
        // back over the noun and its phrases ("violence against the person"), to a verb, a change noun or a clause word
        int end = comma, first = end;
        while (first > s.First && end - first < MaxNounTokens && s.IsWord(first - 1)
               && !s.Has(first - 1, WordClass.Conjunction | WordClass.ClauseWord | WordClass.Auxiliary)
               && !(s.Has(first - 1, WordClass.Preposition) && !IsAttachingPreposition(s, first - 1))
               && !Clauses.IsVerbLike(s, first - 1) && !Clauses.IsChangeNoun(s, first - 1)) first--;
        // (without its comma, only after a verb that bounds the noun phrase: "was diesel which", not "Retail sales outperformed fleet")
        if (comma == which && !(s.Has(first - 1, WordClass.Auxiliary) || Clauses.IsVerbLike(s, first - 1))) return null;
        while (first < end && s.Has(first, WordClass.Preposition | WordClass.Determiner)) first++;
        return Clauses.ContentWords(s, first, end) == 0 ? null : MetricProposal.Phrase(s.Join(first, end));
    }

    // a preposition that attaches to the noun before it ("violence against the person", "the price of oil"), not one that
    // sets a scope ("apart from household goods", "across all sectors")
    private static bool IsAttachingPreposition(SentenceTokens s, int k) =>
        s.Is(k, "of") || s.Is(k, "against") || s.Is(k, "for") || s.Is(k, "on");
}
