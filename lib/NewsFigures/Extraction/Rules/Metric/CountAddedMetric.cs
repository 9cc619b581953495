namespace NewsFigures;

/// <summary>"Hospitals hired 12,000 nurses last year": nurses hired by hospitals (a count that a verb of adding or cutting
/// takes as its object names what was added or cut, and by whom); "The port cut waiting times by six days": waiting times
/// cut by the port.</summary>
internal sealed class CountAddedMetric : IMetricRule
{
    private const int MaxWordsBetween = 5;

    public string Name => "metric.count-added";

    public MetricProposal? Propose(MetricQuery x)
    {
        var (s, c) = (x.S, x.C);
        // "it added 40 substations": a subject that refers back is read by the rules of referents and antecedents
        if (!c.Unit.HasNoun || c.Unit.NounFirst <= c.TextLast || c.BorrowedUnit || x.At.SubjectIsPronoun || x.Referent is { Kind: ReferentKind.Domain }) return null;
        // "cut delivery times by over six days": what was cut, by how much
        if (MetricReader.ChangedObject(s, c, x.At) is { } changed && s.IsLower(changed.First - 1) && Participle(s.Span(changed.First - 1)) is { } cut)
        {
            string agent = x.AmountSubject.Length > 0 ? " by " + MetricReader.InPhrase(x) : "";
            return MetricProposal.Phrase($"{s.Join(changed.First, changed.End)} {cut}{agent}");
        }
        // "added just a somewhat disappointing 103,000 jobs": a few words may stand between the verb and the count
        for (int k = c.TextFirst - 1; k >= x.At.ClauseStart && c.TextFirst - k <= MaxWordsBetween; k--)
        {
            if (!s.IsWord(k)) return null;
            if (s.IsLower(k) && !s.Has(k - 1, WordClass.Determiner) && Participle(s.Span(k)) is { } done) // "after the cuts, 300 ...": a noun
            {
                // "The company cut 3,000 jobs" after a sentence on Saudi Aramco: jobs cut by Saudi Aramco
                string by = x.At.OwnSubject is { } subject && subject.End <= k ? " by " + (x.Referent?.Text ?? Agent(s, subject)) : "";
                return MetricProposal.Phrase($"{x.Count.Noun} {done} {x.Count.Qualifiers}{by}");
            }
            if (s.Has(k, WordClass.Preposition) && !s.Is(k, "of")) return null;
        }
        return null;
    }

    // "Factories added ...": by factories; a name keeps its capitals ("by Siemens", "by NORVIK").
    private static string Agent(SentenceTokens s, (int First, int End) subject)
    {
        // "reported Friday morning, Oct. 3, that the economy added": the conjunction opens the clause, it is no agent
        if (s.Is(subject.First, "that") && subject.End > subject.First + 1) subject = (subject.First + 1, subject.End);
        string agent = MetricReader.LowerArticle(s, subject);
        return subject.First == s.First && s.IsCapitalized(subject.First) && !s.IsAllCapitals(subject.First) && Anaphora.NameOf(s, subject) is null
               && !s.Has(subject.First, WordClass.Determiner)
            ? char.ToLowerInvariant(agent[0]) + agent[1..]
            : agent;
    }

    private static string? Participle(ReadOnlySpan<char> verb) => verb switch
    {
        "add" or "adds" or "added" or "adding" => "added",
        "hire" or "hires" or "hired" or "hiring" => "hired",
        "cut" or "cuts" or "cutting" => "cut",
        "shed" or "sheds" or "shedding" => "shed",
        "lose" or "loses" or "lost" or "losing" => "lost",
        "eliminate" or "eliminates" or "eliminated" or "eliminating" => "eliminated",
        "slash" or "slashes" or "slashed" or "slashing" => "slashed",
        _ => null,
    };
}
