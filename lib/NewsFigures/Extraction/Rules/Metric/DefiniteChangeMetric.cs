namespace NewsFigures;

/// <summary>"The energy price cap will rise to £1,717. Ofgem said the 10% rise was largely due to gas prices": a change that
/// "the" points back to, opening its clause and naming nothing it changes ("in ...", "of ..."), changes what the text has
/// just measured, not what the sentence's speaker is.</summary>
internal sealed class DefiniteChangeMetric : IMetricRule
{
    public string Name => "metric.definite-change";

    public MetricProposal? Propose(MetricQuery x)
    {
        var (s, c) = (x.S, x.C);
        if (x.Kind != FigureKind.Change || x.Index > 0 || !s.Is(c.TextFirst - 1, "the") || x.Discourse.LastFigureMetric is not { Length: > 0 } before) return null;
        int noun = c.TextLast + 1;
        bool changeNoun = KindCues.NounDirection(s, noun) != 0;
        // ("said the 10% rise was": the change is the subject of what is said)
        bool opensClause = x.At.SubjectPosition || s.IsLower(c.TextFirst - 2) && s.Span(c.TextFirst - 2) is "said" or "says" or "noted" or "added";
        return changeNoun && opensClause && (s.Has(noun + 1, WordClass.Auxiliary) || Clauses.IsVerbLike(s, noun + 1)) ? MetricProposal.Phrase(before) : null;
    }
}
