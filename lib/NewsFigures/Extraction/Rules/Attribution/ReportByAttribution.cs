namespace NewsFigures;

/// <summary>"A study published on Monday by the Royal Horticultural Society says ...": a report, study or survey by a named
/// body credits that body's report.</summary>
internal sealed class ReportByAttribution : IAttributionRule
{
    private const int MaxGap = 6;

    public string Name => "attribution.report-by";

    public AttributionProposal? Propose(FigureQuery q) => AttributionProposal.Named(ReportBy(q.S));

    private static string? ReportBy(SentenceTokens s)
    {
        for (int k = s.First; k < s.End; k++)
        {
            if (!s.IsLower(k) || !IsReportNoun(s.Span(k)) || !(s.Has(k - 1, WordClass.Determiner) || s.Is(k - 1, "new"))) continue;
            for (int by = k + 1; by <= k + MaxGap && s.InRange(by) && !s.IsClauseBreak(by); by++)
            {
                if (!s.Is(by, "by")) continue;
                var name = Speakers.Read(s, by + 1, forward: true);
                return name is not null && name.Any(char.IsUpper) ? $"{name} {s.Span(k)}" : null;
            }
        }
        return null;
    }

    private static bool IsReportNoun(ReadOnlySpan<char> w) =>
        w is "report" or "study" or "survey" or "analysis" or "poll" or "audit" or "review" or "census";
}
