namespace NewsFigures;

/// <summary>"Nestlé expects organic growth of 4 percent", "Economists polled by Reuters had forecast ...", "the council is
/// predicting a deficit of ...", "Heineken reiterated its forecast for ...": a name (or "the" and a body's noun) that opens
/// the sentence, after any dateline, and states its own expectation is the source of what it expects.</summary>
internal sealed class SubjectExpectsAttribution : IAttributionRule
{
    private const int MaxNameTokens = 14, MaxOpeningPhrase = 8;

    public string Name => "attribution.subject-expects";

    public AttributionProposal? Propose(FigureQuery q) => AttributionProposal.Named(Expecting(q.S) ?? LaterForecasters(q.S, q.Figure));

    // "..., while analysts polled by Refinitiv expected 8.98 billion reais": forecasters opening a later clause expect the
    // figures after their verb
    private static string? LaterForecasters(SentenceTokens s, FigureDraft figure)
    {
        for (int k = figure.TextFirst - 2; k > s.First && figure.TextFirst - k <= 10; k--)
        {
            if (!IsForecasters(s, k) || !(s.Is(k - 1, "while") || s.Is(k - 1, "and") || s.Is(k - 1, "but") || s.Is(k - 1, "whereas"))
                || !s.IsPunct(k - 2, ',')) continue;
            int end = AfterPolledBy(s, k + 1), verb = VerbAfter(s, end);
            if (verb >= figure.TextFirst || !s.IsLower(verb) || !IsExpectVerb(s.Span(verb))) return null;
            for (int j = verb + 1; j < figure.TextFirst; j++) if (s.IsClauseBreak(j)) return null;
            return s.Join(k, end);
        }
        return null;
    }

    private static string? Expecting(SentenceTokens s)
    {
        int start = AfterDateline(s), end = start;
        if (s.Has(start, WordClass.Determiner) && s.IsLower(start + 1))
        {
            // "the council is predicting": a body named by a common noun
            end = start + 1;
            while (end < s.End && end - start < 3 && s.IsLower(end + 1) && !s.Has(end + 1, WordClass.Auxiliary) && !IsExpectVerb(s.Span(end + 1))
                   && !IsRestateVerb(s.Span(end + 1))) end++;
            end++;
        }
        else if (IsForecasters(s, start))
            end = start + 1; // "For 2017, panelists expect": forecasters named by what they do
        else
            while (end < s.End && end - start < MaxNameTokens && (IsNameToken(s, end) || IsNameJoin(s, end))) end++;
        // "The strong results and forecast sent shares": after "and" the word is a noun of the subject, not its verb
        if (end == start || s.Has(end - 1, WordClass.Conjunction)) return null;
        // "Peru's government recently lowered its expectations": a name's body, named by a common noun after the possessive
        if (MetricReader.IsPossessive(s.Span(end - 1)) && s.IsLower(end) && s.Span(end) is "government" or "ministry" or "board" or "management"
            or "regulator" or "agency" or "council") end++;
        end = AfterPolledBy(s, end);
        int verb = VerbAfter(s, end);
        if (!s.IsLower(verb)) return null;
        bool expects = IsExpectVerb(s.Span(verb)) && (verb == end || !s.Span(verb).EndsWith("ed") || s.Is(end, "had") || s.Is(end, "has") || s.Is(end, "have"))
            // "The market is forecast to slow": a passive names no one who expects; "The full year forecast suggests": a noun
            && !((s.Is(verb - 1, "is") || s.Is(verb - 1, "are") || s.Is(verb - 1, "was") || s.Is(verb - 1, "were") || s.Is(verb - 1, "be"))
                 && (s.Span(verb).EndsWith("ed") || s.Is(verb, "forecast")))
            && !(s.IsLower(verb + 1) && s.Span(verb + 1) is "suggests" or "shows" or "showed" or "suggested" or "indicates" or "was" or "is")
            // "The production forecast for white maize is": a noun with its preposition
            && !(s.Span(verb) is "forecast" or "estimate" && s.Has(verb + 1, WordClass.Preposition));
        // "recently lowered": an adverb before the verb of restating
        bool adverb = verb == end && s.Span(verb).EndsWith("ly") && s.IsLower(verb + 1);
        if (adverb) verb++;
        bool restates = (verb == end || adverb)
            && IsRestateVerb(s.Span(verb)) && (s.Is(verb + 1, "its") || s.Is(verb + 1, "their")) && OutlookNounAfter(s, verb + 2);
        return expects || restates ? s.Join(start, end) : null;
    }

