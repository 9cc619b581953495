namespace NewsFigures;

/// <summary>"Alaska had the lowest rate, at 59.5%", "its market share slid to 11.7 per cent": a percent that no rule before read as
/// a change, a share or a rank states a part of a whole; only a price's rate (interest, mortgage, repo, yield, tax) is a level.</summary>
internal sealed class PercentShareKind : IKindRule
{
    public string Name => "kind.percent-share";

    public KindProposal? Propose(FigureQuery q) =>
        KindCues.IsPercent(q.Figure) && !KindCues.IsPriceRate(q.S, q.Figure, q.ClauseStart)
            ? new KindProposal(FigureKind.Share, q.Figure.Value)
            : null;
}
