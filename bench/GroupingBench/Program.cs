using NewsFigures;
using NewsFigures.Bench;

// Pairwise agreement of metric grouping with a hand gold: over the figures the extractor finds that the gold also has
// (same file, overlapping span), two figures belong together in the gold when their loosened metric phrase and measure
// are the same (GoldMeasure.SameAs). Precision: of the pairs the grouping puts in one metric, the share the gold puts together;
// recall: of the pairs the gold puts together, the share the grouping does. Deterministic: same texts, same numbers.
// --pairs lists every pair the grouping and the gold disagree on (only for a half that may be read: the study half).
bool showPairs = args.Contains("--pairs");
var halves = args.Where(a => a != "--pairs").DefaultIfEmpty("data/dev/study").ToList();
foreach (var half in halves)
{
    var texts = Path.Combine(half, "texts");
    var gold = GoldMeasure.Load(Path.Combine(half, "figures.jsonl"));
    var figures = Corpus.Load(texts).Figures();
    var matched = new List<(CorpusFigure Figure, GoldMeasure Measure)>();
    foreach (var f in figures)
    {
        var g = gold.FirstOrDefault(g => g.File == f.File && g.Start < f.Figure.End && f.Figure.Start < g.End);
        if (g is not null) matched.Add((f, g));
    }
    Console.WriteLine($"{half}: {figures.Count} figures found, {matched.Count} of {gold.Count} gold figures matched");
    var options = new SeriesOptions { Map = MetricMap.None };
    // The extractor's phrases (what series are built from), then the gold's own phrases (grouping alone).
    Measure("rules on extracted phrases", figures, matched);
    Measure("rules on gold phrases", [.. gold.Select(g => g.AsFigure)], [.. gold.Select(g => (g.AsFigure, g))]);

    void Measure(string name, IReadOnlyList<CorpusFigure> figures, List<(CorpusFigure Figure, GoldMeasure Measure)> matched)
    {
        var groupOf = new Dictionary<CorpusFigure, int>(ReferenceEqualityComparer.Instance);
        var groups = figures.Metrics(options);
        for (int i = 0; i < groups.Count; i++)
            foreach (var f in groups[i].Figures) groupOf[f] = i;
        long both = 0, grouped = 0, gathered = 0;
        for (int i = 0; i < matched.Count; i++)
            for (int j = i + 1; j < matched.Count; j++)
            {
                bool sameGroup = groupOf[matched[i].Figure] == groupOf[matched[j].Figure];
                bool sameMeasure = matched[i].Measure.SameAs(matched[j].Measure);
                if (sameGroup) grouped++;
                if (sameMeasure) gathered++;
                if (sameGroup && sameMeasure) both++;
                if (showPairs && sameGroup != sameMeasure)
                    Console.WriteLine($"    {(sameGroup ? "grouped, gold apart" : "gold together, apart")}: {matched[i].Figure.Figure.Metric} [{matched[i].Measure}] / {matched[j].Figure.Figure.Metric} [{matched[j].Measure}]");
            }
        double precision = grouped == 0 ? 1 : (double)both / grouped, recall = gathered == 0 ? 1 : (double)both / gathered;
        Console.WriteLine($"  {name,-27} {groups.Count,4} metrics; pairs: gold {gathered}, grouped {grouped}, both {both}; "
            + $"precision {precision:0.000}, recall {recall:0.000}, F1 {2 * precision * recall / Math.Max(precision + recall, 1e-12):0.000}");
    }
}
