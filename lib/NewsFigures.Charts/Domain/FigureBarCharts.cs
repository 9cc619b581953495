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
        var percent = InPercent("FigureChart.Percentages", figures);
        var measures = Measure.Groups(percent);
        if (measures.Count > 1)
            throw new ArgumentException("FigureChart.Percentages draws one kind of measure, but these figures mix "
                + Measure.Counted(measures) + "; draw them as small multiples with FigureChart.PercentagesByKind(figures), "
                + "or choose one kind first, e.g. figures.ByKind(FigureKind.Change).");
        return Bars(ChartKind.Percentages, percent, label ?? MetricAndPeriod, "%", "Figures stated in percent");
    }

    /// <summary>One panel per measure, titled with it ("Changes", "Shares of GDP"), under one title and source note.</summary>
    public static ChartPanels PercentagesByKind(IEnumerable<CorpusFigure> figures, Func<CorpusFigure, string>? label)
    {
        var percent = InPercent("FigureChart.PercentagesByKind", figures);
        var measures = Measure.Groups(percent);
        var panels = measures.Select(m =>
            Bars(ChartKind.Percentages, [.. m.Figures], label ?? MetricAndPeriod, "%", "").Title(ChartWords.Capitalized(m.Measure.Name)));
        var rows = measures.SelectMany(m => m.Figures.Select(f =>
            new ChartTableRow(m.Measure.Name, f.Figure.Metric, f.Figure.Value, f.Figure.Period, Provenance.Of(f).PointText)));
        return new ChartPanels([.. panels], [.. rows])
        {
            TitleText = measures.Count == 1 ? "Figures stated in percent" : $"Figures stated in percent, one kind of measure per panel",
            SourceNote = SourceNote.Of(percent),
        };
    }

    static List<CorpusFigure> InPercent(string factory, IEnumerable<CorpusFigure> figures)
    {
        ArgumentNullException.ThrowIfNull(figures);
        var all = figures.ToList();
        var percent = all.Where(f => f.Figure.Unit == "percent").ToList();
        if (percent.Count == 0)
            throw new ArgumentException($"{factory} found no figure in percent among the {Count(all.Count, "figure")} given.");
        return percent;
    }

    static string MetricAndPeriod(CorpusFigure f) => f.Figure.Period is null ? f.Figure.Metric : $"{f.Figure.Metric} ({f.Figure.Period})";

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
