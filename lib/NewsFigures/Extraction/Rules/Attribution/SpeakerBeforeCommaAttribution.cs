namespace NewsFigures;

/// <summary>"Willie Walsh, IAG chief executive, said: ...", "Sky, meanwhile, said it will pay £1.4bn": a name that opens the
/// sentence, set off by commas before the verb (a lone adverb such as "meanwhile" left out).</summary>
internal sealed class SpeakerBeforeCommaAttribution : IAttributionRule
{
    public string Name => "attribution.speaker-before-comma";

    public AttributionProposal? Propose(FigureQuery q) => AttributionProposal.Named(OpeningName(q.S));

    internal static string? OpeningName(SentenceTokens s)
    {
        if (!s.IsCapitalized(s.First)) return null;
        for (int k = s.First + 1; k < s.End; k++)
        {
            if (Clauses.IsVerbLike(s, k) && !s.Has(k, WordClass.AttributionVerb)) return null; // the opening phrase does something else
            if (!s.Has(k, WordClass.AttributionVerb) || !s.IsLower(k) || !s.IsPunct(k - 1, ',')) continue;
            if (Speakers.ReportsWhatItHad(s, k)) return null; // "Houston, Texas, reported the largest increases": had, not said
            int end = k - 1, lastComma = end;
            for (int j = end - 1; j > s.First; j--) if (s.IsPunct(j, ',')) { lastComma = j; break; }
            // "Sky, meanwhile, said": the part after the last inner comma is one lower-case word
            // "Eliopoulos, 51, said": nor the speaker's age
            if (lastComma < end && end - lastComma == 2 && (s.IsLower(lastComma + 1) || s.IsDigits(lastComma + 1))) end = lastComma;
            // "United and Continental, which merged last year, reported": the relative clause describes the name
            for (int j = s.First + 1; j < end; j++)
                if (Clauses.OpensRelativeClause(s, j)) { end = j; break; }
            return end > s.First ? s.Join(s.First, end) : null;
        }
        return null;
    }
}
