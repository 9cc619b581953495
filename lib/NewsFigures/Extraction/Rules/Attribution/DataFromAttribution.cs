namespace NewsFigures;

/// <summary>"Data from the National Bureau of Statistics show ...": the name after "data from".</summary>
internal sealed class DataFromAttribution : IAttributionRule
{
    public string Name => "attribution.data-from";

    public AttributionProposal? Propose(FigureQuery q) =>
        q.Sentence.SourceCue is { Kind: SourceCueKind.DataFrom } cue ? new AttributionProposal(Speakers.Read(q.S, cue.NameStart, forward: true)) : null;
}
