namespace NewsFigures;

/// <summary>"626 regular universities ..., far exceeding the 35 in 2019": a bare number that borrowed its unit measures what
/// its source measures; one that counts a model named after it ("20 aircraft deliveries included three 767s", "five
/// 787-9s for lessor Air Lease") counts that model, with what it is for.</summary>
internal sealed partial class BorrowedUnitMetric : IMetricRule
{
    public string Name => "metric.borrowed-unit";

    public MetricProposal? Propose(MetricQuery x) =>
        !x.C.BorrowedUnit || HasOwnOwner(x) ? null
        : CountedModel(x) is { } model ? MetricProposal.Phrase(model)
        : QualifiedByParticiple(x) is { } qualified ? MetricProposal.Phrase(qualified)
        : BorrowedUnitPossessorMetric.Source(x) is { } source ? new MetricProposal(source.Metric) : null;

    private const int MaxParticiplePhrase = 8;

    // "471 patients on trolleys, with 252 waiting over nine hours", "compared to 26 launched from the US": a participle right
    // after the number says which of the counted things it counts
    private static string? QualifiedByParticiple(MetricQuery x)
    {
        var s = x.S;
        int verb = x.C.ExtentLast + 1;
        if (x.C.Unit.Unit is not { Length: > 0 } unit || !MetricReader.IsParticiple(s, verb) || s.Has(verb, WordClass.Preposition)
            || s.Is(verb, "compared") || s.Is(verb, "according") || Inflection.IsNounInEd(s.Span(verb))) return null;
        // ("while 12 characterized their activity as minimal": a past form before its object is a verb of its own clause)
        if (MetricReader.IsPastParticiple(s, verb) && !(s.Has(verb + 1, WordClass.Preposition) || verb + 1 >= x.At.ClauseEnd || !s.IsWord(verb + 1))) return null;
        int end = verb + 1;
        while (end < x.At.ClauseEnd && end - verb < MaxParticiplePhrase && s.IsWord(end) && !s.Has(end, WordClass.Conjunction | WordClass.ClauseWord)) end++;
        return $"{Inflection.Plural(unit)} {s.Join(verb, end)}";
    }

    // "three 767s", "two 777Fs for Lufthansa Cargo": a model's designation in the plural right after the number
    private static string? CountedModel(MetricQuery x)
    {
        var s = x.S;
        int next = x.C.ExtentLast + 1;
        if (!s.InRange(next)) return null;
        // the tokenizer cuts "787-9s" at its hyphen: read the word as written, up to the space or punctuation after it
        int start = s[next].Start, end = start;
        while (end < s.Text.Length && (char.IsLetterOrDigit(s.Text[end]) || s.Text[end] == '-')) end++;
        var word = s.Text.AsSpan(start, end - start);
        if (!ModelPlural().IsMatch(word)) return null;
        int after = next;
        while (s.InRange(after) && s[after].Start < end) after++;
        int purposeEnd = s.Is(after, "for") ? MetricReader.NounPhraseEnd(s, after + 1, x.At.ClauseEnd, x.Times) : after;
        for (int k = after + 1; k < purposeEnd; k++)
            if (s.Has(k, WordClass.Conjunction)) { purposeEnd = k; break; } // "for Lufthansa Cargo and orders by ..."
        string purpose = purposeEnd > after ? s.Join(after, purposeEnd) : "";
        return MetricReader.Joined(word.ToString(), purpose);
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"^(?:[A-Z]{1,3}-?)?\d{2,4}(?:-\d{1,3})?[A-Za-z]{0,3}s$")]
    private static partial System.Text.RegularExpressions.Regex ModelPlural();

    // "ahead of last year's average monthly growth of 182,000": the number's own noun phrase names what it measures
    private static bool HasOwnOwner(MetricQuery x) =>
        x.S.Is(x.C.TextFirst - 1, "of") && MetricReader.Owner(x.S, x.C.TextFirst) is { } owner && MetricReader.IsOwned(x.S, owner);
}
