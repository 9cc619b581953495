using System.Text.RegularExpressions;

namespace NewsFigures;

/// <summary>
/// How two phrases (metrics, attributions) are compared with a gold one: by their content words, lower case, stopwords
/// dropped, crude stems (-s, -ies, -ed, -ing, -ment), dotted abbreviations joined ("U.S." is "us") and curly possessives
/// read as straight ones. A found phrase agrees when it holds at least half the gold phrase's content words; the strict
/// reading also wants the gold phrase's head noun.
/// </summary>
/// <remarks>
/// The head is the last word before the first post-modifier: a preposition or relative word ("pillars of ...",
/// "satellites whose ..."), an auxiliary ("farmers and herders have become ..."), a participle or adverb after a plural
/// ("jobs created ...", "robots handling ...", "jobs annually"), or a capitalized word after a plural, which opens a
/// reduced relative clause ("days DeepSeek took ..."). Possessives are not heads ("China's"). So "sector users" for
/// "generative AI users" has the head but one content word of three, and fails; "China to build a power grid" for
/// "investment to build a power grid" has the words but not the head, and fails the strict reading.
/// </remarks>
public static partial class PhraseAgreement
{
    private static readonly HashSet<string> Stopwords =
    [
        "the", "a", "an", "of", "in", "on", "at", "by", "for", "from", "to", "with", "across", "into", "and", "or", "that", "who",
        "which", "whose", "its", "their", "is", "are", "was", "were", "have", "has", "had", "be", "as", "since", "among", "than",
        "this", "these", "those", "it",
    ];

    private static readonly HashSet<string> PostModifierStarts =
    [
        "of", "in", "on", "at", "by", "for", "from", "to", "with", "without", "within", "across", "among", "into", "via", "since",
        "during", "between", "through", "over", "under", "like", "as", "than", "including", "concerning", "compared", "relative",
        "that", "who", "whom", "whose", "which", "where", "when", "is", "are", "was", "were", "has", "have", "had", "will", "do",
        "does", "did", "can", "could", "would", "should",
    ];

    /// <summary>The found phrase holds at least half the gold phrase's content words (a gold phrase without any agrees
    /// only with a found phrase without any).</summary>
    public static bool HoldsHalf(string gold, string? found)
    {
        var g = ContentStems(gold);
        var f = ContentStems(found ?? "");
        if (g.Count == 0) return f.Count == 0;
        return 2 * g.Count(f.Contains) >= g.Count;
    }

    /// <summary>A source as the gold writes it, "the company (Alibaba)" or "Roberta Cozza, research director at Gartner": what
    /// the text calls it, then who it is (data/gold/README.md). A found source agrees when it holds half the content words of
    /// the whole, of what the text calls it, or of who it is (itself read the same way).</summary>
    public static bool NamesSameSource(string gold, string found)
    {
        if (HoldsHalf(gold, found)) return true;
        int gloss = gold.IndexOfAny(['(', ',']);
        if (gloss <= 0) return false;
        string stated = gold[..gloss], who = gold[(gloss + 1)..].Trim(')', ' ');
        // "he (Inspector Hank Idsinga, commander of the homicide unit)": who it is may be glossed in turn
        return ContentStems(stated).Count > 0 && HoldsHalf(stated, found) || ContentStems(who).Count > 0 && NamesSameSource(who, found);
    }

    /// <summary><see cref="HoldsHalf"/>, and the two phrases have the same head noun.</summary>
    public static bool AgreesStrictly(string gold, string? found) =>
        found is not null && Head(gold) is { } goldHead && goldHead == Head(found) && HoldsHalf(gold, found);

    /// <summary>The F1 of the two phrases' content words, 0 when they share none.</summary>
    public static double F1(string gold, string found)
    {
        var g = ContentStems(gold);
        var f = ContentStems(found);
        int overlap = g.Count(f.Contains);
        if (overlap == 0) return 0;
        double precision = overlap / (double)f.Count, recall = overlap / (double)g.Count;
        return 2 * precision * recall / (precision + recall);
    }

    /// <summary>The stem of the head noun of a phrase, or null when it has no words.</summary>
    public static string? Head(string phrase)
    {
        var words = Words().Matches(phrase).Select(m => Possessive().Replace(m.Value, "")).Where(w => w.Length > 0).ToList();
        int end = words.Count;
        for (int i = 1; i < words.Count && end == words.Count; i++)
            if (EndsNounPhrase(words[i], words[i - 1])) end = i;
        for (int i = end - 1; i >= 0; i--)
            if (!IsPossessive(phrase, words[i])) return Stem(words[i].ToLowerInvariant());
        return end > 0 ? Stem(words[end - 1].ToLowerInvariant()) : null;
    }

    public static IReadOnlySet<string> ContentStems(string text)
    {
        var stems = new HashSet<string>();
        // "U.S." and "US", "Sainsbury’s" and "Sainsbury's" are one word: no stray "u", "s" or possessive "s"
        string normal = DottedAbbreviation().Replace(text.ToLowerInvariant().Replace('’', '\''), "$1$2$3").Replace("'s", "");
        foreach (Match m in Word().Matches(normal))
            if (!Stopwords.Contains(m.Value)) stems.Add(Stem(m.Value));
        return stems;
    }

    public static string Stem(string w)
    {
        if (w.EndsWith("ies") && w.Length > 4) return w[..^3] + "y";
        if (w.EndsWith("ing") && w.Length > 5) return w[..^3];
        if (w.EndsWith("ed") && w.Length > 4) return w[..^2];
        if (w.EndsWith("ment") && w.Length > 6) return w[..^4];
        if (w.EndsWith('s') && !w.EndsWith("ss") && w.Length > 3) return w[..^1];
        return w;
    }

    private static bool EndsNounPhrase(string word, string before)
    {
        var w = word.ToLowerInvariant();
        if (PostModifierStarts.Contains(w)) return true;
        bool afterPlural = before.Length > 3 && before.EndsWith('s') && !before.EndsWith("ss") || before is "people";
        if (!afterPlural || w.Contains('-')) return false;
        if (char.IsUpper(word[0])) return true;
        return w.Length > 4 && (w.EndsWith("ed") && !w.EndsWith("eed") || w.EndsWith("ing") || w.EndsWith("ly"));
    }

    private static bool IsPossessive(string phrase, string word) =>
        phrase.Contains(word + "'s", StringComparison.Ordinal) || phrase.Contains(word + "’s", StringComparison.Ordinal);

    [GeneratedRegex(@"\b([a-z])\.([a-z])\.?(?:([a-z])\.?)?(?![a-z])")]
    private static partial Regex DottedAbbreviation();

    [GeneratedRegex("[a-z0-9]+")]
    private static partial Regex Word();

    [GeneratedRegex(@"[\p{L}\p{N}&'’-]+")]
    private static partial Regex Words();

    [GeneratedRegex(@"['’]s?$")]
    private static partial Regex Possessive();
}
