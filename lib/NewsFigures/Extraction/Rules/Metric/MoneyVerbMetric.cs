namespace NewsFigures;

/// <summary>"China will invest $56.4 billion to build a power grid": China's investment to build a power grid.</summary>
internal sealed class MoneyVerbMetric : IMetricRule
{
    public string Name => "metric.money-verb";

    public MetricProposal? Propose(MetricQuery x) =>
        x.C.Unit.Class == UnitClass.Currency && MoneyVerbs.NounBefore(x.S, x.C.TextFirst, x.At.ClauseStart) is { } money ? Purpose(x, money) : null;

    private static MetricProposal Purpose(MetricQuery x, string money)
    {
        int next = x.C.TextLast + 1, from = MetricReader.AfterParenthesis(x.S, next);
        var purpose = MetricReader.Complement(x, from, from == next ? x.At.ClauseEnd : Clauses.End(x.S, from));
        return MetricProposal.Phrase(MetricReader.Joined(MetricReader.Possessive(x.AmountSubject), money, x.S.Join(purpose.Start, purpose.End)), x.AmountSubject.Length > 0);
    }
}
