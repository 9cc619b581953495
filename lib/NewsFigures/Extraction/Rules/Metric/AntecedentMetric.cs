namespace NewsFigures;

/// <summary>"..., which rose to 12 percent": an amount whose subject is a pronoun measures what the figure before measures,
/// unless a noun of its own owns it ("it expects ... revenue of $3.45 billion").</summary>
internal sealed class AntecedentMetric : IMetricRule
{
    public string Name => "metric.antecedent";

    public MetricProposal? Propose(MetricQuery x) =>
        x.ReferredTo is { } referred && (x.C.IsMeasure || !x.C.Unit.HasNoun) && !HasOwnOwner(x) ? MetricProposal.Phrase(referred) : null;

    // "it expects earnings of 94 cents a share on revenue of $3.45 billion": a figure that a noun of its own owns is that noun's;
    // "That's a 30 percent revenue increase": so is a change whose nouns stand before its change noun
    private static bool HasOwnOwner(MetricQuery x) =>
        x.C.Unit.Class == UnitClass.Currency && MetricReader.Owner(x.S, x.C.TextFirst) is not null
        || x.C.Unit.Class == UnitClass.Percent && ChangeInNounMetric.NounsBeforeChange(x.S, x.C.TextLast + 1) > 0;
}
