namespace NewsFigures;

/// <summary>One row of a metric mapping file: figures whose metric phrase reads like <see cref="Phrase"/> belong to the
/// metric <see cref="Metric"/> and/or the topic <see cref="Topic"/> (either may be empty).</summary>
[TypeFormatterSource(typeof(DomainFormatterSource), PreferredMimeTypes = [MimeTypes.PlainText])]
public sealed record MetricMapEntry(string Phrase, string? Metric, Topic? Topic, int Line)
{
    /// <summary>"AI computing power -> intelligent computing power, computing power (line 4)".</summary>
    public override string ToString() =>
        $"{Phrase} -> {string.Join(", ", new[] { Metric, Topic?.Name() }.Where(s => s is not null))} (line {Line})";
}
