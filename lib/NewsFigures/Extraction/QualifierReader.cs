namespace NewsFigures;

/// <summary>
/// Reads the bound in front of a number ("more than", "over", "nearly", "up to", "an average of"), skipping
/// an article between them ("more than a 40% increase"). A qualifier binds only to the number right after it.
/// Verbs that bound the same quantity ("exceeded", "surpassed", "tops") and symbols ("~", "&gt;", a trailing "+") are
/// kept as the text writes them, in lower case.
/// </summary>
internal static class QualifierReader
{
    // Longest first, so "just over" wins over "over"; the second item is the form reported: the words as written, in
    // lower case (data/dev/study/NOTES.md), except "average" for "an average of" and "on average".
    private static readonly (string[] Words, string Canonical)[] Phrases =
    [
        (["as", "many", "as"], "as many as"), (["as", "much", "as"], "as much as"), (["as", "high", "as"], "as high as"),
        (["an", "average", "of"], "average"), (["on", "average"], "average"), (["more", "than"], "more than"),
        (["less", "than"], "less than"), (["fewer", "than"], "fewer than"), (["up", "to"], "up to"), (["at", "least"], "at least"),
        (["at", "most"], "at most"), (["close", "to"], "close to"), (["just", "over"], "just over"), (["just", "under"], "just under"),
        (["well", "over"], "well over"), (["in", "excess", "of"], "in excess of"), (["upwards", "of"], "upwards of"),
        (["just", "shy", "of"], "just shy of"),
        (["nearly"], "nearly"), (["almost"], "almost"), (["about"], "about"), (["around"], "around"), (["approximately"], "approximately"),
        (["roughly"], "roughly"), (["some"], "some"), (["over"], "over"), (["exceeding"], "exceeding"), (["exceeds"], "exceeds"),
        (["better", "than"], "better than"), (["exceeded"], "exceeded"), (["exceed"], "exceed"), (["surpassed"], "surpassed"),
        (["surpasses"], "surpasses"), (["surpass"], "surpass"), (["crossed"], "crossed"), (["tops"], "tops"), (["topped"], "topped"),
        (["above"], "above"), (["below"], "below"), (["under"], "under"), (["within"], "within"),
        (["estimated"], "estimated"), (["average"], "average"),
    ];

    /// <summary>The canonical qualifier and the token it starts at, or null.</summary>
    public static (string Qualifier, int First)? Read(SentenceTokens s, int numberFirst)
    {
        int end = numberFirst; // exclusive
        if ((s.Is(end - 1, "a") || s.Is(end - 1, "an")) && !s.Is(numberFirst, "hundred")) end--;
        if (Symbol(s, end) is { } symbol) return symbol;
        // "a national average of $3.20", "the monthly average of 40": an average however it is qualified.
        if (s.Is(end - 1, "of") && s.Is(end - 2, "average") && s.IsLower(end - 3) && !s.Has(end - 3, WordClass.Determiner)
            && (s.Is(end - 4, "a") || s.Is(end - 4, "an") || s.Is(end - 4, "the") || s.Is(end - 4, "its")))
            return ("average", end - 4);
        if (s.Is(end - 1, "top") && IsVerbTop(s, end - 1)) return ("top", end - 1);
        foreach (var (words, canonical) in Phrases)
        {
            int start = end - words.Length;
            if (start < s.First) continue;
            bool all = true;
            for (int k = 0; k < words.Length && all; k++) all = s.Is(start + k, words[k]);
            if (!all) continue;
            // "the growth rate picked up to 17.8%", "edged up to 4%": "up" ends a verb of its own, and "to" brings the level
            if (canonical == "up to" && IsPhrasalUp(s, start - 1)) continue;
            // "over the past year" never reaches here; "over" before a number is a bound unless it ends a phrase like "took over".
            return (canonical, start);
        }
        return null;
    }

    private static bool IsPhrasalUp(SentenceTokens s, int verb) =>
        s.IsLower(verb) && s.Span(verb) is "picked" or "picks" or "ticked" or "ticks" or "edged" or "edges" or "moved" or "moves" or "went"
            or "crept" or "creeps" or "inched" or "inches" or "shot" or "shoots" or "jumped" or "jumps" or "pushed" or "pushes";

    /// <summary>The verbs that bound the number after them: "exceeded", "tops", "surpassed".</summary>
    public static bool IsBoundingVerb(ReadOnlySpan<char> word)
    {
        foreach (var verb in BoundingVerbs) if (word.Equals(verb, StringComparison.OrdinalIgnoreCase)) return true;
        return false;
    }

    private static readonly string[] BoundingVerbs =
        ["exceeded", "exceeds", "exceed", "exceeding", "surpassed", "surpasses", "surpass", "crossed", "tops", "top", "topped"];

    /// <summary>"500+ volunteers": a plus stuck to the end of a number bounds it from below.</summary>
    public static (string Qualifier, int First)? Trailing(SentenceTokens s, NumberPhrase p) =>
        s.IsPunct(p.Last, '+') && s.IsDigits(p.Last - 1) ? ("+", p.First) : null;

    // ~40 species, >200 stations, <5: a symbol stuck to the number is kept as written.
    private static (string Qualifier, int First)? Symbol(SentenceTokens s, int numberFirst)
    {
        int b = numberFirst - 1;
        if (!s.InRange(b) || !s.Touches(numberFirst)) return null;
        foreach (char c in "~><≈≥≤")
            if (s.IsPunct(b, c)) return (c.ToString(), b);
        return null;
    }

    // "subscribers top 40 mln": "top" is the verb when a plural noun comes right before it ("the world's top 15" is a rank).
    private static bool IsVerbTop(SentenceTokens s, int top) =>
        s.IsLower(top - 1) && Inflection.IsPlural(s.Span(top - 1)) && !s.Has(top - 1, WordClass.Determiner | WordClass.Preposition | WordClass.Stopword);
}
