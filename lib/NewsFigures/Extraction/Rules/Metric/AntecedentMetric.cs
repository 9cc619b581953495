namespace NewsFigures;

/// <summary>"..., which rose to 12 percent": an amount whose subject is a pronoun measures what the figure before measures,
/// unless a noun of its own owns it ("it expects ... revenue of $3.45 billion").</summary>
internal sealed class AntecedentMetric : IMetricRule
{
    public string Name => "metric.antecedent";

    public MetricProposal? Propose(MetricQuery x) =>
        x.ReferredTo is { } referred && (x.C.IsMeasure || !x.C.Unit.HasNoun) && !HasOwnOwner(x) ? MetricProposal.Phrase(referred + WholeOfShare(x)) : null;

    // "the US, which accounted for 39 percent of total inflows": a share keeps its whole ("US share of total inflows")
    private static string WholeOfShare(MetricQuery x)
    {
        int of = x.C.TextLast + 1;
        if (x.Kind != FigureKind.Share || !x.S.Is(of, "of") || MetricReader.StartsMonthOrQuarterPhrase(x.S, of)) return "";
        int end = MetricReader.NounPhraseEnd(x.S, of + 1, MetricReader.ClauseEndFrom(x, of), x.Times);
        // ("less than half of the 8.92 million CGTs": a whole that is a figure is that figure's)
        if (end <= of + 1 || x.Figures.Exists(f => f.TextFirst > of && f.TextFirst < end)) return "";
        return (ShareNamed.Apply(FigureKind.Share, x.ReferredTo!) == x.ReferredTo ? " " : " share ") + x.S.Join(of, end);
    }

    // "it expects earnings of 94 cents a share on revenue of $3.45 billion": a figure that a noun of its own owns is that noun's;
    // "That's a 30 percent revenue increase": so is a change whose nouns stand before its change noun
    private static bool HasOwnOwner(MetricQuery x) =>
        x.C.Unit.Class == UnitClass.Currency && MetricReader.Owner(x.S, x.C.TextFirst) is not null
        || x.C.Unit.Class == UnitClass.Percent && ChangeInNounMetric.NounsBeforeChange(x.S, x.C.TextLast + 1) > 0;
}
