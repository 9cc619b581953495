using System.Text.RegularExpressions;

namespace NewsFigures.Charts;

/// <summary>Charts of series: a growth line over the dated points, or bars of every point.</summary>
internal static partial class SeriesCharts
{
    public static ChartSpec Line(IReadOnlyList<Series> series)
    {
        ArgumentNullException.ThrowIfNull(series);
        if (series.Count == 0) throw new ArgumentException("FigureChart.Line needs at least one series.");
        var drawn = new List<ChartSeries>();
        var sources = new List<Provenance>();
        var derived = new List<SeriesPoint>();
        var undated = 0;
        foreach (var s in series)
        {
            ArgumentNullException.ThrowIfNull(s);
            var pages = SourceNote.NewspaperPages(s);
            var dated = s.Points.Where(p => p.Year is not null).ToList();
            undated += s.Points.Count - dated.Count;
            if (dated.Count == 0) continue;
            drawn.Add(new ChartSeries(ChartWords.Capitalized(s.Metric), [.. dated.Select(p => Point(p, p.Label, p.Year!.Value, pages))]));
            sources.AddRange(dated.SelectMany(p => p.Sources).Select(src => Provenance.Of(src, pages)));
            derived.AddRange(dated.Where(p => p.Derived));
        }
        if (drawn.Count == 0)
            throw new ArgumentException($"{string.Join(", ", series.Select(s => s.Metric))}: no dated point to draw a line through "
                + $"({Count(undated, "undated point")}); draw it with FigureChart.Bars(series).");

        var note = SourceNote.From(sources, Derived("Hollow points are derived, not stated", derived),
            undated == 0 ? "" : $"{Count(undated, "undated point")} left out.");
        return FigureChart.Line([.. drawn])
            .Title(ChartWords.Title([.. series.Select(s => s.Metric).Distinct()]))
            .Units(OneUnit("FigureChart.Line", [.. series.Where(s => s.Points.Any(p => p.Year is not null))])) // the drawn ones
            .Source(note);
    }

    /// <summary>One bar per point of every series, labelled "period · who printed it"; a series is one colour.</summary>
    public static ChartSpec Bars(IReadOnlyList<Series> series)
    {
        ArgumentNullException.ThrowIfNull(series);
        if (series.Count == 0) throw new ArgumentException("FigureChart.Bars needs at least one series.");
        var drawn = new List<ChartSeries>();
        var sources = new List<Provenance>();
        var notes = new List<string>();
        foreach (var s in series)
        {
            ArgumentNullException.ThrowIfNull(s);
            if (s.Points.Count == 0) throw new ArgumentException($"{s.Metric} has no points to draw.");
            var pages = SourceNote.NewspaperPages(s);
            var labels = ChartWords.Unique(s.Points.Select(p => $"{p.Label} · {Teller(p, pages)}"));
            drawn.Add(new ChartSeries(ChartWords.Capitalized(s.Metric), [.. s.Points.Select((p, i) => Point(p, labels[i], i, pages))]));
            sources.AddRange(s.Points.SelectMany(p => p.Sources).Select(src => Provenance.Of(src, pages)));
            notes.AddRange(s.Conflicts.Select(c => $"The sources disagree for {c.Label}: {string.Join(" vs ", c.Points.Select(p => p.ValueText))}."));
        }
        var note = SourceNote.From(sources, [Derived("Derived values, not stated", series.SelectMany(s => s.DerivedPoints)), .. notes]);
        return FigureChart.Bars([.. drawn])
            .Title(ChartWords.Title([.. series.Select(s => s.Metric).Distinct()]))
            .Units(OneUnit("FigureChart.Bars", series))
            .XAxis("period · source")
            .Source(note);
    }

    /// <summary>The one unit of the series, as an axis label; series in different units on one value axis would read as
    /// comparable, so they are refused with the units named.</summary>
    static string OneUnit(string factory, IReadOnlyList<Series> series)
    {
        var units = series.GroupBy(s => ChartWords.Units(UnitOf(s)), StringComparer.Ordinal).ToList();
        if (units.Count > 1)
            throw new ArgumentException($"{factory} draws series of one unit, but these mix "
                + SourceNote.JoinWithAnd([.. units.Select(u => $"{(u.Key.Length == 0 ? "no unit" : u.Key)} ({string.Join(", ", u.Select(s => s.Metric))})")])
                + "; draw each unit in its own chart.");
        return units.Count == 0 ? "" : units[0].Key;
    }

    static ChartPoint Point(SeriesPoint p, string label, double x, IReadOnlySet<string> pages)
    {
        var credits = p.Sources.Select(s => s.Attribution).OfType<string>().Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        return new ChartPoint(label, x, p.Value, p.Bound, p.Derived, p.Rule, p.Sentence,
            string.Join("; ", p.Sources.Select(s => Provenance.Of(s, pages).PointText).Distinct(StringComparer.Ordinal)))
        {
            Note = PointNotes.Of(p.Bound, p.Forecast, credits.Count == 0 ? null : SourceNote.JoinWithAnd(credits)),
        };
    }

    /// <summary>Who printed the point, for a bar label: the first named outlet among its sources, else its page.</summary>
    static string Teller(SeriesPoint p, IReadOnlySet<string> pages)
    {
        var all = p.Sources.Select(s => Provenance.Of(s, pages)).ToList();
        return (all.FirstOrDefault(s => s.Outlet is not null) ?? all.FirstOrDefault())?.ShortName ?? "source not stated";
    }

    static string? UnitOf(Series s) => s.Unit ?? s.Points.Select(p => p.Unit).FirstOrDefault(u => u is not null);

    /// <summary>"Hollow points are derived, not stated: 2024 = 1,037.3 / (1 + 43/100) = 725.4 EFLOPS ("43 percent
    /// increase from the previous year")." The full rule is in each point's hover text.</summary>
    static string Derived(string lead, IEnumerable<SeriesPoint> derived)
    {
        var rules = derived.Select(p => ShortRule(p.Rule ?? "")).Where(r => r.Length > 0).Distinct(StringComparer.Ordinal).ToList();
        return rules.Count == 0 ? "" : $"{lead}: {string.Join("; ", rules)}.";
    }

    static string ShortRule(string rule)
    {
        var arithmetic = Arithmetic().Match(rule);
        if (!arithmetic.Success) return rule;
        var words = QuotedWords().Match(rule);
        return arithmetic.Groups["sum"].Value.Trim() + (words.Success ? $" ({words.Value})" : "");
    }

    [GeneratedRegex(@", so (?<sum>[^;]+)")]
    private static partial Regex Arithmetic();

    [GeneratedRegex("\"[^\"]+\"")]
    private static partial Regex QuotedWords();

    static string Count(int n, string thing) => n == 1 ? $"1 {thing}" : $"{n} {thing}s";
}
