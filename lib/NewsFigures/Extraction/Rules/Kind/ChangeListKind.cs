namespace NewsFigures;

/// <summary>"fell 13.4% to 2.8 million tons in Germany, 31.2% to 0.7 million tons in France", "burglary rose by 3 per cent,
/// robbery by 1 per cent": a percent that goes on a list after a change percent, with no verb of its own between them, is a
/// change the same way; so is the earlier rate a percent change is compared with after the level it reached ("grew by
/// 6.1 per cent to Shs20.2bn, down from 7.7 per cent").</summary>
internal sealed class ChangeListKind : IKindRule
{
    public string Name => "kind.change-list";

    public KindProposal? Propose(FigureQuery q) =>
        !KindCues.StatesLevel(q.S, q.Figure) && KindCues.ContinuedChange(q.S, q.Figures, q.Index) is var direction and not 0
            ? KindProposal.Change(direction, q.Figure.Value)
        // ("grew by 6.1 per cent to Shs20.2bn, down from 7.7 per cent": the rate it grew at before)
        : KindCues.EarlierRateOfChange(q.S, q.Figures, q.Index) is var earlier and not 0 ? KindProposal.Change(earlier, q.Figure.Value)
        : null;
}
