using System.Collections.Frozen;
using System.Text.RegularExpressions;

namespace NewsFigures;

/// <summary>
/// The name a piece is about ("Merck", "Toronto", "Southern Water"), and the rule metric.piece-subject that gives it to a
/// metric naming no one: "Revenues rose 7%" in a piece about Merck measures Merck revenues, as a reader takes it and as
/// annotators write it. The subject is the proper name the text uses most, at least twice and at least once inside a
/// sentence (a capital there is a name's, not a sentence's), not as a speaker ("Smith said").
/// </summary>
internal static partial class PieceSubject
{
    public const string Rule = "metric.piece-subject";

    private const int MinMentions = 2;
    private const int MaxNameWords = 4;

    // Capitalized words that open sentences or stand for nouns, not names (the lexicon's function words and months too).
    private static readonly FrozenSet<string> NotNames = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "he", "she", "they", "we", "i", "you", "it", "however", "meanwhile", "mr", "ms", "mrs", "dr", "also", "total", "overall",
        "despite", "after", "before", "when", "while", "if", "although", "both", "all", "many", "most", "more", "other", "there",
        "here", "read", "photo", "image", "share", "updated", "published", "monday", "tuesday", "wednesday", "thursday",
        "friday", "saturday", "sunday", "so", "but", "yet", "as", "according", "year", "quarter", "first", "second", "third",
        "ai", "tv", "ev", "evs", "gdp", "ceo", "cfo", "cpi", "ipo", "pc", "pcs", "gpu", "gpus", "lng", "api", "etf", "rs", "ksh",
        "kshs", "covid", "coronavirus");

    // a metric with its own scope ("domestic venture funding", "global sales") is not the subject's
    private static readonly FrozenSet<string> ScopeWords = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "domestic", "national", "nationwide", "national-level", "global", "worldwide", "world", "world's", "international", "countries");

    // a long phrase ("regular universities that have registered ...") says what it measures already
    private const int MaxMetricWords = 6;

    private static readonly FrozenSet<string> SpeakerVerbs = FrozenSet.Create(StringComparer.Ordinal,
        "said", "says", "told", "added", "explained");

    /// <summary>The piece's subject, or null when no name is used often enough and more often than any other (a speaker's
    /// mention counts against it).</summary>
    public static Subject? Of(string text)
    {
        var tally = new Dictionary<string, (int Mentions, bool InSentence, int First)>(StringComparer.Ordinal);
        var words = new List<Match>();
        int order = 0;
        foreach (var line in text.AsSpan().EnumerateLines())
        {
            words.Clear();
            string lineText = line.ToString();
            foreach (Match m in Word().Matches(lineText)) words.Add(m);
            // a headline, menu or table heading in title case names everything
            if (words.Count >= 3 && words.Count(w => char.IsUpper(w.Value[0])) * 10 >= words.Count * 7) continue;
            for (int i = 0; i < words.Count; i++)
            {
                if (!char.IsUpper(words[i].Value[0])) continue;
                int last = RunEnd(lineText, words, i);
                int first = i;
                while (first <= last && IsNotName(words[first].Value)) first++;
                int next = last + 1;
                // "737 Max", "SAO PAULO (Reuters) -": a model after its number, a dateline
                bool model = first > 0 && char.IsDigit(words[first - 1].Value[0]) && !words[first - 1].Value.EndsWith('.') && SingleSpace(lineText, words[first - 1], words[first]);
                int after = words[last].Index + words[last].Length;
                bool ticker = after + 1 < lineText.Length && lineText[after] == ':' && char.IsLetterOrDigit(lineText[after + 1]);
                bool dateline = first == 0 && words[last].Value.All(c => !char.IsLetter(c) || char.IsUpper(c));
                bool commonNoun = first == last && first > 0 && words[first - 1].Value is "the" or "The" && !words[first].Value.All(c => !char.IsLetter(c) || char.IsUpper(c));
                if (first <= last && last - first < MaxNameWords && !commonNoun && !model && !ticker && !dateline && Name(lineText, words, first, last) is { } name)
                {
                    bool speaker = next < words.Count && SpeakerVerbs.Contains(words[next].Value.TrimEnd('.'))
                        || first > 0 && SpeakerVerbs.Contains(words[first - 1].Value);
                    bool inSentence = first > 0 && !OpensSentence(lineText, words[first].Index);
                    var t = tally.TryGetValue(name, out var seen) ? seen : (Mentions: 0, InSentence: false, First: order++);
                    tally[name] = (t.Mentions + (speaker ? -MinMentions : 1), t.InSentence || inSentence, t.First);
                }
                i = last;
            }
        }
        var ranked = tally.Where(t => t.Value.InSentence && t.Value.Mentions >= MinMentions).OrderByDescending(t => t.Value.Mentions).ToList();
        var best = ranked.Count == 0 || ranked.Count > 1 && ranked[1].Value.Mentions == ranked[0].Value.Mentions ? null : ranked[0].Key;
        if (best is null) return null;
        var others = tally.Where(t => t.Key != best && t.Value.InSentence && t.Value.Mentions >= MinMentions).Select(t => t.Key).ToArray();
        return new Subject(best, tally.Where(t => t.Value.InSentence).Select(t => t.Key).ToFrozenSet(StringComparer.Ordinal), others);
    }

    /// <summary>The figure with the subject before its metric, when the metric names no one.</summary>
    public static Figure Apply(Figure figure, Subject subject)
    {
        var metric = figure.Metric;
        if (metric.Length == 0 || NamesSomeone(metric, subject) || NamesAnother(figure.Sentence, subject)) return figure;
        string phrase = char.IsUpper(metric[0]) ? char.ToLowerInvariant(metric[0]) + metric[1..] : metric;
        return figure with
        {
            Metric = $"{subject.Name} {phrase}",
            Rules = figure.Rules is { } rules ? rules with { Metric = $"{rules.Metric} + {Rule}" } : null,
        };
    }

    // A capital after the first word is a name's; the first word is a name when it is all capitals, possessive, or
    // written with a capital inside a sentence of the text. A metric holding a word of the subject names it already.
    private static bool NamesSomeone(string metric, Subject subject)
    {
        var words = Word().Matches(metric);
        if (words.Count == 0 || words.Count > MaxMetricWords || words.Any(w => ScopeWords.Contains(w.Value))) return true;
        for (int i = 1; i < words.Count; i++)
            if (char.IsUpper(words[i].Value[0])) return true;
        var first = words[0].Value;
        if (first.Length > 1 && first.All(c => !char.IsLetter(c) || char.IsUpper(c)) || first.EndsWith("'s") || first.EndsWith("’s")
            || subject.Names.Contains(Possessive().Replace(first, ""))) return true;
        foreach (var part in subject.Name.Split(' '))
            if (metric.Contains(part, StringComparison.OrdinalIgnoreCase)) return true;
        return false;
    }

    // a sentence naming another of the piece's names may be about it ("Aldi's sales rose" in a piece about Tesco)
    private static bool NamesAnother(string sentence, Subject subject)
    {
        foreach (var other in subject.Others)
            for (int at = sentence.IndexOf(other, StringComparison.Ordinal); at >= 0; at = sentence.IndexOf(other, at + 1, StringComparison.Ordinal))
                if ((at == 0 || !char.IsLetter(sentence[at - 1])) && (at + other.Length == sentence.Length || !char.IsLetter(sentence[at + other.Length])))
                    return true;
        return false;
    }

    // Capitalized words next to each other, joined by single spaces or by "of"/"for" before another capital
    // ("Office for National Statistics").
    private static int RunEnd(string line, List<Match> words, int i)
    {
        int last = i;
        while (last + 1 < words.Count && SingleSpace(line, words[last], words[last + 1]) && !EndsName(words[last].Value))
        {
            var next = words[last + 1].Value;
            if (char.IsUpper(next[0])) last++;
            else if (next is "of" or "for" && last + 2 < words.Count && char.IsUpper(words[last + 2].Value[0])
                && SingleSpace(line, words[last + 1], words[last + 2])) last += 2;
            else break;
        }
        return last;
    }

    private static string? Name(string line, List<Match> words, int first, int last)
    {
        var name = line[words[first].Index..(words[last].Index + words[last].Length)];
        name = Possessive().Replace(name.TrimEnd('.', '-'), "");
        if (name.Length < 2 || name.Any(char.IsDigit) || words[last].Value is "of" or "for") return null;
        return first == last && (UnitReader.IsMeasureUnit(name) || UnitReader.IsCurrencyWord(name)) ? null : name;
    }

    // "Britain." ends a sentence ("U.S." does not), "Britain's" a name
    private static bool EndsName(string word) =>
        word.EndsWith('.') && word.IndexOf('.') == word.Length - 1 || Possessive().IsMatch(word) && word.Length > 2 && word[^2] is '\'' or '’';

    private static bool IsNotName(string word)
    {
        var bare = Possessive().Replace(word.TrimEnd('.'), "");
        // "EVs", "SMEs": plural abbreviations are nouns
        bool pluralAbbreviation = bare.Length > 2 && bare[^1] == 's' && bare[..^1].All(char.IsUpper);
        if (pluralAbbreviation || NotNames.Contains(bare)) return true;
        // "January-June"
        foreach (var part in bare.Split('-'))
            if (Lexicon.Classify(part) != WordClass.None) return true;
        return false;
    }

    private static bool SingleSpace(string line, Match a, Match b) => b.Index == a.Index + a.Length + 1 && line[a.Index + a.Length] == ' ';

    // what stands before a word at the start of a sentence: the line's start, or an end mark or quote and spaces
    private static bool OpensSentence(string line, int at)
    {
        int k = at - 1;
        while (k >= 0 && line[k] is ' ' or '"' or '“' or '‘' or '\'' or '(' or '-' or '–' or '—') k--;
        return k < 0 || line[k] is '.' or '!' or '?' or ':' or ';' or '|' or '•';
    }

    /// <summary>A piece's subject name, every name its text writes with a capital inside a sentence, and the other names
    /// it uses as often as a subject must be.</summary>
    public sealed record Subject(string Name, FrozenSet<string> Names, string[] Others);

    [GeneratedRegex(@"[\p{L}\p{N}][\p{L}\p{N}&'’.\-]*")]
    private static partial Regex Word();

    [GeneratedRegex(@"['’]s?$")]
    private static partial Regex Possessive();
}
