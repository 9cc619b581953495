namespace NewsFigures;

/// <summary>"a decrease in the gasoline index, which fell 1.6 percent", "rises across all sectors apart from household goods,
/// which fell 1.5%": a change in a relative clause changes the noun phrase right before its comma, when no figure stands
/// before it (", which was 12 percent of output" after a figure is metric.antecedent's).</summary>
internal sealed class WhichChangedMetric : IMetricRule
{
    private const int MaxNounTokens = 6;

    public string Name => "metric.which-changed";

    public MetricProposal? Propose(MetricQuery x)
    {
        var (s, c) = (x.S, x.C);
        int which = x.At.ClauseStart;
        if (!s.Is(which, "which") || !s.IsPunct(which - 1, ',') || !s.Has(which + 1, WordClass.ChangeUp | WordClass.ChangeDown)
            || c.TextFirst > which + 3 || x.Figures.Any(f => f.TextFirst < which)) return null;
        int end = which - 1, first = end;
        while (first > s.First && end - first < MaxNounTokens && s.IsWord(first - 1)
               && !s.Has(first - 1, WordClass.Preposition | WordClass.Determiner | WordClass.Conjunction | WordClass.ClauseWord | WordClass.Auxiliary)
               && !Clauses.IsVerbLike(s, first - 1)) first--;
        return Clauses.ContentWords(s, first, end) == 0 ? null : MetricProposal.Phrase(s.Join(first, end));
    }
}
