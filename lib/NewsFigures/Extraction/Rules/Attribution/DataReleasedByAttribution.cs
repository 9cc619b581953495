namespace NewsFigures;

/// <summary>"Data released by the ministry on Monday show ...": the name after "data released by".</summary>
internal sealed class DataReleasedByAttribution : IAttributionRule
{
    public string Name => "attribution.data-released-by";

    public AttributionProposal? Propose(FigureQuery q) =>
        q.Sentence.SourceCue is { Kind: SourceCueKind.DataReleasedBy } cue ? new AttributionProposal(Speakers.Read(q.S, cue.NameStart, forward: true)) : null;
}
