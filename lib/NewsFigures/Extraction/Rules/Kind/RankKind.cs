namespace NewsFigures;

/// <summary>"12 of the world's top 15 open-source AI models": a count out of a top N is a rank.</summary>
internal sealed class RankKind : IKindRule
{
    public string Name => "kind.rank";

    public KindProposal? Propose(FigureQuery q) =>
        q.Figure.IsRank ? new KindProposal(FigureKind.Rank, q.Figure.Value) : null;
}
