namespace NewsFigures;

/// <summary>"Airlines reported a 12% rise in fuel costs": fuel costs (a change named by a noun after the figure changes what
/// follows "in"; a subject that is a name owns it); "a 7% rise in the number of cyclists killed": cyclists killed; "an increase in
/// the goods deficit of $9.3 billion" and "an increase in passenger numbers to 7.2 billion": goods deficit, passenger numbers;
/// "a 54% energy bill hike": energy bill.</summary>
internal sealed class ChangeInNounMetric : IMetricRule
{
    public string Name => "metric.change-noun-in";

    private const int MaxPhraseTokens = 8;

    public MetricProposal? Propose(MetricQuery x)
    {
        var (s, c) = (x.S, x.C);
        if (ChangeInBefore(s, c.TextFirst, x.Kind == FigureKind.Change) is { } before) return MetricProposal.Phrase(before);
        if (c.Unit.Class == UnitClass.Percent && NounsBeforeChange(s, c.TextLast + 1) is > 0 and var nounsEnd)
            return MetricProposal.Phrase(MetricReader.Joined(NameOfSubject(x), s.Join(c.TextLast + 1, nounsEnd)));
        int change = AfterFrame(s, c.TextLast + 1);
        // "an increase of 8.2 per cent in its gross domestic product": the change noun before the figure's "of" (or "by": "saw a
        // rise by more than 10,000 in the number of crimes recorded")
        bool nounBefore = (s.Is(c.TextFirst - 1, "of") || s.Is(c.TextFirst - 1, "by")) && IsChangeNounBefore(s, c.TextFirst - 2) && s.Is(c.ExtentLast + 1, "in");
        if (nounBefore) change = c.ExtentLast;
        // "a 1.2% increase (1,668) in the number of cases": past the count in brackets that restates the change
        int next = MetricReader.AfterBracketedFigure(s, change + 1);
        // "a 3.99 per cent rise to their tax bills": "to" and a possessive or article before a noun says what rose, as "in" does
        bool to = s.Is(next, "to") && s.Has(next + 1, WordClass.Determiner) && s.IsLower(next + 2) && !s.Has(next + 2, WordClass.Cardinal);
        if (c.Unit.Class != UnitClass.Percent && !(nounBefore && s.Is(c.TextFirst - 1, "by")) || !(nounBefore || s.Has(change, WordClass.ChangeUp | WordClass.ChangeDown)) || !(s.Is(next, "in") || to)) return null;
        int first = next + 1;
        while (s.Has(first, WordClass.Determiner)) first++;
        // "a 50 per cent increase in June quarter production": a quarter named by its month modifies what rose
        if (s.Has(first, WordClass.Month) && s.IsCapitalized(first) && (s.Is(first + 1, "quarter") || s.Is(first + 1, "half")) && s.IsLower(first + 2)
            && !s.Has(first + 2, WordClass.Preposition | WordClass.Determiner | WordClass.Conjunction) && !Clauses.IsVerbLike(s, first + 2))
            first += 2;
        // "picking up from a 1.8 per cent increase in the first": an ordinal alone stands for the period the sentence named
        if (s.Has(first, WordClass.Ordinal) && s.IsLower(first) && !s.IsWord(first + 1) && !s.IsPunct(first + 1, '-')) return null;
        // "following a 1.7% drop in August": a month the text does not date is still a time, not what dropped
        if (s.Has(first, WordClass.Month) && s.IsCapitalized(first)) return null;
        if (nounBefore && s.IsCapitalized(first)) return null; // "a rise of 5% in London": where, not what
        // "a 3.6 percent fall in the previous month": nor is a time the sentence reads there
        // "a 1.3% drop in the previous period", "in the same period": a period the sentence names only by its place in time
        if (x.Times.Any(t => t.First <= first && first <= t.Last) || s.Has(first, WordClass.RelativeFrame) && (s.Has(first + 1, WordClass.TimeUnit) || s.Is(first + 1, "period"))
            || s.Is(first, "same") && s.Is(first + 1, "period")) return null;
        // "a 7% rise in the number of cyclists killed": the counted things, with the participle that qualifies them
        bool counted = s.Is(first, "number") && s.Is(first + 1, "of");
        if (counted) first += 2;
        int clauseEnd = MetricReader.ClauseEndFrom(x, next);
        int end = MetricReader.NounPhraseEnd(s, first, clauseEnd, x.Times);
        if (counted && end > first && end < clauseEnd && MetricReader.IsPastParticiple(s, end)) end++;
        if (Clauses.ContentWords(s, first, end) == 0) return null;
        return MetricProposal.Phrase(MetricReader.Joined(NameOfSubject(x), s.Join(first, end)));
    }

    // "an increase of", "a rise of": a singular noun of change after an article or adjective
    private static bool IsChangeNounBefore(SentenceTokens s, int k) =>
        s.IsLower(k) && s.Span(k) is "increase" or "rise" or "fall" or "drop" or "decline" or "decrease" or "gain" or "jump" or "reduction"
        && (s.Has(k - 1, WordClass.Determiner) || s.IsLower(k - 1) && DescribesTheChange(s.Span(k - 1)));

