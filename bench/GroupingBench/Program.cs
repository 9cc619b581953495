using NewsFigures;
using NewsFigures.Bench;

// Pairwise agreement of metric grouping with a hand gold (PairAgreement): two figures belong together in the gold when
// their loosened metric phrase and measure are the same (GoldMeasure.SameAs). Deterministic: same texts, same numbers.
// --pairs lists every pair the grouping and the gold disagree on (only for a half that may be read: the study half).
bool showPairs = args.Contains("--pairs");
var halves = args.Where(a => a != "--pairs").DefaultIfEmpty("data/dev/study").ToList();
var options = new SeriesOptions { Map = MetricMap.None };
foreach (var half in halves)
{
    var gold = GoldMeasure.Load(Path.Combine(half, "figures.jsonl"));
    var figures = Corpus.Load(Path.Combine(half, "texts")).Figures();
    var matched = PairAgreement.Matched(figures, gold);
    Console.WriteLine($"{half}: {figures.Count} figures found, {matched.Count} of {gold.Count} gold figures matched");
    // The extractor's phrases (what series are built from), then the gold's own phrases (grouping alone).
    Measure("rules on extracted phrases", figures, matched);
    Measure("rules on gold phrases", [.. gold.Select(g => g.AsFigure)], [.. gold.Select(g => (g.AsFigure, g))]);
}

void Measure(string name, IReadOnlyList<CorpusFigure> figures, List<(CorpusFigure Figure, GoldMeasure Measure)> matched)
{
    var groupOf = new Dictionary<CorpusFigure, int>(ReferenceEqualityComparer.Instance);
    var groups = figures.Metrics(options);
    for (int i = 0; i < groups.Count; i++)
        foreach (var f in groups[i].Figures) groupOf[f] = i;
    PairAgreement.Print(name, groups.Count, matched, f => groupOf[f], showPairs);
}
