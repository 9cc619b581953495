namespace NewsFigures;

/// <summary>"China's intelligent computing power reached 1,037.3 EFLOPS": the clause's subject, with what follows the amount
/// ("of ...", "in ..."), or what an amount that opens its clause does.</summary>
internal sealed class SubjectAndComplementMetric : IMetricRule
{
    public string Name => "metric.subject-and-complement";

    public MetricProposal? Propose(MetricQuery x) =>
        Of(x);

    private static MetricProposal Of(MetricQuery x)
    {
        int next = x.C.TextLast + 1;
        var complement = MetricReader.Complement(x, next, x.At.ClauseEnd);
        string tail = x.S.Join(x.S.Is(complement.Start, "of") ? complement.Start + 1 : complement.Start, complement.End);
        if (x.AmountSubject.Length == 0 && x.At.SubjectPosition) tail += " " + MetricReader.Predicate(x, next, x.At.ClauseEnd);
        // the last rule: it proposes even when the sentence names nothing
        return MetricProposal.Phrase($"{x.AmountSubject} {tail}", x.AmountSubject.Length > 0) ?? new MetricProposal("");
    }
}
