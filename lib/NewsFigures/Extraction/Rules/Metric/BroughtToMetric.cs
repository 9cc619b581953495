namespace NewsFigures;

/// <summary>"Low wind speeds pushed wind power's share of generation to 4%", "The figures bring the number of inbound
/// tourists to 32.8 million": a verb that moves something to a figure names that thing, not its own subject (the cause).</summary>
internal sealed class BroughtToMetric : IMetricRule
{
    private const int MaxObjectTokens = 12;

    public string Name => "metric.brought-to";

    public MetricProposal? Propose(MetricQuery x)
    {
        var s = x.S;
        int to = x.C.TextFirst - 1;
        if (!s.Is(to, "to")) return null;
        for (int k = to - 1; k > to - MaxObjectTokens && k >= x.At.ClauseStart; k--)
        {
            if (s.IsClauseBreak(k) || x.Figures.Any(f => f.TextFirst <= k && k <= f.TextLast)) return null;
            if (!IsMovingVerb(s.Span(k)) || !s.IsLower(k)) continue;
            int first = k + 1;
            while (first < to && s.Has(first, WordClass.Determiner)) first++;
            // "the number of inbound tourists": the counted things
            if (s.Is(first, "number") && s.Is(first + 1, "of")) first += 2;
            return first < to && Clauses.ContentWords(s, first, to) > 0 ? MetricProposal.Phrase(s.Join(first, to)) : null;
        }
        return null;
    }

    private static bool IsMovingVerb(ReadOnlySpan<char> w) =>
        w is "pushed" or "pushes" or "push" or "brought" or "brings" or "bring" or "took" or "takes" or "take" or "lifted" or "lifts"
            or "lift" or "drove" or "drives" or "driven" or "boosted" or "boosts" or "sent" or "sends" or "cut" or "cuts" or "raised" or "raises"
            or "lowered" or "lowers" or "reduced" or "reduces";
}
