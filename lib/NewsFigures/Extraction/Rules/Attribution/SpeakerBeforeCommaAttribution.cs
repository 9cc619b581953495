namespace NewsFigures;

/// <summary>"Willie Walsh, IAG chief executive, said: ...", "Sky, meanwhile, said it will pay £1.4bn": a name that opens the
/// sentence, set off by commas before the verb (a lone adverb such as "meanwhile" left out).</summary>
internal sealed class SpeakerBeforeCommaAttribution : IAttributionRule
{
    public string Name => "attribution.speaker-before-comma";

    public AttributionProposal? Propose(FigureQuery q) => AttributionProposal.Named(Speakers.SetOffBeforeVerb(q.S));
}
