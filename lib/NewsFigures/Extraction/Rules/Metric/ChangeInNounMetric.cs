namespace NewsFigures;

/// <summary>"Airlines reported a 12% rise in fuel costs": fuel costs (a change named by a noun after the figure changes what
/// follows "in"; a subject that is a name owns it); "a 7% rise in the number of cyclists killed": cyclists killed; "an increase in
/// the goods deficit of $9.3 billion": goods deficit.</summary>
internal sealed class ChangeInNounMetric : IMetricRule
{
    public string Name => "metric.change-noun-in";

    private const int MaxPhraseTokens = 8;

    public MetricProposal? Propose(MetricQuery x)
    {
        var (s, c) = (x.S, x.C);
        if (ChangeInBefore(s, c.TextFirst) is { } before) return MetricProposal.Phrase(before);
        int change = c.TextLast + 1;
        // "a 3.99 per cent rise to their tax bills": "to" and a possessive or article before a noun says what rose, as "in" does
        bool to = s.Is(change + 1, "to") && s.Has(change + 2, WordClass.Determiner) && s.IsLower(change + 3) && !s.Has(change + 3, WordClass.Cardinal);
        if (c.Unit.Class != UnitClass.Percent || !s.Has(change, WordClass.ChangeUp | WordClass.ChangeDown) || !(s.Is(change + 1, "in") || to)) return null;
        int first = change + 2;
        while (s.Has(first, WordClass.Determiner)) first++;
        // "following a 1.7% drop in August": a month the text does not date is still a time, not what dropped
        if (s.Has(first, WordClass.Month) && s.IsCapitalized(first)) return null;
        // "a 7% rise in the number of cyclists killed": the counted things, with the participle that qualifies them
        bool counted = s.Is(first, "number") && s.Is(first + 1, "of");
        if (counted) first += 2;
        int end = MetricReader.NounPhraseEnd(s, first, x.At.ClauseEnd, x.Times);
        if (counted && end > first && end < x.At.ClauseEnd && MetricReader.IsPastParticiple(s, end)) end++;
        if (Clauses.ContentWords(s, first, end) == 0) return null;
        string owner = x.Subject is { } subject && Anaphora.NameOf(s, subject) is { } name && name == s.Join(subject.First, subject.End) ? name : "";
        return MetricProposal.Phrase(MetricReader.Joined(owner, s.Join(first, end)));
    }

    // "an increase in the goods deficit of $9.3 billion": the phrase between the change noun's "in" and the figure's "of"
    private static string? ChangeInBefore(SentenceTokens s, int figure)
    {
        int of = figure - 1;
        if (!s.Is(of, "of")) return null;
        for (int k = of - 1; k > s.First && of - k <= MaxPhraseTokens; k--)
        {
            if (s.IsClauseBreak(k) || s.IsDigits(k) || Clauses.IsVerbLike(s, k) && !Clauses.IsChangeNoun(s, k)) return null;
            if (!s.Is(k, "in") || !Clauses.IsChangeNoun(s, k - 1)) continue;
            int first = k + 1;
            while (first < of && s.Has(first, WordClass.Determiner)) first++;
            return Clauses.ContentWords(s, first, of) == 0 ? null : s.Join(first, of);
        }
        return null;
    }
}
