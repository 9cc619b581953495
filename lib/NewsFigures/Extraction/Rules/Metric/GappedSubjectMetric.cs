namespace NewsFigures;

/// <summary>"Exports rose 5% and imports 3%", "Income tax contributed £163 billion and corporation tax £42 billion": after
/// "and" a second subject takes the verb the first one had, left out, and the figure after it measures that subject.</summary>
internal sealed class GappedSubjectMetric : IMetricRule
{
    private const int MaxSubjectWords = 4;

    public string Name => "metric.gapped-subject";

    public MetricProposal? Propose(MetricQuery x) =>
        GappedSubject(x.S, x.Before, x.C) is { } subject ? MetricProposal.Phrase(x.S.Join(subject.First, subject.End)) : null;

    // the words between "and" right after the figure before (of the same kind of unit) and this figure ("by" may stand
    // before it: "the price of gas by over 30 per cent and electricity by over 10 per cent"): a few nouns and their
    // modifiers, no verb, preposition or number
    private static (int First, int End)? GappedSubject(SentenceTokens s, FigureDraft? before, FigureDraft c)
    {
        if (before is null || before.Unit.Class != c.Unit.Class || c.Unit.Class == UnitClass.None) return null;
        int and = before.ExtentLast + 1;
        if (!s.Is(and, "and") || Clauses.VerbBeforeObject(s, before.TextFirst - 1, s.First) < 0 && !s.Is(before.TextFirst - 1, "by")) return null;
        int first = s.Has(and + 1, WordClass.Determiner) ? and + 2 : and + 1;
        int end = s.Is(c.TextFirst - 1, "by") ? c.TextFirst - 1 : c.TextFirst;
        if (end <= first || end - first > MaxSubjectWords) return null;
        for (int k = first; k < end; k++)
            if (!s.IsWord(k) || Clauses.IsVerbLike(s, k) || s.Has(k, WordClass.Preposition | WordClass.Pronoun | WordClass.Auxiliary
                    | WordClass.ClauseWord | WordClass.Conjunction | WordClass.Cardinal | WordClass.TimeUnit | WordClass.Month | WordClass.Stopword))
                return null;
        return (first, end);
    }
}
