namespace NewsFigures;

/// <summary>"Ferries run on 12 of the 40 routes": routes (a bare number followed by "of" and a noun phrase counts that noun,
/// owned by a subject that is a name: "Stena won three of the five contracts": Stena contracts).</summary>
internal sealed class CountPartitiveMetric : IMetricRule
{
    public string Name => "metric.count-partitive";

    public MetricProposal? Propose(MetricQuery x)
    {
        var (s, c) = (x.S, x.C);
        int of = s.Is(c.TextLast + 1, "out") ? c.TextLast + 2 : c.TextLast + 1; // "17 out of the 18 clubs"
        // a unit may only be the whole's noun itself, which the unit reader already gave the part ("12 of the 40 routes": route)
        bool wholesUnit = c.Unit.Class == UnitClass.Counted && !c.Unit.HasNoun;
        if ((c.Unit.Unit is not null && !wholesUnit) || c.Unit.HasNoun || c.BorrowedUnit || !s.Is(of, "of")) return null;
        int first = of + 1;
        if (s.Is(first, "all") && s.IsLower(first) && s.Has(first + 1, WordClass.Determiner)) first++; // "seven of all the 11 cases"
        while (s.Has(first, WordClass.Determiner) || s.Is(first, "other")) first++;
        foreach (var g in x.Figures) if (g.TextFirst == first) first = g.TextLast + 1; // "of the seven TV packages"
        int end = first;
        while (end < x.At.ClauseEnd && s.IsWord(end) && !Clauses.IsVerbLike(s, end)
               && !s.Has(end, WordClass.Preposition | WordClass.Determiner | WordClass.Stopword | WordClass.ClauseWord)) end++;
        if (end == first) return null;
        string owner = x.Subject is { } subject && Anaphora.NameOf(s, subject) is { } name && name == s.Join(subject.First, subject.End) ? name : "";
        return MetricProposal.Phrase(MetricReader.Joined(owner, s.Join(first, end)));
    }
}
