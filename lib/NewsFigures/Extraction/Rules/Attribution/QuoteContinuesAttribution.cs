namespace NewsFigures;

/// <summary>'The mayor, Ana Ruiz, said: "Ridership is back.' then a paragraph '"Fares fell 5 percent while trips rose 8
/// percent."': a quotation left open at the end of a credited sentence goes on in the next one that opens with a quotation
/// mark, in the same speaker's words.</summary>
internal sealed class QuoteContinuesAttribution : IAttributionRule
{
    public string Name => "attribution.quote-continues";

    public AttributionProposal? Propose(FigureQuery q) =>
        q.S.IsPunct(q.S.First, '“') || q.S.IsPunct(q.S.First, '"') ? AttributionProposal.Named(q.Sentence.Discourse?.OpenQuoteSource) : null;
}
