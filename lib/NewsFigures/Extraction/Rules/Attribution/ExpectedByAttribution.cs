namespace NewsFigures;

/// <summary>"below the $40.1 billion expected by analysts", "an average estimate of €275m expected by analysts": whoever a
/// figure is expected, estimated or forecast by, right after it, is its source.</summary>
internal sealed class ExpectedByAttribution : IAttributionRule
{
    public string Name => "attribution.expected-by";

    public AttributionProposal? Propose(FigureQuery q)
    {
        int k = q.Figure.TextLast + 1;
        return q.S.IsLower(k) && q.S.Span(k) is "expected" or "estimated" or "forecast" or "predicted" or "projected" or "assessed"
            && q.S.Is(k + 1, "by")
            ? AttributionProposal.Named(Speakers.Read(q.S, k + 2, forward: true))
            : null;
    }
}
