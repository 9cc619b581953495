namespace NewsFigures;

/// <summary>"The company reported revenue of HK$4.2 billion": the company revenue.</summary>
internal sealed class AmountOfOwnerMetric : IMetricRule
{
    public string Name => "metric.amount-of-owner";

    public MetricProposal? Propose(MetricQuery x) =>
        MetricReader.Owner(x.S, x.C.TextFirst) is not { } owner ? null
        // "organic sales growth of 7%" read as the subject itself: said once
        // "Combined revenue of the clubs in the Premier League of around £2 billion": an owner inside the subject's own phrase
        // is the tail of the subject, which owns the figure
        : x.Subject is { } subject && subject.First < owner.End && owner.First < subject.End
            ? MetricProposal.Phrase(x.S.Join(InSubjectPhrase(x.S, subject, owner) ? subject.First : owner.First, owner.End), fromSubject: true)
        // "Trade kept freight rates between 5% and 10%": a range's noun is a verb's object; the subject is no owner of it,
        // nor of a phrase that has its own ("last year's average growth of 182,000")
        : x.S.Is(owner.End, "between") || MetricReader.IsOwned(x.S, owner) ? MetricProposal.Phrase(x.S.Join(owner.First, owner.End))
        : MetricProposal.Phrase($"{x.AmountSubject} {x.S.Join(owner.First, owner.End)}", x.AmountSubject.Length > 0);

    private static bool InSubjectPhrase(SentenceTokens s, (int First, int End) subject, (int First, int End) owner)
    {
        int k = owner.First - 1;
        if (s.Has(k, WordClass.Determiner)) k--;
        // "receipts from non-tax revenue and capital receipts of €1,080 million": the owner the last of a preposition's nouns
        // (not "by a record hardwood and softwood harvest of", one noun phrase whose article is before "and")
        if (s.Is(k, "and") || s.Is(k, "or"))
            for (k--; k > subject.First && (s.IsLower(k) && !s.Has(k, WordClass.Preposition | WordClass.Determiner) || s.IsPunct(k, '-') && s.Touches(k)); k--) { }
        return subject.First < k && s.Has(k, WordClass.Preposition) && owner.End <= subject.End;
    }
}
