namespace NewsFigures;

/// <summary>"The plant employs 300 workers": anything else states a level.</summary>
internal sealed class LevelKind : IKindRule
{
    public string Name => "kind.level";

    public KindProposal? Propose(FigureQuery q) =>
        new KindProposal(FigureKind.Level, q.Figure.Value);
}
