namespace NewsFigures.Charts;

/// <summary>Bar charts straight from figures: a comparison in one unit, and the figures stated in percent.</summary>
internal static class FigureBarCharts
{
    public static ChartSpec Compare(IEnumerable<CorpusFigure> figures, Func<CorpusFigure, string>? label)
    {
        ArgumentNullException.ThrowIfNull(figures);
        var list = figures.ToList();
        if (list.Count == 0) throw new ArgumentException("FigureChart.Compare needs at least one figure.");
        var unitGroups = list.GroupBy(f => f.Figure.Unit).ToList();
        if (unitGroups.Count > 1)
            throw new ArgumentException("FigureChart.Compare draws figures of one unit, but these mix "
                + SourceNote.JoinWithAnd([.. unitGroups.Select(u => $"{u.Key ?? "no unit"} ({Count(u.Count(), "figure")})")])
                + $"; choose one first, e.g. figures.ByUnit(\"{unitGroups[0].Key}\").");
        var unit = unitGroups[0].Key;
        var units = ChartWords.Units(unit);
        return Bars(ChartKind.BarComparison, list, label ?? (f => f.Figure.Metric), units,
            units.Length == 0 ? "Figures compared" : $"Figures compared, in {units}");
    }

    public static ChartSpec Percentages(IEnumerable<CorpusFigure> figures, Func<CorpusFigure, string>? label)
    {
        ArgumentNullException.ThrowIfNull(figures);
        var all = figures.ToList();
        var percent = all.Where(f => f.Figure.Unit == "percent").ToList();
        if (percent.Count == 0)
            throw new ArgumentException($"FigureChart.Percentages found no figure in percent among the {Count(all.Count, "figure")} given.");
        return Bars(ChartKind.Percentages, percent,
            label ?? (f => f.Figure.Period is null ? f.Figure.Metric : $"{f.Figure.Metric} ({f.Figure.Period})"), "%",
            "Figures stated in percent");
    }

    /// <param name="title">The title when the figures measure more than two metrics (one or two are named).</param>
    static ChartSpec Bars(ChartKind kind, List<CorpusFigure> figures, Func<CorpusFigure, string> label, string units, string title)
    {
        var labels = ChartWords.Unique(figures.Select(label));
        var points = figures.Select((f, i) =>
        {
            var bound = f.Figure.Bound;
            return new ChartPoint(labels[i], i, f.Figure.Value, bound,
                Sentence: f.Figure.Sentence, Source: Provenance.Of(f).PointText)
            {
                Note = PointNotes.Of(bound, f.Figure.Kind == FigureKind.Forecast, f.Figure.Attribution, f.Figure.Kind == FigureKind.Change),
            };
        }).ToList();
        var metrics = figures.Select(f => f.Figure.Metric).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        return new ChartSpec(kind, [new ChartSeries(units.Length > 0 ? units : "figures", points)])
            .Title(metrics.Count <= 2 ? ChartWords.Title(metrics) : title)
            .Units(units)
            .Source(SourceNote.Of(figures));
    }

    static string Count(int n, string thing) => n == 1 ? $"1 {thing}" : $"{n} {thing}s";
}
