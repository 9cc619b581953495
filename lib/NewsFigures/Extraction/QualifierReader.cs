namespace NewsFigures;

/// <summary>
/// Reads the bound in front of a number ("more than", "over", "nearly", "up to", "an average of"), skipping
/// an article between them ("more than a 40% increase"). A qualifier binds only to the number right after it.
/// </summary>
internal static class QualifierReader
{
    // Longest first, so "just over" wins over "over"; the second item is the canonical form reported.
    private static readonly (string[] Words, string Canonical)[] Phrases =
    [
        (["as", "many", "as"], "as many as"), (["as", "much", "as"], "as much as"), (["as", "high", "as"], "as high as"),
        (["an", "average", "of"], "average"), (["on", "average"], "average"), (["more", "than"], "more than"),
        (["less", "than"], "less than"), (["fewer", "than"], "fewer than"), (["up", "to"], "up to"), (["at", "least"], "at least"),
        (["at", "most"], "at most"), (["close", "to"], "close to"), (["just", "over"], "just over"), (["just", "under"], "just under"),
        (["well", "over"], "well over"), (["in", "excess", "of"], "more than"), (["upwards", "of"], "more than"),
        (["nearly"], "nearly"), (["almost"], "almost"), (["about"], "about"), (["around"], "around"), (["approximately"], "approximately"),
        (["roughly"], "roughly"), (["some"], "about"), (["over"], "over"), (["exceeding"], "exceeding"), (["exceeds"], "exceeding"),
        (["above"], "above"), (["below"], "below"), (["under"], "under"), (["within"], "within"),
        (["estimated"], "about"), (["average"], "average"),
    ];

    /// <summary>The canonical qualifier and the token it starts at, or null.</summary>
    public static (string Qualifier, int First)? Read(SentenceTokens s, int numberFirst)
    {
        int end = numberFirst; // exclusive
        if ((s.Is(end - 1, "a") || s.Is(end - 1, "an")) && !s.Is(numberFirst, "hundred")) end--;
        foreach (var (words, canonical) in Phrases)
        {
            int start = end - words.Length;
            if (start < s.First) continue;
            bool all = true;
            for (int k = 0; k < words.Length && all; k++) all = s.Is(start + k, words[k]);
            if (!all) continue;
            // "over the past year" never reaches here; "over" before a number is a bound unless it ends a phrase like "took over".
            return (canonical, start);
        }
        return null;
    }
}
