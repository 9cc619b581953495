namespace NewsFigures;

/// <summary>"China will invest $56.4 billion to build a power grid": China's investment to build a power grid.</summary>
internal sealed class MoneyVerbMetric : IMetricRule
{
    public string Name => "metric.money-verb";

    public MetricProposal? Propose(MetricQuery x) =>
        x.C.Unit.Class == UnitClass.Currency && MoneyVerbs.NounBefore(x.S, x.C.TextFirst, x.At.ClauseStart) is { } money ? Purpose(x, money) : null;

    private static MetricProposal? Purpose(MetricQuery x, string money)
    {
        int next = x.C.TextLast + 1, from = MetricReader.AfterParenthesis(x.S, next);
        int end = from == next ? x.At.ClauseEnd : Clauses.End(x.S, from);
        var purpose = MetricReader.Complement(x, from, end);
        // "pay £4bn of the total": a part of a sum, not what the money is for
        string said = x.S.Is(purpose.Start, "of") ? "" : purpose.End > purpose.Start ? x.S.Join(purpose.Start, purpose.End) : Gerund(x, from, end);
        if (money == "cost" && x.AmountSubject.Length == 0 && GerundCosting(x) is { } doing) return MetricProposal.Phrase($"cost of {doing}");
        return MetricProposal.Phrase(MetricReader.Joined(MetricReader.Possessive(SubjectWithoutVerb(x)), money, said), x.AmountSubject.Length > 0);
    }

    // "Placing a child aged under two in a nursery costs parents £152 a week": what a gerund opening the clause costs
    private static string? GerundCosting(MetricQuery x)
    {
        var s = x.S;
        int start = x.At.ClauseStart, verb = x.C.TextFirst - 1;
        while (verb > start && !s.Is(verb, "cost") && !s.Is(verb, "costs")) verb--;
        if (verb <= start + 1 || !s.Span(start).EndsWith("ing") || !s.IsCapitalized(start) && start == s.First) return null;
        var phrase = s.Join(start, verb);
        return char.ToLowerInvariant(phrase[0]) + phrase[1..];
    }

    // "the average ticket costs £17", "The strike cost the economy £2bn": the verb read as a noun ends the subject (with whom
    // it costs after it); it is the verb
    private static string SubjectWithoutVerb(MetricQuery x)
    {
        string subject = x.AmountSubject;
        var verb = x.S.Span(x.C.TextFirst - 1);
        foreach (var cost in (ReadOnlySpan<string>)[" cost ", " costs "])
            if (subject.IndexOf(cost, StringComparison.Ordinal) is > 0 and var at) return subject[..at];
        foreach (var cost in (ReadOnlySpan<string>)[" cost", " costs"])
            if (subject.EndsWith(cost, StringComparison.Ordinal)) return subject[..^cost.Length];
        return subject.Length > verb.Length && subject.EndsWith(verb, StringComparison.Ordinal) && subject[^(verb.Length + 1)] == ' '
            ? subject[..^(verb.Length + 1)] : subject;
    }

    // "spent 3 billion yuan promoting its chatbot": spending on promoting its chatbot.
    private static string Gerund(MetricQuery x, int from, int end)
    {
        var s = x.S;
        if (!s.IsLower(from) || !s.Span(from).EndsWith("ing") || !Clauses.IsVerbLike(s, from)) return "";
        int k = from + 1;
        while (k < end && k - from < MetricReader.MaxPredicateTokens && !MetricReader.StartsFigureOrTime(k, x.Figures, x.Times)) k++;
        return "on " + s.Join(from, MetricReader.TrimEnd(s, from, k));
    }
}
