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
        int next = x.C.TextLast + 1, clauseEnd = x.At.ClauseEnd;
        bool opensClause = x.At.SubjectPosition;
        // "some £163.1bn (32%) was sourced through income tax": a figure in brackets after the amount stands aside
        if (MetricReader.AfterBracketedFigure(x.S, next) is var skipped && skipped > next)
        {
            (next, clauseEnd) = (skipped, MetricReader.ClauseEndFrom(x, skipped));
            opensClause |= !MetricReader.HasVerbBetween(x.S, x.At.ClauseStart, x.C.TextFirst) && MetricReader.HasVerbBetween(x.S, next, clauseEnd);
        }
        var complement = MetricReader.Complement(x, next, clauseEnd);
        // "A total of £884.5 million was generated for ...", "An incredible £45 billion has been raised": a subject that only says
        // "total", or an article and a word or two that describe the amount, names nothing
        bool describesAmount = x.Subject is { } sj && sj.End == x.C.TextFirst && sj.End - sj.First <= 3 && (x.S.Is(sj.First, "a") || x.S.Is(sj.First, "an"));
        string subject = describesAmount || MetricReader.IsAmountWord(MetricReader.Clean(x.AmountSubject)) ? "" : x.AmountSubject;
        // "of ..." names what the amount is of; with no subject before it, "in ..." does too ("$70.1 billion in gross premium")
        bool skip = x.S.Is(complement.Start, "of") || subject.Length == 0 && x.S.Is(complement.Start, "in") && complement.End > complement.Start + 1;
        string tail = MoneyNounEnd(x, complement) is > 0 and var moneyEnd ? x.S.Join(complement.Start + 1, moneyEnd)
            : x.S.Join(skip ? complement.Start + 1 : complement.Start, complement.End);
        // "The agency forecasts 40 GW of new wind capacity": what is forecast is the amount's own noun; the forecaster is its
        // source, not its owner
        if (x.S.Is(complement.Start, "of") && tail.Length > 0 && ForecastsTheAmount(x)) subject = "";
        // what an amount opening its clause does, after its complement ("£7bn of government funding is going towards ...")
        if (subject.Length == 0 && opensClause && MetricReader.Predicate(x, Math.Max(next, complement.End), clauseEnd) is var predicate
            && !tail.Contains(predicate, StringComparison.Ordinal)) tail += " " + predicate;
        // ("The average was $3.80": with nothing else said, the amount word is all there is)
        if (subject.Length == 0 && tail.Length == 0) subject = x.AmountSubject;
        // the last rule: it proposes even when the sentence names nothing
        return MetricProposal.Phrase($"{subject} {tail}", subject.Length > 0) ?? new MetricProposal("");
    }

    // a verb of expecting between the clause's subject and the amount it governs ("forecasts", "expect a record"); not a verb
    // of saying ("China reports 788 EFLOPS of intelligent compute" is China's), a passive ("The U.S. is now forecast to reach
    // 100 GW") or one before "to" ("had projected to produce 860,000 tonnes"), whose subject does what the amount measures
    private static bool ForecastsTheAmount(MetricQuery x)
    {
        if (x.Subject is not { } subject || subject.End >= x.C.TextFirst) return false;
        for (int k = subject.End; k < x.C.TextFirst; k++)
            if (x.S.IsLower(k) && x.S.Has(k, WordClass.ForecastCue))
                return !x.S.Has(k - 1, WordClass.Auxiliary) && !x.S.Is(k + 1, "to");
        return false;
    }

    // "posted $941.8 million in net income", "reported Sh12.1 billion in profit compared to ...": an
    // amount "in" a kind of money is that money (the end of its noun, a few words after "in"), else 0
    private static int MoneyNounEnd(MetricQuery x, (int Start, int End) complement)
    {
        // (an amount that opens its clause keeps what it does: "The $11.7 billion in net income showed ...")
        if (x.C.Unit.Class != UnitClass.Currency || !x.S.Is(complement.Start, "in") || x.AmountSubject.Length == 0) return 0;
        for (int k = complement.Start + 1; k < complement.End && k - complement.Start <= 4; k++)
        {
            if (x.S.IsLower(k) && x.S.Span(k).ToString().ToLowerInvariant() is "revenue" or "revenues" or "sales" or "income" or "profit" or "profits"
                or "earnings" or "losses" or "funding" or "investment" or "investments" or "financing" or "savings" or "spending"
                or "expenses" or "costs" or "fees" or "donations" or "assets" or "debt" or "deposits" or "loans" or "subsidies" or "aid"
                or "grants" or "dividends" or "taxes" or "cuts" or "bonuses" or "premiums" or "damages" or "contracts" or "orders")
                return k + 1;
            if (!x.S.IsWord(k) || x.S.Has(k, WordClass.Preposition | WordClass.ClauseWord) || Clauses.IsVerbLike(x.S, k)) return 0;
        }
        return 0;
    }
}
