namespace NewsFigures;

/// <summary>"Tariffs rose to between 10% and 25%", "revenue of $780 million to $820 million": the end of a range measures
/// what its start measures.</summary>
internal sealed class RangeEndMetric : IMetricRule
{
    public string Name => "metric.range-end";

    public MetricProposal? Propose(MetricQuery x)
    {
        var (s, c) = (x.S, x.C);
        if (x.Before is not { } start || start.TextLast != c.TextFirst - 2 || start.Unit.Unit != c.Unit.Unit) return null;
        bool between = s.Is(start.TextFirst - 1, "between") && s.Is(c.TextFirst - 1, "and");
        // "revenue of $780 million to $820 million": a range after "of"
        bool ofTo = s.Is(start.TextFirst - 1, "of") && s.Is(c.TextFirst - 1, "to");
        return between || ofTo ? new MetricProposal(start.Metric) : null;
    }
}
