namespace NewsFigures;

/// <summary>'The mayor, Ana Ruiz, said: "Ridership is back.' then a paragraph '"Fares fell 5 percent while trips rose 8
/// percent."': a quotation left open at the end of a credited sentence goes on in the next one that opens with a quotation
/// mark, in the same speaker's words; so does the next sentence of the same paragraph ('Laurie Boult, fundraising director at
/// Age UK, said: "Coronavirus put a spotlight on older people. We've passed £8m."'), whether or not the sentence that opened
/// the quotation held a figure.</summary>
internal sealed class QuoteContinuesAttribution : IAttributionRule
{
    public string Name => "attribution.quote-continues";

    public AttributionProposal? Propose(FigureQuery q) => AttributionProposal.Named(q.Sentence.Discourse?.QuoteSourceFor(q.S));
}
