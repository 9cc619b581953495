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
    // ("Any rate below 5 percent is very low": so does a bare "rate" before the percent)
    private static bool RefersToPriceRate(FigureQuery q) =>
        (q.ClauseStart == q.S.First && q.S.Has(q.S.First, WordClass.Pronoun) && q.S.Has(q.S.First + 1, WordClass.Auxiliary) || BareRateBefore(q))
        && q.Sentence.Discourse?.LastFigureMetric is { } metric && KindCues.NamesPriceRate(metric);

    // "Any rate below 5 percent", "locked in rates below 4 percent": "rate" with no noun before it, right before the percent
    private static bool BareRateBefore(FigureQuery q)
    {
        var s = q.S;
        int k = q.Figure.TextFirst - 1;
        if (!(s.Is(k, "rate") || s.Is(k, "rates"))) return false;
        return !s.IsWord(k - 1) || s.Has(k - 1, WordClass.Determiner | WordClass.Preposition) || s.Is(k - 1, "any");
    }
}
