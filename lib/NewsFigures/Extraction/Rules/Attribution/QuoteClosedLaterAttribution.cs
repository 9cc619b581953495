namespace NewsFigures;

/// <summary>'"Sixty schools passed them all this year. This was 48 last year. The index is 259.60," the official added.': a
/// quotation a sentence opens and leaves open runs on through the paragraph, and the speaker named after the comma that closes
/// it speaks every sentence of it ("he", "the official": the one they refer back to, when the text credited one).</summary>
internal sealed class QuoteClosedLaterAttribution : IAttributionRule
{
    public string Name => "attribution.quote-closed-later";

    public AttributionProposal? Propose(FigureQuery q)
    {
        if (q.Sentence.Discourse is not { } discourse || discourse.SpeakerClosingQuote(q.S) is not { } who) return null;
        if (!Speakers.Refers(who)) return AttributionProposal.Named(who);
        return AttributionProposal.Named(Speakers.Resolve(who, discourse) ?? (Speakers.IsPronoun(who) ? null : who));
    }
}
