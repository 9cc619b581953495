namespace NewsFigures;

/// <summary>"goods worth $4 billion", "$70 billion worth of projects": an amount a thing is worth is that thing's value; a
/// deal's for-phrase stays with it ("a deal worth £116m for Florian Wirtz") and the clause's subject owns it ("Kenya
/// imported goods worth ...": the value of Kenya goods).</summary>
internal sealed class WorthMetric : IMetricRule
{
    public string Name => "metric.worth";

    public MetricProposal? Propose(MetricQuery x)
    {
        var (s, c) = (x.S, x.C);
        if (c.Unit.Class != UnitClass.Currency) return null;
        if (s.Is(c.TextLast + 1, "worth") && s.Is(c.TextLast + 2, "of") && s.IsLower(c.TextLast + 3))
        {
            // the word after "of" is the thing's noun even when it could be a verb ("£3m worth of shares")
            int first = c.TextLast + 3;
            string worthOf = s.Join(first, MetricReader.NounPhraseEnd(s, first + 1, x.At.ClauseEnd, x.Times));
            // "£1.5billion worth of cuts to councils": the size of a change, not the value of a thing
            return KindCues.NounDirection(s, first) != 0 ? MetricProposal.Phrase(worthOf) : Value(x, worthOf);
        }
        if (!s.Is(c.TextFirst - 1, "worth") || ThingBefore(s, c.TextFirst - 2) is not { } thing) return null;
        int after = c.TextLast + 1;
        string deal = s.Is(after, "for") ? s.Join(after, MetricReader.NounPhraseEnd(s, after + 1, x.At.ClauseEnd, x.Times)) : "";
        return Value(x, MetricReader.Joined(s.Join(thing, c.TextFirst - 1), deal));
    }

    private static MetricProposal? Value(MetricQuery x, string thing)
    {
        string owner = Owner(x.S, x.At.ClauseStart) ?? Owner(x.S, x.S.First) ?? "";
        return MetricProposal.Phrase($"value of {MetricReader.Joined(owner, thing)}", owner.Length > 0);
    }

    // A name that opens the clause and is followed by its verb owns what the clause values: "Liverpool have agreed ...",
    // "Kenya imported ..."; "The firm signed ..." names no one.
    private static string? Owner(SentenceTokens s, int start)
    {
        int k = start;
        while (k < s.End && s.IsCapitalized(k) && !s.Has(k, WordClass.Determiner | WordClass.Pronoun | WordClass.Preposition | WordClass.ClauseWord)) k++;
        return k > start && (s.Has(k, WordClass.Auxiliary | WordClass.CommonVerb) || s.IsLower(k) && s.Span(k).EndsWith("ed"))
            ? s.Join(start, k) : null;
    }

    // The noun phrase "worth" follows, back to its determiner, verb or preposition: "an export portfolio", "goods".
    private static int? ThingBefore(SentenceTokens s, int head)
    {
        if (!s.IsLower(head) || s.Has(head, WordClass.Stopword | WordClass.Preposition | WordClass.Determiner | WordClass.Pronoun)) return null;
        int first = head;
        while (first - 1 >= s.First && s.IsLower(first - 1) && !Clauses.IsVerbLike(s, first - 1) && !s.Span(first - 1).EndsWith("ed")
               && !s.Has(first - 1, WordClass.Stopword | WordClass.Preposition | WordClass.Determiner | WordClass.Conjunction | WordClass.Pronoun | WordClass.Auxiliary))
            first--;
        return first;
    }
}
