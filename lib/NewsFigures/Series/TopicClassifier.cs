using System.Globalization;

namespace NewsFigures;

/// <summary>
/// Puts a figure into one of the eight topics from cue words (<see cref="TopicCues"/>), explainably.
/// The metric phrase and unit decide first: a cue on the head noun counts 3 times its weight, before the head 2, after it
/// 1, the unit 2 ("120 universities ... participating in the ... Trade Fair" is talent and education, the fair only
/// colours it). Only when they hold no cue does the sentence decide, then the piece title, then <see cref="Fallback"/>.
/// Money for computing infrastructure ("investment to build a power grid") is computing power, not spending.
/// </summary>
[TypeFormatterSource(typeof(DomainFormatterSource), PreferredMimeTypes = [MimeTypes.PlainText])]
public sealed class TopicClassifier(IReadOnlyList<TopicCue>? cues = null, Topic fallback = Topic.IndustryAndRobots)
{
    // Cues by their first word, longest first, so matching a word looks at a handful of cues rather than all.
    private readonly Dictionary<string, TopicCue[]> _cuesByFirstWord = (cues ?? TopicCues.Default).Where(c => c.Parts.Length > 0)
        .GroupBy(c => c.Parts[0], StringComparer.Ordinal)
        .ToDictionary(g => g.Key, g => g.OrderByDescending(c => c.Parts.Length).ToArray(), StringComparer.Ordinal);

    /// <summary>The topic given when no cue is found anywhere.</summary>
    public Topic Fallback { get; } = fallback;

    public override string ToString() => $"topics from {_cuesByFirstWord.Values.Sum(c => c.Length)} cues, else {Fallback.Name()}";

    public TopicAssignment Classify(CorpusFigure figure) =>
        Classify(figure.Figure.Metric, figure.Figure.Unit, figure.Figure.Sentence, figure.PieceTitle);

    /// <summary>Classifies a metric phrase with its unit; the sentence and a context (the piece title) break silence.</summary>
    /// <example><code>new TopicClassifier().Classify("Qwen derivative models", "model").Topic // Topic.OpenSource</code></example>
    public TopicAssignment Classify(string metric, string? unit, string? sentence = null, string? context = null) =>
        FromMetric(metric, unit) ?? FromText(sentence, "sentence") ?? FromText(context, "piece title") ?? NoCue();

    /// <summary>The topic the metric phrase and its unit give, or null when they hold no cue.</summary>
    internal TopicAssignment? FromMetric(string metric, string? unit) => FromMetric(MetricWords.Read(metric, unit), unit);

    /// <summary>The topic a metric phrase already read with its unit (<see cref="MetricWords.Read"/>) gives, or null.</summary>
    internal TopicAssignment? FromMetric(MetricWords words, string? unit)
    {
        var hits = Match(words.Words.Select(w => (w.Text, Factor(w.Role))).ToList(), "metric");
        if (unit is not null && words.Words.All(w => w.Text != Inflection.Singular(unit.ToLowerInvariant())))
            hits.AddRange(Match([(Inflection.Singular(unit.ToLowerInvariant()), 2)], "unit"));
        return hits.Count > 0 ? Decide(hits, moneyRule: true) : null;
    }

    /// <summary>The topic a sentence or a piece title gives (<paramref name="where"/> says which, for the reason), or null
    /// when it holds no cue.</summary>
    internal TopicAssignment? FromText(string? text, string where)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        var hits = Match(MetricWords.WordsOf(text).Select(w => (w, 1)).ToList(), where);
        return hits.Count > 0 ? Decide(hits, moneyRule: false) : null;
    }

    /// <summary>The topic when neither the metric, the unit, the sentence nor the piece title holds a cue.</summary>
    internal TopicAssignment NoCue() => new(Fallback, "no cue word in the metric, unit, sentence or piece title");

    private static int Factor(WordRole role) => role switch { WordRole.Head => 3, WordRole.Premodifier => 2, _ => 1 };

    private readonly record struct Hit(TopicCue Cue, int Score, int Position, string Where);

    // Longest cue first at each position; a matched word is not matched again.
    private List<Hit> Match(List<(string Word, int Factor)> words, string where)
    {
        var hits = new List<Hit>();
        for (int i = 0; i < words.Count;)
        {
            var cue = _cuesByFirstWord.TryGetValue(words[i].Word, out var candidates)
                ? Array.Find(candidates, c => i + c.Parts.Length <= words.Count && c.Parts.Select((p, k) => words[i + k].Word == p).All(b => b))
                : null;
            if (cue is null) { i++; continue; }
            int factor = words.Skip(i).Take(cue.Parts.Length).Max(w => w.Factor);
            hits.Add(new Hit(cue, cue.Weight * factor, i, where));
            i += cue.Parts.Length;
        }
        return hits;
    }

    private static TopicAssignment Decide(List<Hit> hits, bool moneyRule)
    {
        var ranked = hits.GroupBy(h => h.Cue.Topic)
            .Select(g => (Topic: g.Key, Score: g.Sum(h => h.Score), Best: g.Max(h => h.Score), First: g.Min(h => h.Position)))
            .OrderByDescending(t => t.Score).ThenByDescending(t => t.Best).ThenBy(t => t.First).ToList();
        var winner = ranked[0].Topic;
        var evidence = string.Join(", ", hits.OrderByDescending(h => h.Score).ThenBy(h => h.Position)
            .Select(h => string.Create(CultureInfo.InvariantCulture, $"'{h.Cue.Words}' {h.Cue.Topic.Name()} {h.Score}")));
        string where = hits[0].Where == "metric" ? "metric and unit" : hits[0].Where;
        if (moneyRule && winner == Topic.InvestmentAndSpending && hits.FirstOrDefault(h => h.Cue.Topic == Topic.ComputingPower) is { Cue: not null } infra)
            return new TopicAssignment(Topic.ComputingPower, $"money for computing infrastructure ('{infra.Cue.Words}'); {where}: {evidence}");
        return new TopicAssignment(winner, $"{where}: {evidence}");
    }
}
