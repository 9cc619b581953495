namespace NewsFigures;

/// <summary>"Copper rose 2% to $9,000 a tonne, and aluminium, up 3% to $2,400", "the bigger falls were in anhydrous milk fat,
/// down 6.5 per cent": a change after ", up" or ", down" that follows a new item of a list (after ", and" or a figure and
/// "and") or what a form of "be" places "in", measures that item, not what the figure before measures.</summary>
internal sealed class CommaItemChangeMetric : IMetricRule
{
    private const int MaxItemWords = 4;

    public string Name => "metric.comma-item-change";

    public MetricProposal? Propose(MetricQuery x)
    {
        var (s, c) = (x.S, x.C);
        if (x.Kind != FigureKind.Change || x.At.OwnSubject is not null) return null;
        int limit = x.Before?.ExtentLast ?? s.First - 1;
        int comma = s.Is(c.TextFirst - 1, "by") ? c.TextFirst - 3 : c.TextFirst - 2;
        if (!s.IsPunct(comma, ',') || !(s.Is(comma + 1, "up") || s.Is(comma + 1, "down"))) return null;
        int first = comma;
        while (first - 1 > limit && comma - first < MaxItemWords && IsItemWord(s, first - 1)) first--;
        if (first == comma || first - 1 <= limit) return null;
        bool listItem = s.Is(first - 1, "and") && (s.IsPunct(first - 2, ',') || first - 2 == limit);
        bool placed = s.Is(first - 1, "in") && Clauses.IsFormOfBe(s, first - 2);
        return listItem || placed ? MetricProposal.Phrase(s.Join(first, comma)) : null;
    }

    private static bool IsItemWord(SentenceTokens s, int k) =>
        s.IsWord(k) && !s.Has(k, WordClass.Preposition | WordClass.Determiner | WordClass.Conjunction | WordClass.ClauseWord | WordClass.Pronoun | WordClass.Auxiliary)
        && !Clauses.IsVerbLike(s, k);
}
