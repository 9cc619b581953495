namespace NewsFigures;

/// <summary>"the $2.1 billion already spent by the city on flood defences": spending by the city on flood defences (an amount
/// that a money verb's participle follows names the verb's noun and what the participle says).</summary>
internal sealed class MoneyParticipleMetric : IMetricRule
{
    public string Name => "metric.money-participle";

    public MetricProposal? Propose(MetricQuery x)
    {
        var (s, c) = (x.S, x.C);
        if (c.Unit.Class != UnitClass.Currency) return null;
        int k = MetricReader.AfterParenthesis(s, c.TextLast + 1);
        while (s.IsLower(k) && (s.Span(k).EndsWith("ly") || s.Is(k, "already"))) k++; // "already spent", "reportedly paid"
        if (!s.IsLower(k) || MoneyVerbs.NounOfParticiple(s.Span(k)) is not { } noun || !s.Has(k + 1, WordClass.Preposition)) return null;
        var said = MetricReader.Complement(x, k + 1, x.At.ClauseEnd);
        return said.End > said.Start ? MetricProposal.Phrase($"{noun} {s.Join(said.Start, said.End)}") : null;
    }
}
