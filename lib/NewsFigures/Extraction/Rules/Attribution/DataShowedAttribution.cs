namespace NewsFigures;

/// <summary>"..., the data showed", "official figures show", "a survey by Ipsos showed", "the study found": a source noun that
/// shows or finds names the source itself ("new figures show" names no one).</summary>
internal sealed class DataShowedAttribution : IAttributionRule
{
    private const int MaxNameTokens = 6;

    public string Name => "attribution.data-showed";

    public AttributionProposal? Propose(FigureQuery q) => AttributionProposal.Named(SourceNounBeforeShow(q.S));

    private static string? SourceNounBeforeShow(SentenceTokens s)
    {
        for (int k = s.First + 1; k < s.End; k++)
        {
            if (!(s.Is(k, "showed") || s.Is(k, "shows") || s.Is(k, "show") || s.Is(k, "shown") || s.Is(k, "found") || s.Is(k, "finds"))) continue;
            int head = k - 1;
            if (!IsSourceNoun(s, head)) continue;
            int first = head;
            while (first - 1 >= s.First && head - first < MaxNameTokens && s.IsWord(first - 1)
                   && !s.Has(first - 1, WordClass.Preposition | WordClass.Determiner | WordClass.Conjunction | WordClass.ClauseWord)
                   && !Clauses.IsVerbLike(s, first - 1)) first--;
            // "new figures show": figures no one is named for
            bool unnamed = true;
            for (int j = first; j < head; j++) unnamed &= IsFreshness(s.Span(j));
            return unnamed && first < head ? null : s.Join(first, head + 1);
        }
        return null;
    }

    private static bool IsFreshness(ReadOnlySpan<char> w) => w is "new" or "New" or "latest" or "Latest" or "fresh" or "Fresh" or "recent" or "Recent";

    private static bool IsSourceNoun(SentenceTokens s, int k) =>
        s.Is(k, "data") || s.Is(k, "figures") || s.Is(k, "statistics") || s.Is(k, "survey") || s.Is(k, "poll")
        || s.Is(k, "study") || s.Is(k, "report") || s.Is(k, "analysis") || s.Is(k, "research");
}
