namespace NewsFigures;

/// <summary>"below the $40.1 billion expected by analysts", "an average estimate of €275m expected by analysts", "the 460
/// recorded by the INMO": whoever a figure is expected, estimated, forecast or recorded by, right after it, is its source;
/// so is whoever assessed or compiled the subject the figure states ("The WCI composite index, assessed by Drewry, is
/// US$9477").</summary>
internal sealed class ExpectedByAttribution : IAttributionRule
{
    public string Name => "attribution.expected-by";

    public AttributionProposal? Propose(FigureQuery q)
    {
        var s = q.S;
        int k = q.Figure.TextLast + 1;
        if (s.IsLower(k) && (IsExpectation(s.Span(k)) || IsRecording(s.Span(k))) && s.Is(k + 1, "by"))
            return AttributionProposal.Named(Speakers.Read(s, k + 2, forward: true));
        return AttributionProposal.Named(SubjectsAssessor(s, q.Figure));
    }

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
