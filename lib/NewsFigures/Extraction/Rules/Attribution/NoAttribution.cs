namespace NewsFigures;

/// <summary>"The plant employs 300 workers": no source named.</summary>
internal sealed class NoAttribution : IAttributionRule
{
    public string Name => "attribution.none";

    public AttributionProposal? Propose(FigureQuery q) =>
        AttributionProposal.None;
}
