using System.Text.RegularExpressions;

namespace NewsFigures.Tests.Extraction;

/// <summary>
/// A stricter reading of metric agreement than <see cref="GoldScore.MetricF1"/>: the extracted phrase must have the gold
/// phrase's head noun, and hold at least half of the gold phrase's content words (same crude stems). "sector users" for
/// "generative AI users" has the head but one content word of three, so it fails; "China to build a power grid" for
/// "investment to build a power grid" has the words but not the head ("China"), so it fails too.
/// </summary>
/// <remarks>
/// The head is the last word before the first post-modifier: a preposition or relative word ("pillars of ...",
/// "satellites whose ..."), an auxiliary ("farmers and herders have become ..."), a participle or adverb after a plural
/// ("jobs created ...", "robots handling ...", "jobs annually"), or a capitalized word after a plural, which opens a
/// reduced relative clause ("days DeepSeek took ..."). Possessives are not heads ("China's").
/// </remarks>
public static partial class StrictMetric
{
    private static readonly HashSet<string> PostModifierStarts =
    [
        "of", "in", "on", "at", "by", "for", "from", "to", "with", "without", "within", "across", "among", "into", "via", "since",
        "during", "between", "through", "over", "under", "like", "as", "than", "including", "concerning", "compared", "relative",
        "that", "who", "whom", "whose", "which", "where", "when", "is", "are", "was", "were", "has", "have", "had", "will", "do",
        "does", "did", "can", "could", "would", "should",
    ];

    public static bool Agrees(string gold, string found)
    {
        if (Head(gold) is not { } goldHead || Head(found) is not { } foundHead || goldHead != foundHead) return false;
        var g = GoldScore.ContentStems(gold);
        int shared = g.Intersect(GoldScore.ContentStems(found)).Count();
        return 2 * shared >= g.Count;
    }

    /// <summary>The stem of the head noun of a metric phrase, or null when it has no words.</summary>
    public static string? Head(string metric)
    {
        var words = Words().Matches(metric).Select(m => Possessive().Replace(m.Value, "")).Where(w => w.Length > 0).ToList();
        int end = words.Count;
        for (int i = 1; i < words.Count && end == words.Count; i++)
            if (EndsNounPhrase(words[i], words[i - 1])) end = i;
        for (int i = end - 1; i >= 0; i--)
            if (!IsPossessive(metric, words[i])) return GoldScore.Stem(words[i].ToLowerInvariant());
        return end > 0 ? GoldScore.Stem(words[end - 1].ToLowerInvariant()) : null;
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

    private static bool IsPossessive(string metric, string word) =>
        metric.Contains(word + "'s", StringComparison.Ordinal) || metric.Contains(word + "’s", StringComparison.Ordinal);

    [GeneratedRegex(@"[\p{L}\p{N}&'’-]+")]
    private static partial Regex Words();

    [GeneratedRegex(@"['’]s?$")]
    private static partial Regex Possessive();
}
