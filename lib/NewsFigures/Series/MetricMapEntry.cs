namespace NewsFigures;

/// <summary>One row of a metric mapping file: figures whose metric phrase reads like <see cref="Phrase"/> belong to the
/// metric <see cref="Metric"/> and/or the topic <see cref="Topic"/> (either may be empty).</summary>
public sealed record MetricMapEntry(string Phrase, string? Metric, Topic? Topic, int Line);
