namespace NewsFigures;

/// <summary>"below the $40.1 billion expected by analysts", "an average estimate of €275m expected by analysts", "the 460
/// recorded by the INMO": whoever a figure is expected, estimated, forecast or recorded by, right after it, is its source;
/// so is whoever assessed or compiled the subject the figure states ("The WCI composite index, assessed by Drewry, is
/// US$9477"), a name that owns the estimate the figure sizes ("Wall Street's $1.70 per share estimate") and the named poll
/// right after it ("0.52 percent in a Reuters poll").</summary>
internal sealed class ExpectedByAttribution : IAttributionRule
{
    public string Name => "attribution.expected-by";

    public AttributionProposal? Propose(FigureQuery q)
    {
        var s = q.S;
        int k = q.Figure.TextLast + 1;
        if (s.IsLower(k) && (IsExpectation(s.Span(k)) || IsRecording(s.Span(k))) && s.Is(k + 1, "by"))
            return AttributionProposal.Named(Speakers.Read(s, k + 2, forward: true));
        return AttributionProposal.Named(SubjectsAssessor(s, q.Figure) ?? PossessorOfEstimate(s, q.Figure) ?? PollAfter(s, q.Figure));
    }

    // "below the median forecast of 0.52 percent in a Reuters poll": the named poll right after the figure
    private static string? PollAfter(SentenceTokens s, FigureDraft figure)
    {
        int k = figure.ExtentLast + 1;
        if (!s.Is(k, "in") || !(s.Is(k + 1, "a") || s.Is(k + 1, "the"))) return null;
        int first = k + 2, end = first;
        while (end < s.End && end - first < 4 && s.IsCapitalized(end)) end++;
        return end > first && (s.Is(end, "poll") || s.Is(end, "survey")) ? s.Join(first, end + 1) : null;
    }

    // "easily beating Wall Street’s $1.70 per share estimate", "Nomura's forecast of 4%": a name that owns the estimate the
    // figure sizes
    private static string? PossessorOfEstimate(SentenceTokens s, FigureDraft figure)
    {
        int owner;
        if (s.Is(figure.TextFirst - 1, "of") && s.IsWord(figure.TextFirst - 2) && IsEstimateNoun(s.Span(figure.TextFirst - 2))) owner = figure.TextFirst - 3;
        else if (EstimateNounAfter(s, figure.TextLast + 1)) owner = figure.TextFirst - 1;
        else return null;
        while (s.Is(owner, "average") || s.Is(owner, "consensus") || s.Is(owner, "mean") || s.Is(owner, "median")) owner--; // "analysts' average estimate"
        // "analysts' consensus estimate of 48 cents": forecasters in the plural possessive
        if (s.IsPunct(owner, '\'') || s.IsPunct(owner, '’'))
            return s.IsLower(owner - 1) && s.Span(owner - 1) is "analysts" or "economists" or "forecasters" or "strategists" && s.Touches(owner)
                ? s.Span(owner - 1).ToString() : null;
        if (!s.IsCapitalized(owner) || !MetricReader.IsPossessive(s.Span(owner))) return null;
        int first = owner;
        while (first > s.First && first - owner < 4 && s.IsCapitalized(first - 1) && !s.Has(first - 1, WordClass.Determiner)) first--;
        var name = s.Join(first, owner + 1);
        return name[..^2];
    }

    private static bool EstimateNounAfter(SentenceTokens s, int from)
    {
        for (int k = from; k < s.End && k - from < 4; k++)
        {
            if (!s.IsLower(k)) return false;
            if (IsEstimateNoun(s.Span(k))) return true;
            if (Clauses.IsVerbLike(s, k)) return false;
        }
        return false;
    }

    private static bool IsEstimateNoun(ReadOnlySpan<char> w) =>
        w is "estimate" or "estimates" or "forecast" or "forecasts" or "expectation" or "expectations" or "projection" or "projections" or "consensus";

    private static bool IsExpectation(ReadOnlySpan<char> w) =>
        w is "expected" or "estimated" or "forecast" or "predicted" or "projected" or "assessed";

    private static bool IsRecording(ReadOnlySpan<char> w) => w is "recorded" or "compiled" or "counted" or "measured" or "calculated";

    // "The average composite index of the WCI, assessed by Drewry for year-to-date, is US$9477": a participle phrase set off
    // by commas after the clause's subject, before the figure
    private static string? SubjectsAssessor(SentenceTokens s, FigureDraft figure)
    {
        for (int k = s.First + 2; k < figure.TextFirst - 2; k++)
        {
            if (!s.IsPunct(k - 1, ',') || !s.IsLower(k) || !(s.Span(k) is "assessed" or "compiled" or "calculated" or "measured") || !s.Is(k + 1, "by")) continue;
            if (Clauses.Start(s, k - 2) != s.First) return null; // the phrase must follow the sentence's own subject
            return Speakers.Read(s, k + 2, forward: true);
        }
        return null;
    }
}