    // "driven by declines in onshore turbine prices of up to 45%": a plural noun of change after a preposition, an article or
    // an adjective (after a noun it would be a verb: "prices declines")
    private static bool IsPluralChangeNoun(SentenceTokens s, int k) =>
        s.IsLower(k) && s.Span(k) is "declines" or "increases" or "rises" or "falls" or "drops" or "cuts" or "gains" or "reductions"
        && (s.Has(k - 1, WordClass.Preposition | WordClass.Determiner) || s.IsLower(k - 1) && s.Span(k - 1) is "further" or "sharp" or "steep" or "big" or "large");

    // "increases", "lift", "decline": a lower-case noun of change, in any company (a bracket after it sizes it)
    private static bool IsChangeNounWord(SentenceTokens s, int k) =>
        s.IsLower(k) && s.Span(k) is "increase" or "increases" or "rise" or "rises" or "fall" or "falls" or "drop" or "drops" or "decline"
            or "declines" or "decrease" or "decreases" or "gain" or "gains" or "jump" or "lift" or "growth" or "reduction" or "reductions";

    // "a 3.8% year-on-year drop", "a 2% annual rise": the frame of the change stands between the figure and its noun
    private static int AfterFrame(SentenceTokens s, int k)
    {
        if (s.IsLower(k) && s.Span(k) is "annual" or "monthly" or "quarterly" or "yearly" or "weekly") return k + 1;
        bool hyphenated = s.Has(k, WordClass.TimeUnit) && s.IsPunct(k + 1, '-') && (s.Is(k + 2, "on") || s.Is(k + 2, "over"))
            && s.IsPunct(k + 3, '-') && s.Has(k + 4, WordClass.TimeUnit);
        return hyphenated ? k + 5 : k;
    }

    private static string NameOfSubject(MetricQuery x) =>
        x.Subject is { } subject && Anaphora.NameOf(x.S, subject) is { } name && name == x.S.Join(subject.First, subject.End) ? name : "";

    // "a 54% energy bill hike", "a 5% sales increase": one to three plain nouns between the figure and its change noun say
    // what changed (not "a 5% annual rise" nor "a 3.8% year-on-year drop"); the change noun's token, or -1
    internal static int NounsBeforeChange(SentenceTokens s, int from)
    {
        // "an 18.65% average electricity tariff increase": words for how big or how often open the phrase
        int first = from;
        while (first < from + 2 && s.IsLower(first) && !s.Touches(first) && DescribesTheChange(s.Span(first)) && s.IsLower(first + 1)
               && !Clauses.IsChangeNoun(s, first + 1)) first++;
        for (int k = first; k < first + 3 && s.IsLower(k) && !s.Touches(k); k++)
        {
            if (s.Has(k, WordClass.Preposition | WordClass.Determiner | WordClass.Stopword | WordClass.Conjunction | WordClass.Auxiliary | WordClass.Pronoun
                    | WordClass.ClauseWord | WordClass.TimeUnit | WordClass.ChangeUp | WordClass.ChangeDown) || DescribesTheChange(s.Span(k)))
                return -1;
            if (!s.IsWord(k + 1)) return -1;
            if (Clauses.IsChangeNoun(s, k + 1) && s.Span(k + 1) is not ("growth" or "share") || s.Span(k + 1) is "hike" or "cut" or "drop" or "fall" or "rise" or "increase")
                return k + 1;
        }
        return -1;
    }

    // "annual", "monthly", "sharp", "record": a word that says how big or how often the change is, not what changed
    internal static bool DescribesTheChange(ReadOnlySpan<char> w) =>
        w.EndsWith("ly") || w.EndsWith("al") || w is "sharp" or "steep" or "modest" or "slight" or "big" or "small" or "huge" or "further"
            or "significant" or "average" or "overall" or "total" or "record" or "massive" or "dramatic" or "healthy";

    // "an increase in the goods deficit of $9.3 billion": the phrase between the change noun's "in" and the figure's "of";
    // "an increase in passenger numbers to 7.2 billion": and the level it reached, after "to"
    // "the largest increases in occupancy (+42.9% to 86.7%)": or a change in brackets right after that phrase, signed or not
    private static string? ChangeInBefore(SentenceTokens s, int figure, bool isChange)
    {
        int of = figure - 1;
        bool bracketed = isChange && s.IsPunct(of, '(') || (s.IsPunct(of, '+') || s.IsPunct(of, '-') || s.IsPunct(of, '−')) && s.IsPunct(--of, '(');
        if (!bracketed && !s.Is(of, "of") && !s.Is(of, "to")) return null;
        for (int k = of - 1; k > s.First && of - k <= MaxPhraseTokens; k--)
        {
            if (s.IsClauseBreak(k) || s.IsDigits(k) || Clauses.IsVerbLike(s, k) && !Clauses.IsChangeNoun(s, k)) return null;
            if (!s.Is(k, "in") || !(Clauses.IsChangeNoun(s, k - 1) || IsPluralChangeNoun(s, k - 1) || bracketed && IsChangeNounWord(s, k - 1))) continue;
            int first = k + 1;
            while (first < of && s.Has(first, WordClass.Determiner)) first++;
            return Clauses.ContentWords(s, first, of) == 0 ? null : s.Join(first, of);
        }
        return null;
    }
}
