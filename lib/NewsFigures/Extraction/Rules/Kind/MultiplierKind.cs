namespace NewsFigures;

/// <summary>"Output doubled", "the cost halved": a multiplier word is a change (halved is -50 percent); so is a multiple word
/// used as a verb after its qualifier ("The goal is to at least triple the EU's data centre capacity").</summary>
internal sealed class MultiplierKind : IKindRule
{
    public string Name => "kind.multiplier";

    public KindProposal? Propose(FigureQuery q) =>
        q.Figure.Number.Form == NumberForm.Multiplier || IsQualifiedVerb(q.S, q.Figure)
            ? new KindProposal(FigureKind.Change, q.Figure.Number.Value < 1 ? -(1 - q.Figure.Number.Value) * 100 : q.Figure.Value)
            : null;

    // "to at least triple the capacity", "could more than double its output": the qualifier stands between "to" (or a modal)
    // and the verb
    private static bool IsQualifiedVerb(SentenceTokens s, FigureDraft c) =>
        c.Number.Form == NumberForm.Words && s.Has(c.Number.First, WordClass.MultipleWord) && !s.Is(c.Number.First, "twice")
        && c.Number.First > c.TextFirst && (s.Is(c.TextFirst - 1, "to") || s.IsLower(c.TextFirst - 1) && s.Has(c.TextFirst - 1, WordClass.Auxiliary)
            && !Clauses.IsFormOfBe(s, c.TextFirst - 1));
}
