namespace NewsFigures;

/// <summary>
/// Turns a metric group into a series: stated points from its levels, base points derived from its changes, the same
/// value stated twice folded into one point, different values for one period kept apart and flagged as a conflict;
/// points stated in another unit converted into the group's, each recording how.
/// </summary>
internal static class SeriesBuilder
{
    public static Series Build(MetricGroup group, SeriesOptions options)
    {
        var levels = group.Figures.Where(f => !SeriesRules.IsChange(f.Figure)).ToList();
        // Points stated in another unit of the measure are converted before folding, so agreeing values fold and
        // differing ones conflict whatever unit each source used.
        var stated = PointFolding.Fold(levels.Select(l => PointConversion.Into(Stated(l), group.Unit, group.Rates)).ToList(), options.Tolerance);
        var levelsBySentence = BaseDerivation.BySentence(levels);
        var changes = new List<SeriesChange>();
        var derived = new List<SeriesPoint>();
        foreach (var change in group.Figures.Where(f => SeriesRules.IsChange(f.Figure)))
        {
            var (point, record) = BaseDerivation.Derive(change, levelsBySentence, group.Unit);
            changes.Add(record);
            if (point is not null) derived.Add(PointConversion.Into(point, group.Unit, group.Rates));
        }
        var all = stated.Concat(PointFolding.Fold(derived, options.Tolerance)).ToList();
        var (points, conflicts) = ConflictFinder.Flag(all, options.Tolerance);
        var ordered = points.OrderBy(p => p.Year ?? double.MaxValue).ThenBy(p => p.Derived).ThenBy(p => p.Value).ToList();
        return new Series(group.Name, group.Unit, group.Topic, ordered, changes, conflicts, group);
    }

    private static SeriesPoint Stated(CorpusFigure figure)
    {
        var f = figure.Figure;
        return new SeriesPoint
        {
            Label = f.Period ?? "undated",
            Period = f.Period,
            Year = PeriodText.YearNumber(f.Period),
            Value = f.Value,
            Unit = f.Unit,
            Bound = SeriesRules.BoundOf(f.Qualifier),
            Forecast = f.Kind == FigureKind.Forecast,
            Sentence = f.Sentence,
            Outlet = figure.Article.Outlet,
            Date = figure.Article.Date,
            Sources = [PointSource.From(figure)],
        };
    }
}
