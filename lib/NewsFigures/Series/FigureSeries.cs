namespace NewsFigures;

/// <summary>
/// Series from figures, as extension methods on any sequence of <see cref="CorpusFigure"/> (a list, or a figure table):
/// <code>
/// var figures = Corpus.Load("data/articles").Figures();
/// var compute = figures.Series("intelligent computing power");   // 2025 stated, 2024 derived
/// foreach (var s in figures.AllSeries()) display(s);
/// </code>
/// Without options, <see cref="SeriesOptions.Default"/> applies, with <c>data/metrics.csv</c> when one is found.
/// </summary>
public static class FigureSeries
{
    /// <summary>Every metric, with its phrases and the reason each was merged, by topic then first appearance.</summary>
    public static IReadOnlyList<MetricGroup> Metrics(this IEnumerable<CorpusFigure> figures, SeriesOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(figures);
        options ??= SeriesOptions.Default;
        return MetricGrouper.Group(figures, options, options.ResolveMap());
    }

    /// <summary>The series of every metric, in the order of <see cref="Metrics"/>.</summary>
    public static IReadOnlyList<Series> AllSeries(this IEnumerable<CorpusFigure> figures, SeriesOptions? options = null)
    {
        options ??= SeriesOptions.Default;
        return [.. figures.Metrics(options).Select(g => SeriesBuilder.Build(g, options))];
    }

    /// <summary>
    /// The series of the metric that reads like <paramref name="metric"/>: its name, one of its phrases, the same head
    /// noun and content words ("intelligent computing power" finds "China's intelligent computing power"), or, if only
    /// one metric contains all its words, that one. When several read like it, the best supported (most figures, then
    /// most source files, then name order) is taken and <see cref="NewsFigures.Series.LookupNote"/> says so, naming the others.
    /// </summary>
    /// <exception cref="KeyNotFoundException">No metric reads like it; the message lists the metrics there are.</exception>
    public static Series Series(this IEnumerable<CorpusFigure> figures, string metric, SeriesOptions? options = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(metric);
        options ??= SeriesOptions.Default;
        var groups = figures.Metrics(options);
        var match = MetricLookup.Find(groups, metric, options);
        return SeriesBuilder.Build(match.Group, options) with { LookupNote = match.Note };
    }

    /// <summary>Every figure with its topic, the mapping file read once: <c>figures.Topics().GroupBy(t =&gt; t.Topic)</c>.</summary>
    public static IReadOnlyList<FigureTopic> Topics(this IEnumerable<CorpusFigure> figures, SeriesOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(figures);
        options ??= SeriesOptions.Default;
        var topics = new TopicCache(options, options.ResolveMap(), new MetricKeyCache(options.ScopeWords));
        return [.. figures.Select(f =>
        {
            var topic = topics.Of(f);
            return new FigureTopic(f, topic.Topic, topic.Reason);
        })];
    }

    /// <summary>The figure's topic with the reason: a row of the mapping file naming its phrase, else the classifier.
    /// For many figures, <see cref="Topics"/> reads the mapping file once.</summary>
    /// <example><code>figures.GroupBy(f => f.Topic().Topic)</code></example>
    public static TopicAssignment Topic(this CorpusFigure figure, SeriesOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(figure);
        options ??= SeriesOptions.Default;
        return MetricGrouper.TopicOf(figure, options, options.ResolveMap());
    }
}
