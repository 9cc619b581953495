using System.Collections.Frozen;
using System.Text.RegularExpressions;

namespace NewsFigures;

/// <summary>Where a word of a metric phrase stands relative to the noun the phrase is about.</summary>
internal enum WordRole { Head, Premodifier, Postmodifier }

/// <summary>One word of a metric phrase: lower case, singular, possessive dropped.</summary>
internal readonly record struct MetricWord(string Text, WordRole Role, bool IsStopword);

/// <summary>
/// A metric phrase read into words, with its head noun: "regular universities with AI bachelor's programs" has the head
/// "university", the premodifier "regular" and the postmodifiers "ai", "bachelor", "program". The head is the counted
/// unit when the phrase names it ("generative AI users", unit user), else the last noun before the first preposition,
/// relative word or participle that opens a postmodifier; a trailing measure word ("user base", "number") gives way to
/// the noun before it. Hyphenated words split ("open-source" is "open" "source"); "artificial intelligence" is "ai".
/// </summary>
internal sealed partial class MetricWords
{
    private static readonly FrozenSet<string> Boundaries = FrozenSet.Create(StringComparer.Ordinal,
        "of", "in", "on", "at", "by", "for", "from", "to", "with", "across", "among", "into", "over", "under", "between",
        "through", "during", "since", "per", "via", "around", "about", "against", "within", "without", "than", "like",
        "including", "concerning", "compared", "relative", "as", "that", "which", "who", "whom", "whose", "where", "when",
        "is", "are", "was", "were", "has", "have", "had", "will", "would", "can", "could", "do", "does", "did");

    private static readonly FrozenSet<string> Stopwords = FrozenSet.Create(StringComparer.Ordinal,
        "of", "in", "on", "at", "by", "for", "from", "to", "with", "across", "among", "into", "over", "under", "between",
        "through", "during", "since", "per", "via", "around", "about", "against", "within", "without", "than", "like",
        "as", "that", "which", "who", "whom", "whose", "where", "when", "the", "a", "an", "this", "these", "those", "its",
        "their", "his", "her", "our", "and", "or", "is", "are", "was", "were", "be", "been", "being", "has", "have", "had",
        "will", "would", "can", "could", "do", "does", "did", "it", "there", "also", "only", "alone", "such", "some", "more",
        "most", "each", "every", "all");

    /// <summary>Words that say how a thing is measured, not what it is: "user base" is users, "number of firms" is firms.</summary>
    public static readonly FrozenSet<string> MeasureWords = FrozenSet.Create(StringComparer.Ordinal,
        "base", "number", "count", "total", "amount", "level", "figure", "volume", "size", "tally");

    private static readonly (string From, string To)[] Abbreviations =
    [
        ("artificial intelligence", "ai"), ("research and development", "r&d"), ("united states", "us"), ("u.s.", "us"),
        // Names of one measure: "arithmetic power" translates 算力 (computing power), and "capacity" after
        // "computing power" only restates that it is a capacity.
        ("arithmetic power", "computing power"), ("computing power capacity", "computing power"),
    ];

    private MetricWords(IReadOnlyList<MetricWord> words, int head)
    {
        Words = words;
        HeadIndex = head;
    }

    public IReadOnlyList<MetricWord> Words { get; }

    /// <summary>Index of the head in <see cref="Words"/>, or -1 for an empty phrase.</summary>
    public int HeadIndex { get; }

    public string? Head => HeadIndex < 0 ? null : Words[HeadIndex].Text;

    /// <summary>Reads a phrase; <paramref name="unit"/> (a counted noun such as "user") anchors the head when it occurs.</summary>
    public static MetricWords Read(string phrase, string? unit = null)
    {
        var tokens = Tokens(phrase);
        if (tokens.Count == 0) return new([], -1);
        int head = UnitHead(tokens, unit) ?? SyntacticHead(tokens);
        // A word before the head is a premodifier unless a boundary word stands between it and the head, itself included.
        var words = new MetricWord[tokens.Count];
        bool boundary = false;
        for (int i = tokens.Count - 1; i >= 0; i--)
        {
            var word = tokens[i].Word;
            if (i < head) boundary |= Boundaries.Contains(word);
            var role = i == head ? WordRole.Head : i < head && !boundary ? WordRole.Premodifier : WordRole.Postmodifier;
            words[i] = new MetricWord(word, role, Stopwords.Contains(word));
        }
        return new(words, head);
    }

