namespace NewsFigures;

/// <summary>"ABARES forecast Australia's wheat production at 25.4 million tonnes", "analysts put the deal's value at $2bn": what
/// a verb of estimating sets "at" the figure is what the figure measures, not who estimates it.</summary>
internal sealed class EstimatedObjectMetric : IMetricRule
{
    private const int MaxObjectTokens = 10;

    public string Name => "metric.estimated-object";

    public MetricProposal? Propose(MetricQuery x)
    {
        var (s, at) = (x.S, x.C.TextFirst - 1);
        if (!s.Is(at, "at")) return null;
        for (int k = at - 1; k > at - MaxObjectTokens && k >= x.At.ClauseStart; k--)
        {
            if (s.IsClauseBreak(k) || s.IsDigits(k) && !NonFigureRules.IsYearDigits(s.Span(k))) return null;
            if (!s.IsLower(k) || !IsEstimating(s.Span(k))) continue;
            return k + 1 < at && Clauses.ContentWords(s, k + 1, at) > 0 ? MetricProposal.Phrase(s.Join(k + 1, at)) : null;
        }
        return null;
    }

    private static bool IsEstimating(ReadOnlySpan<char> w) =>
        w is "forecast" or "forecasts" or "estimated" or "estimates" or "estimate" or "projected" or "projects" or "put" or "puts"
            or "valued" or "values" or "pegged" or "pegs" or "assessed" or "assesses";
}
