namespace NewsFigures;

/// <summary>"The forecast was based on ABARES forecast for wheat planted area at 13,677,000 hectares", "relies on ONS data
/// showing 1.2 million vacancies": the name whose forecast, estimate or data the sentence rests on.</summary>
internal sealed class BasedOnAttribution : IAttributionRule
{
    public string Name => "attribution.based-on";

    public AttributionProposal? Propose(FigureQuery q)
    {
        if (q.Sentence.SourceCue is not { Kind: SourceCueKind.BasedOn } cue) return null;
        int end = cue.NameStart;
        while (q.S.IsCapitalized(end)) end++; // the name, not its data ("ONS", not "ONS data showing")
        return new AttributionProposal(q.S.Join(cue.NameStart, end));
    }
}
