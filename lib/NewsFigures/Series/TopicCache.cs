namespace NewsFigures;

/// <summary>
/// Figures' topics as <see cref="MetricGrouper.TopicOf"/> gives them, each part worked out once: the mapping row or the
/// cues of a metric phrase per distinct phrase and unit, the cues of a sentence or a piece title per distinct text. Many
/// figures share a phrase, and every figure of a piece shares its title, so a table's topics cost what its distinct texts
/// cost. One cache serves one grouping (or one <c>Topics()</c> call) with its options and mapping file.
/// </summary>
internal sealed class TopicCache(SeriesOptions options, MetricMap map, MetricKeyCache keys)
{
    private readonly Dictionary<(string Metric, string? Unit), TopicAssignment?> _byMetric = [];
    private readonly Dictionary<string, TopicAssignment?> _bySentence = new(StringComparer.Ordinal);
    private readonly Dictionary<string, TopicAssignment?> _byTitle = new(StringComparer.Ordinal);

    /// <summary>A mapping row naming the figure's phrase, else the metric and unit, the sentence, the piece title.</summary>
    public TopicAssignment Of(CorpusFigure figure)
    {
        var f = figure.Figure;
        if (!_byMetric.TryGetValue((f.Metric, f.Unit), out var metric))
            _byMetric[(f.Metric, f.Unit)] = metric = FromMetric(f.Metric, f.Unit);
        return metric
            ?? FromText(_bySentence, f.Sentence, "sentence")
            ?? FromText(_byTitle, figure.PieceTitle, "piece title")
            ?? options.Topics.NoCue();
    }

    private TopicAssignment? FromMetric(string metric, string? unit)
    {
        var key = keys.Of(metric, unit);
        var entry = map.Entries.FirstOrDefault(e => e.Topic is not null && MetricGrouper.Matches(e, metric, key, unit, keys));
        return entry is not null
            ? new TopicAssignment(entry.Topic!.Value, $"set by {map.Where(entry)} for '{entry.Phrase}'")
            : options.Topics.FromMetric(keys.Words(metric, unit), unit);
    }

    private TopicAssignment? FromText(Dictionary<string, TopicAssignment?> cache, string? text, string where)
    {
        if (text is null) return null;
        if (!cache.TryGetValue(text, out var topic)) cache[text] = topic = options.Topics.FromText(text, where);
        return topic;
    }
}
