namespace NewsFigures;

/// <summary>"..., the data showed", "official figures show", "a survey by Ipsos showed", "the study found", "a study has found",
/// "The report from the Gambling Commission found", "The survey revealed": a source noun that shows, finds, reveals or
/// suggests names the source itself, with the name it comes from ("new figures show" names no one).</summary>
internal sealed class DataShowedAttribution : IAttributionRule
{
    private const int MaxNameTokens = 6;

    public string Name => "attribution.data-showed";

    public AttributionProposal? Propose(FigureQuery q) => AttributionProposal.Named(SourceNounBeforeShow(q.S));

    private static string? SourceNounBeforeShow(SentenceTokens s)
    {
        for (int k = s.First + 1; k < s.End; k++)
        {
            if (!IsShowing(s, k)) continue;
            int end = k - 1; // "a study has found", "the survey also revealed"
            while (end > s.First && (s.Has(end, WordClass.Auxiliary) || s.Is(end, "also"))) end--;
            int head = IsSourceNoun(s, end) ? end : NamedSourceNoun(s, end);
            if (head < 0) continue;
            int first = head;
            while (first - 1 >= s.First && head - first < MaxNameTokens && s.IsWord(first - 1)
                   && !s.Has(first - 1, WordClass.Preposition | WordClass.Determiner | WordClass.Conjunction | WordClass.ClauseWord)
                   && !Clauses.IsVerbLike(s, first - 1)) first--;
            // "new figures show": figures no one is named for
            bool unnamed = true;
            for (int j = first; j < head; j++) unnamed &= IsFreshness(s.Span(j));
            return unnamed && first < head ? null : s.Join(first, Math.Max(head, end) + 1);
        }
        return null;
    }

    private static bool IsShowing(SentenceTokens s, int k) =>
        s.IsLower(k) && s.Span(k) is "showed" or "shows" or "show" or "shown" or "found" or "finds" or "revealed" or "reveals" or "suggests" or "suggested";

    // "The report from the Gambling Commission found": a source noun, "from", "by" or "of", and a capitalized name that ends
    // right before the verb; the source noun's place, or -1
    private static int NamedSourceNoun(SentenceTokens s, int end)
    {
        if (!s.IsCapitalized(end)) return -1;
        for (int h = end - 2; h >= s.First && end - h <= MaxNameTokens; h--)
        {
            if (IsSourceNoun(s, h) && (s.Is(h + 1, "from") || s.Is(h + 1, "by") || s.Is(h + 1, "of"))) return h;
            if (!s.IsCapitalized(h) && !s.Is(h, "the") && !s.Is(h, "of") && !s.Is(h, "and") && !s.Is(h, "for") && !s.Is(h, "from") && !s.Is(h, "by")) return -1;
        }
        return -1;
    }

    private static bool IsFreshness(ReadOnlySpan<char> w) => w is "new" or "New" or "latest" or "Latest" or "fresh" or "Fresh" or "recent" or "Recent";

    private static bool IsSourceNoun(SentenceTokens s, int k) =>
        s.Is(k, "data") || s.Is(k, "figures") || s.Is(k, "statistics") || s.Is(k, "survey") || s.Is(k, "poll")
        || s.Is(k, "study") || s.Is(k, "report") || s.Is(k, "analysis") || s.Is(k, "research");
}
