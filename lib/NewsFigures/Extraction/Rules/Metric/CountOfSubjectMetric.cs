namespace NewsFigures;

/// <summary>"China's AI strategy rests on three pillars": pillars of China's AI strategy; "Models from Alibaba and Baidu led, with
/// 3,755 iterations released": model iterations from Alibaba and Baidu.</summary>
internal sealed class CountOfSubjectMetric : IMetricRule
{
    public string Name => "metric.count-of-subject";

    public MetricProposal? Propose(MetricQuery x) =>
        x.C.Unit.HasNoun && x.Subject is { } subject && !MetricReader.Overlaps(subject, x.C) && subject.First != x.C.Unit.NounFirst && !IsTotal(x.S, subject)
        && !OpensOwnClause(x.S, x.C)
            ? MetricProposal.Phrase(IsNumberOf(x.S, subject) || IsQuantityUnit(x) ? x.AmountSubject : MetricReader.WithSubject(x.S, x.C, subject, x.Count.Noun, x.Count.Phrase), fromSubject: true)
            : null;

    // "Corn production is forecast at 15.1 billion bushels", "gold production was 180,305 ounces": a noun that is only a unit
    // of quantity, with nothing qualifying it, measures the subject
    private static bool IsQuantityUnit(MetricQuery x) =>
        x.C.Unit.Unit is "bushel" or "ounce" or "barrel" or "bale" or "carat" or "gallon" or "pound" or "ton" or "tonne" or "bag" or "unit"
        && x.Count.Qualifiers.Length == 0
        // "registrations fell from 2,150,495 to 2,066,411 units": "units" that stand for the subject's own noun
        || x.S.Is(x.C.TextLast + 1, "units") && x.Subject is { } subject && x.S.IsLower(subject.End - 1) && Inflection.IsPlural(x.S.Span(subject.End - 1));

    // "the number of data center racks in use exceeds 7.6 million standard racks": the subject names what is counted.
    private static bool IsNumberOf(SentenceTokens s, (int First, int End) subject)
    {
        int k = s.Has(subject.First, WordClass.Determiner) ? subject.First + 1 : subject.First;
        return s.Is(k, "number") && s.Is(k + 1, "of") && k + 2 < subject.End;
    }

    // "A total of 3,000 drones were deployed": "a total" is the count, not who has it.
    private static bool IsTotal(SentenceTokens s, (int First, int End) subject) =>
        s.Is(subject.End, "of") && MetricReader.IsAmountWord(s.Span(subject.End - 1));

    // "figures reveal 90 trains were cancelled", "• 89 trains ran short": a count whose noun has a verb of its own is the
    // subject of its own clause, not something the outer subject has
    private static bool OpensOwnClause(SentenceTokens s, FigureDraft c)
    {
        int next = c.ExtentLast + 1;
        // "with over 3,755 iterations released by July": the participle of a with-phrase describes what the subject has;
        // "Apple's 38.2 million shipments was good": a count after its owner is inside the subject
        bool owned = MetricReader.IsPossessive(s, c.TextFirst - 1);
        return s.IsLower(next) && !s.Is(c.TextFirst - 1, "with") && !owned && (s.Has(next, WordClass.Auxiliary) || s.Has(next, WordClass.CommonVerb) || Clauses.IsVerbLike(s, next) && s.Span(next).EndsWith("ed"));
    }
}
