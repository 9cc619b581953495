namespace NewsFigures;

/// <summary>"Nestlé expects organic growth of 4 percent", "Heineken reiterated its forecast for ...": a name that opens the
/// sentence and states its own expectation is the source of what it expects.</summary>
internal sealed class SubjectExpectsAttribution : IAttributionRule
{
    private const int MaxNameTokens = 5;

    public string Name => "attribution.subject-expects";

    public AttributionProposal? Propose(FigureQuery q) => AttributionProposal.Named(Expecting(q.S));

    private static string? Expecting(SentenceTokens s)
    {
        int end = s.First;
        while (end < s.End && end - s.First < MaxNameTokens && s.IsCapitalized(end) && !s.Has(end, WordClass.Determiner | WordClass.Pronoun | WordClass.Preposition))
            end++;
        if (end == s.First || !s.IsLower(end)) return null;
        var verb = s.Span(end);
        bool expects = verb is "expects" or "expected" or "forecasts" or "predicts" or "projects" or "anticipates";
        bool restates = verb is "reiterated" or "reaffirmed" or "confirmed" or "maintained" or "raised" or "lowered" or "cut"
            && (s.Is(end + 1, "its") || s.Is(end + 1, "their")) && IsOutlookNoun(s.Span(end + 2));
        return expects || restates ? s.Join(s.First, end) : null;
    }

    private static bool IsOutlookNoun(ReadOnlySpan<char> w) =>
        w is "expectations" or "expectation" or "forecast" or "forecasts" or "guidance" or "outlook" or "target" or "targets";
}
