namespace NewsFigures;

/// <summary>"Airlines added 40 routes in May and 12 in June", "the grid added 300 megawatts": what is added to a stock is a
/// change of it ("he added that ..." reports, and adds nothing); so is an amount of money "additional" or "extra" ("an
/// additional $119 million", "an extra £9.25 a month") or of a measure ("an additional 312MW for a total of 1,370MW"), but
/// not a count ("with an additional 2,300 students in doctorate programs" counts others, and "lay off an additional 9,000
/// workers" is kind.removed's fall).</summary>
internal sealed class AddedKind : IKindRule
{
    public string Name => "kind.added";

    public KindProposal? Propose(FigureQuery q) =>
        KindCues.IsAdded(q.S, q.Figure, q.ClauseStart) || IsAdditional(q) ? new KindProposal(FigureKind.Change, q.Figure.Value) : null;

    private static bool IsAdditional(FigureQuery q) =>
        (q.S.Is(q.Figure.TextFirst - 1, "additional") || q.S.Is(q.Figure.TextFirst - 1, "extra")) && q.S.IsLower(q.Figure.TextFirst - 1)
        && q.Figure.Unit.Class is UnitClass.Currency or UnitClass.Measure;
}