    // "The council cut its forecast": a verb that restates an outlook ends the body's name before it
    private static bool IsRestateVerb(ReadOnlySpan<char> w) =>
        w is "reiterated" or "reaffirmed" or "confirmed" or "maintained" or "raised" or "lowered" or "cut";

    // "CANBERRA, AUSTRALIA — The Australian Bureau ... forecast": the subject stands after a wire dateline
    private static int AfterDateline(SentenceTokens s) => WireDateline.End(s) is > 0 and var after ? after : AfterOpeningPhrases(s, s.First);

    // "For the next financial year, from April 2025, the council is predicting": the subject stands after the
    // prepositional phrases that open the sentence, each closed by a comma
    private static int AfterOpeningPhrases(SentenceTokens s, int start)
    {
        // "Even with the updated base year, experts had been estimating": an adverb before the opening phrase
        if (s.Is(start, "even") && s.Has(start + 1, WordClass.Preposition)) start++;
        while (s.Has(start, WordClass.Preposition))
        {
            int comma = start + 1;
            while (comma < s.End && comma - start <= MaxOpeningPhrase && (s.IsWord(comma) || s.IsDigits(comma))) comma++;
            if (!s.IsPunct(comma, ',')) break;
            start = comma + 1;
        }
        return start;
    }

    private static bool IsNameToken(SentenceTokens s, int k) =>
        s.IsCapitalized(k) && !s.Has(k, WordClass.Pronoun | WordClass.Preposition) && (k == s.First || !s.Has(k, WordClass.Determiner) || s.IsCapitalized(k + 1))
        || s.Is(k, "The") && s.IsCapitalized(k + 1);

    // "Bureau of Agricultural and Resource Economics", "(ABARES)": the small words and brackets inside a long name
    private static bool IsNameJoin(SentenceTokens s, int k) =>
        (s.Is(k, "of") || s.Is(k, "and") || s.Is(k, "for") || s.IsPunct(k, '&')) && s.IsLower(k) && s.IsCapitalized(k + 1) && k > s.First
        || s.IsPunct(k, '(') && s.IsCapitalized(k + 1) && s.IsPunct(k + 2, ')')
        || s.IsPunct(k, ')') && s.IsPunct(k - 2, '(');

    // "analysts", "economists": people named by the forecasts they make
    private static bool IsForecasters(SentenceTokens s, int k) =>
        s.IsLower(k) && s.Span(k) is "analysts" or "economists" or "forecasters" or "panelists" or "panellists" or "strategists" or "experts";

    // "Economists polled by Reuters had forecast": who polled them is part of who they are; the end of the name
    private static int AfterPolledBy(SentenceTokens s, int end)
    {
        if (s.Is(end, "polled") && s.Is(end + 1, "by") && IsNameToken(s, end + 2))
            for (end += 2; end < s.End && IsNameToken(s, end); end++) { }
        return end;
    }

    // the verb after a name and its auxiliaries ("had been estimating")
    private static int VerbAfter(SentenceTokens s, int end)
    {
        int verb = end;
        while (s.Has(verb, WordClass.Auxiliary) && s.IsLower(verb) && verb - end < 3) verb++;
        return verb;
    }

    private static bool IsExpectVerb(ReadOnlySpan<char> w) =>
        w is "expect" or "predict" or "project" or "anticipate" or "expects" or "expected" or "forecasts" or "forecast" or "forecasted" or "forecasting" or "predicts" or "predicting"
            or "projects" or "projecting" or "anticipates" or "expecting" or "estimating";

    // "its 2024 copper production expectations": the noun of outlook ends the object's few words
    private static bool OutlookNounAfter(SentenceTokens s, int from)
    {
        for (int k = from; k < s.End && k - from < 4; k++)
        {
            if (s.IsWord(k) && IsOutlookNoun(s.Span(k))) return true;
            if (!s.IsLower(k) && !s.IsDigits(k) || Clauses.IsVerbLike(s, k)) return false;
        }
        return false;
    }

    private static bool IsOutlookNoun(ReadOnlySpan<char> w) =>
        w is "expectations" or "expectation" or "forecast" or "forecasts" or "guidance" or "outlook" or "target" or "targets";
}
