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
        // "of ..." names what the amount is of; with no subject before it, "in ..." does too ("$70.1 billion in gross premium")
        bool skip = x.S.Is(complement.Start, "of") || x.AmountSubject.Length == 0 && x.S.Is(complement.Start, "in") && complement.End > complement.Start + 1;
        string tail = x.S.Join(skip ? complement.Start + 1 : complement.Start, complement.End);
        // what an amount opening its clause does, after its complement ("£7bn of government funding is going towards ...")
        if (x.AmountSubject.Length == 0 && x.At.SubjectPosition && MetricReader.Predicate(x, Math.Max(next, complement.End), x.At.ClauseEnd) is var predicate
            && !tail.Contains(predicate, StringComparison.Ordinal)) tail += " " + predicate;
        // the last rule: it proposes even when the sentence names nothing
        return MetricProposal.Phrase($"{x.AmountSubject} {tail}", x.AmountSubject.Length > 0) ?? new MetricProposal("");
    }
}
