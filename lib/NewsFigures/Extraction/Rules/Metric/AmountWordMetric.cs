namespace NewsFigures;

/// <summary>"Diesel prices fell to a national average of $1.52": national average diesel prices (an amount after "a ... average
/// of", "a high of" or "a total of" is that kind of amount of the subject).</summary>
internal sealed class AmountWordMetric : IMetricRule
{
    private const int MaxModifiers = 3;

    public string Name => "metric.amount-word";

    public MetricProposal? Propose(MetricQuery x)
    {
        var (s, c) = (x.S, x.C);
        // the "of" just before the amount; the qualifier reader may have taken "a national average of" into the figure's text
        int of = c.Number.First - 1;
        while (of >= c.TextFirst - 1 && !s.Is(of, "of")) of--;
        int word = of - 1;
        // ("A total of £884.5 million was generated for ...": an amount that opens its clause says what it does instead)
        if (!c.IsMeasure || !s.Is(word + 1, "of") || !s.IsLower(word) || !IsAmountKind(s.Span(word)) || x.AmountSubject.Length == 0 || x.At.SubjectPosition) return null;
        int first = word;
        while (word - first < MaxModifiers && s.IsLower(first - 1) && !s.Has(first - 1, WordClass.Determiner | WordClass.Preposition | WordClass.Stopword)
               && !Clauses.IsVerbLike(s, first - 1)) first--;
        if (!s.Has(first - 1, WordClass.Determiner)) return null; // "a national average of", not "averaged ... of"
        return MetricProposal.Phrase($"{s.Join(first, word + 1)} {MetricReader.InPhrase(x)}", fromSubject: true);
    }

    private static bool IsAmountKind(ReadOnlySpan<char> w) => w is "average" or "high" or "low" or "peak" or "total" or "maximum" or "minimum";
}
