namespace NewsFigures.Bench;

/// <summary>
/// Pairwise agreement of a grouping with the gold: of the pairs put in one group, the share the gold puts together
/// (precision); of the pairs the gold puts together, the share put in one group (recall).
/// </summary>
internal static class PairAgreement
{
    /// <summary>The figures found that the gold also has (same file, overlapping span), each with its gold measure.</summary>
    public static List<(CorpusFigure Figure, GoldMeasure Measure)> Matched(IEnumerable<CorpusFigure> figures, List<GoldMeasure> gold)
    {
        var matched = new List<(CorpusFigure Figure, GoldMeasure Measure)>();
        foreach (var f in figures)
        {
            var g = gold.FirstOrDefault(g => g.File == f.File && g.Start < f.Figure.End && f.Figure.Start < g.End);
            if (g is not null) matched.Add((f, g));
        }
        return matched;
    }

    public static void Print(string name, int groups, List<(CorpusFigure Figure, GoldMeasure Measure)> matched,
        Func<CorpusFigure, int> groupOf, bool showPairs)
    {
        long both = 0, grouped = 0, gathered = 0;
        for (int i = 0; i < matched.Count; i++)
            for (int j = i + 1; j < matched.Count; j++)
            {
                bool sameGroup = groupOf(matched[i].Figure) == groupOf(matched[j].Figure);
                bool sameMeasure = matched[i].Measure.SameAs(matched[j].Measure);
                if (sameGroup) grouped++;
                if (sameMeasure) gathered++;
                if (sameGroup && sameMeasure) both++;
                if (showPairs && sameGroup != sameMeasure)
                    Console.WriteLine($"    {(sameGroup ? "grouped, gold apart" : "gold together, apart")}: {matched[i].Figure.Figure.Metric} [{matched[i].Measure}] / {matched[j].Figure.Figure.Metric} [{matched[j].Measure}]");
            }
        double precision = grouped == 0 ? 1 : (double)both / grouped, recall = gathered == 0 ? 1 : (double)both / gathered;
        Console.WriteLine($"  {name,-34} {groups,4} metrics; pairs: gold {gathered}, grouped {grouped}, both {both}; "
            + $"precision {precision:0.000}, recall {recall:0.000}, F1 {2 * precision * recall / Math.Max(precision + recall, 1e-12):0.000}");
    }
}
