namespace NewsFigures;

/// <summary>"ABARES forecast Australia's 2013-14 wheat production at 25.4 million tonnes", "Alaska had the lowest rate for the
/// combined series, at 59.5%": what the verb's object is "at" (for a verb of estimating also "as") the figure names it; a verb of estimating names only its object
/// (not who estimates), another verb its subject too; ", with China's output at 77.9 million mt": the noun of an absolute
/// phrase; ", followed by diesels at 22.89pc", ", followed by wind energy with 59 GW": what follows in a ranking.</summary>
internal sealed class ObjectAtMetric : IMetricRule
{
    private const int MaxObjectTokens = 12;

    public string Name => "metric.object-at";

    public MetricProposal? Propose(MetricQuery x)
    {
        var s = x.S;
        int at = x.C.TextFirst - 1;
        // ", followed by wind energy with 59 GW": the next in a ranking, with its figure
        if (s.Is(at, "with") && FollowedBy(s, at, x.At.ClauseStart) is { } next) return MetricProposal.Phrase(next);
        // "Aurum estimates Ernest Henry's AISC as $875/oz": a verb of estimating may put its object "as" the figure
        bool estimatedAs = s.Is(at, "as");
        if (!s.Is(at, "at") && !estimatedAs) return null;
        int end = s.IsPunct(at - 1, ',') ? at - 1 : at;
        // "Alaska had the lowest rate for the series, at 59.5%": after a comma the object is in the clause before it
        int clauseStart = end < at ? Clauses.Start(s, end - 1) : x.At.ClauseStart;
        for (int k = end - 1; k > end - MaxObjectTokens && k >= clauseStart; k--)
        {
            if (s.IsPunct(k, ',') || s.IsPunct(k, ';') || x.Figures.Any(f => f.TextFirst <= k && k <= f.TextLast)) return null;
            // ", with China's output at 77.9 million mt": an absolute phrase's noun is what stands at the figure
            if (s.Is(k, "with") && s.IsLower(k))
                return k + 1 < end && Clauses.ContentWords(s, k + 1, end) > 0 ? MetricProposal.Phrase(s.Join(k + 1, end)) : null;
            // ", followed by diesels at 22.89pc": the next in a ranking is what stands at its figure
            if (s.Is(k, "followed") && s.Is(k + 1, "by") && k + 2 < end && Clauses.ContentWords(s, k + 2, end) > 0)
                return MetricProposal.Phrase(s.Join(k + 2, end));
            // "government data showing production at 882,061 tons": "showing" before a noun is still the data's verb
            if (!(Clauses.IsVerbLike(s, k) || IsShowing(s, k)) || k == clauseStart) continue;
            if (estimatedAs && !(s.IsLower(k) && IsEstimating(s.Span(k)))) return null;
            if (k + 1 >= end || Clauses.ContentWords(s, k + 1, end) == 0 || s.Has(k + 1, WordClass.Preposition)) return null;
            // "The employment rate held steady at 61.9%": a state the subject held, no object
            if (end == k + 2 && s.IsLower(k + 1) && s.Span(k + 1) is "steady" or "flat" or "unchanged" or "firm" or "stable" or "constant" or "level" or "still")
                return null;
            string objectPhrase = s.Join(k + 1, end);
            if (s.IsLower(k) && (IsEstimating(s.Span(k)) || IsShowing(s, k))) return MetricProposal.Phrase(objectPhrase);
            // "..., while Hawaii had the highest, at 80.2%": the clause before the comma has its own subject
            string subject = end < at && Clauses.Subject(s, clauseStart, k) is { } own ? s.Join(own.First, own.End) : x.AmountSubject;
            // "Alaska had the lowest rate": Alaska's lowest rate
            if (subject.Length > 0 && s.Is(k + 1, "the") && s.IsLower(k + 1))
                return MetricProposal.Phrase($"{MetricReader.Possessive(subject)} {s.Join(k + 2, end)}", fromSubject: true);
            return MetricProposal.Phrase($"{subject} {objectPhrase}", subject.Length > 0);
        }
        return null;
    }

    // "followed by X" right before the preposition that brings the figure: X
    private static string? FollowedBy(SentenceTokens s, int preposition, int clauseStart)
    {
        for (int k = preposition - 2; k >= clauseStart && preposition - k <= MaxObjectTokens; k--)
        {
            if (s.IsClauseBreak(k) || s.IsDigits(k)) return null;
            if (s.Is(k, "followed") && s.Is(k + 1, "by"))
                return k + 2 < preposition && Clauses.ContentWords(s, k + 2, preposition) > 0 ? s.Join(k + 2, preposition) : null;
        }
        return null;
    }

    private static bool IsShowing(SentenceTokens s, int k) => s.IsLower(k) && s.Span(k) is "showing" or "shows" or "showed" or "show";

    private static bool IsEstimating(ReadOnlySpan<char> w) =>
        w is "forecast" or "forecasts" or "estimated" or "estimates" or "estimate" or "projected" or "projects" or "put" or "puts"
            or "valued" or "values" or "pegged" or "pegs" or "assessed" or "assesses";
}
