namespace NewsFigures;

/// <summary>
/// Reads who a sentence attributes its statement to: "according to X", "data from X shows",
/// "data released by X", "X said / reported / predict", and "..., said X".
/// </summary>
internal static class AttributionReader
{
    private const int MaxSpeakerTokens = 12;

    public static string? Read(SentenceTokens s)
    {
        for (int k = s.First; k < s.End; k++)
        {
            if (s.Is(k, "according") && s.Is(k + 1, "to")) return Speaker(s, k + 2, forward: true);
            if (s.Is(k, "data") && s.Is(k + 1, "from")) return Speaker(s, k + 2, forward: true);
            if (s.Is(k, "data") && s.Has(k + 1, WordClass.ReleaseVerb) && s.Is(k + 2, "by")) return Speaker(s, k + 3, forward: true);
        }
        for (int k = s.First; k < s.End; k++)
        {
            if (!s.Has(k, WordClass.AttributionVerb) || !s.IsLower(k)) continue; // "the United States" does not state
            bool speakerAfter = k == s.First || s.IsClauseBreak(k - 1) || s.IsPunct(k - 1, '"') || s.IsPunct(k - 1, '”');
            var who = speakerAfter ? Speaker(s, k + 1, forward: true) : Speaker(s, k - 1, forward: false);
            if (who is not null) return who;
        }
        return null;
    }

    // Reads a name from start, forward until a clause break or a verb, or backward to a clause break.
    private static string? Speaker(SentenceTokens s, int start, bool forward)
    {
        int first = start, last = start - 1;
        if (forward)
        {
            for (int k = start; s.InRange(k) && k - start < MaxSpeakerTokens; k++)
            {
                if (s.IsClauseBreak(k) || s.Has(k, WordClass.AttributionVerb | WordClass.ReleaseVerb | WordClass.Auxiliary | WordClass.ClauseWord)
                    || s.IsDigits(k) || (s.Has(k, WordClass.Preposition) && !s.Is(k, "of") && !s.Is(k, "from") && k > start)) break;
                last = k;
            }
        }
        else
        {
            last = start;
            for (int k = start; s.InRange(k) && start - k < MaxSpeakerTokens; k--)
            {
                if (s.IsDigits(k)) return null; // "half of the 2,400 respondents said": the figure's own subject, not a source
                if (s.IsClauseBreak(k) || s.Has(k, WordClass.ClauseWord | WordClass.Auxiliary) && !s.Is(k, "that")) break;
                if (s.Is(k, "that")) break;
                first = k;
            }
        }
        // Leading lowercase words are descriptions ("the website", "the proprietary"), not the name.
        while (first <= last && (s.IsLower(first) || !s.IsWord(first)) && HasCapitalAfter(s, first, last)) first++;
        while (last >= first && !s.IsWord(last)) last--;
        if (first > last) return null;
        var name = s.Join(first, last + 1).Replace("*", "").Trim();
        return name.Length == 0 ? null : name;
    }

    private static bool HasCapitalAfter(SentenceTokens s, int from, int last)
    {
        for (int k = from + 1; k <= last; k++) if (s.IsCapitalized(k)) return true;
        return false;
    }
}
