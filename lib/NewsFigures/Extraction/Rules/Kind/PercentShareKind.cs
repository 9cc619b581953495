namespace NewsFigures;

/// <summary>"Alaska had the lowest rate, at 59.5%", "its market share slid to 11.7 per cent": a percent that no rule before read as
/// a change, a share or a rank states a part of a whole; only a price's rate (interest, mortgage, repo, yield, tax) is a level.</summary>
internal sealed class PercentShareKind : IKindRule
{
    public string Name => "kind.percent-share";

    public KindProposal? Propose(FigureQuery q) =>
        KindCues.IsPercent(q.Figure) && !KindCues.IsPriceRate(q.S, q.Figure, q.ClauseStart) && !RefersToPriceRate(q)
            ? new KindProposal(FigureKind.Share, q.Figure.Value)
            : null;

    // "The average rate on a 30-year mortgage was 4.5 percent. That is up from 3.83 percent": a pronoun opening the sentence
    // speaks of the price rate the text measured last
    private static bool RefersToPriceRate(FigureQuery q) =>
        q.ClauseStart == q.S.First && q.S.Has(q.S.First, WordClass.Pronoun) && q.S.Has(q.S.First + 1, WordClass.Auxiliary)
        && q.Sentence.Discourse?.LastFigureMetric is { } metric && KindCues.NamesPriceRate(metric);
}
