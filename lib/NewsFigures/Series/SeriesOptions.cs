using System.Collections.Frozen;
using System.Globalization;

namespace NewsFigures;

/// <summary>How figures are grouped into metrics and folded into series. <see cref="Default"/> suits news about China.</summary>
[TypeFormatterSource(typeof(DomainFormatterSource), PreferredMimeTypes = [MimeTypes.PlainText])]
public sealed record SeriesOptions
{
    public static SeriesOptions Default { get; } = new();

    /// <summary>Hand overrides; null looks for <c>data/metrics.csv</c> from the working folder up
    /// (<see cref="MetricMap.FindDefault"/>), <see cref="MetricMap.None"/> uses none.</summary>
    public MetricMap? Map { get; init; }

    public TopicClassifier Topics { get; init; } = new();

    /// <summary>Words naming the corpus's default subject, ignored when comparing metrics ("China's X" is "X").</summary>
    public IReadOnlyCollection<string> ScopeWords { get; init; } = FrozenSet.Create(StringComparer.Ordinal, "china", "chinese", "domestic", "country", "nationwide");

    /// <summary>Two phrases with the same head noun merge when this share of their content words (Jaccard) is common.</summary>
    public double MinimumOverlap { get; init; } = 2.0 / 3.0;

    /// <summary>Values closer than this fraction are the same value (agreeing sources fold; farther ones conflict).</summary>
    public double Tolerance { get; init; } = 0.005;

    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"mapping: {Map?.ToString() ?? "data/metrics.csv if found"}; {Topics}; overlap {MinimumOverlap:0.##}; tolerance {Tolerance:0.###}");

    internal MetricMap ResolveMap() =>
        Map ?? (MetricMap.FindDefault(Directory.GetCurrentDirectory()) is { } path ? MetricMap.Load(path) : MetricMap.None);
}
