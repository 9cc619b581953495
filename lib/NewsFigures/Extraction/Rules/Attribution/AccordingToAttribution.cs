namespace NewsFigures;

/// <summary>"Exports rose 8 percent, according to the customs administration", "according to 2025 data from WIPO": the name
/// after "according to" (or after the data's "from"), when it is the sentence's first source cue; no name there means no
/// source.</summary>
internal sealed class AccordingToAttribution : IAttributionRule
{
    public string Name => "attribution.according-to";

    public AttributionProposal? Propose(SentenceReading r) =>
        r.SourceCue is { Kind: SourceCueKind.AccordingTo } cue ? new AttributionProposal(Speakers.Read(r.Tokens, cue.NameStart, forward: true)) : null;
}