    /// <summary>Lower-case singular words of any text, for cue matching over sentences and titles.</summary>
    public static IReadOnlyList<string> WordsOf(string text) => Tokens(text).Select(t => t.Word).ToList();

    private readonly record struct Token(string Word, bool JoinedToPrevious);

    private static List<Token> Tokens(string text)
    {
        // A bracketed aside restates or abbreviates ("computing (arithmetic) power", "West Texas Intermediate (WTI)"):
        // it is not a word of what is measured.
        var lower = BracketedAside().Replace(text.ToLowerInvariant().Replace('’', '\''), " ");
        foreach (var (from, to) in Abbreviations) lower = lower.Replace(from, to, StringComparison.Ordinal);
        // "compute" ending a phrase is the noun ("788 EFLOPS of intelligent compute"), computing power by another name.
        lower = ComputeNoun().Replace(lower, "computing power");
        var tokens = new List<Token>();
        foreach (var m in WordPattern().EnumerateMatches(lower))
        {
            bool joined = m.Index > 0 && lower[m.Index - 1] == '-' && tokens.Count > 0;
            var match = lower.AsSpan(m.Index, m.Length);
            var word = match.EndsWith("'s", StringComparison.Ordinal) ? match[..^2] : match.TrimEnd('\'');
            if (word.Length == 0) continue;
            tokens.Add(new Token(Inflection.Singular(word), joined));
        }
        return tokens;
    }

    private static int? UnitHead(List<Token> tokens, string? unit)
    {
        if (string.IsNullOrEmpty(unit)) return null;
        var singular = Inflection.Singular(unit.ToLowerInvariant());
        int i = tokens.FindIndex(t => t.Word == singular);
        return i < 0 ? null : i;
    }

    // The first chunk ends at a boundary word, or at a participle that opens a postmodifier ("adapted to", "created
    // annually by", "participating in"); its last word is the head, unless that is a measure word after a noun.
    // "the total number of X" is about X: a first chunk of only measure words hands over to what follows "of".
    private static int SyntacticHead(List<Token> tokens, int from = 0)
    {
        int end = tokens.Count;
        for (int i = from + 1; i < tokens.Count; i++)
        {
            if (Boundaries.Contains(tokens[i].Word) || OpensPostmodifier(tokens, i)) { end = i; break; }
        }
        if (end < tokens.Count - 1 && tokens[end].Word == "of"
            && tokens.Skip(from).Take(end - from).All(t => MeasureWords.Contains(t.Word) || Stopwords.Contains(t.Word)))
            return SyntacticHead(tokens, end + 1);
        int head = Math.Max(from, end - 1);
        while (head > from && Stopwords.Contains(tokens[head].Word)) head--;
        if (head > from && MeasureWords.Contains(tokens[head].Word) && !Stopwords.Contains(tokens[head - 1].Word)) head--;
        return head;
    }

    private static bool OpensPostmodifier(List<Token> tokens, int i)
    {
        var word = tokens[i].Word;
        if (tokens[i].JoinedToPrevious || !(word.EndsWith("ed", StringComparison.Ordinal) || word.EndsWith("ing", StringComparison.Ordinal))) return false;
        // At the very end only a past participle opens one ("models released"); "R&D spending" ends in a noun.
        if (i + 1 == tokens.Count) return word.EndsWith("ed", StringComparison.Ordinal);
        var next = tokens[i + 1].Word;
        return Boundaries.Contains(next) || next.EndsWith("ly", StringComparison.Ordinal);
    }

    [GeneratedRegex(@"\([^()]*\)")]
    private static partial Regex BracketedAside();

    [GeneratedRegex(@"\bcompute\s*$")]
    private static partial Regex ComputeNoun();

    [GeneratedRegex(@"[\p{L}\p{N}][\p{L}\p{N}&'.]*(?<![.'])")]
    private static partial Regex WordPattern();
}
