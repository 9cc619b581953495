namespace NewsFigures;

/// <summary>"inflation of 3.5 per cent", "compared to growth for the overall market of 3.2 per cent", "pay growth slowed to
/// 4.8%": a percent that an inflation or growth noun earlier in its sentence names is itself a rate of change; so is one a
/// verb of pace reaches or leaves ("accelerating from 4.4%", "had slowed down to 5.6 per cent").</summary>
internal sealed class RateOfChangeKind : IKindRule
{
    public string Name => "kind.rate-of-change";

    public KindProposal? Propose(FigureQuery q) =>
        KindCues.IsPercent(q.Figure) && (KindCues.MeasuresRateOfChange(q.S, q.Figure) || IsEarlierRate(q))
            ? new KindProposal(FigureKind.Change, q.Figure.Value)
            : null;

    // "Prices rose 7.7% in October, down from 8.2% in September": a percent that a change in percent right before it is "up"
    // or "down from" is that change's earlier rate
    private static bool IsEarlierRate(FigureQuery q)
    {
        var s = q.S;
        int from = q.Figure.TextFirst - 1;
        return q.Index > 0 && s.Is(from, "from") && (s.Is(from - 1, "up") || s.Is(from - 1, "down")) && s.IsPunct(from - 2, ',')
            && q.Figures[q.Index - 1] is { Kind: FigureKind.Change } before && KindCues.IsPercent(before) && before.ExtentLast < from - 2;
    }
}
