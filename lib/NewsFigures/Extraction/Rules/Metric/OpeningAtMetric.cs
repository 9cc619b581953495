namespace NewsFigures;

/// <summary>"At $4.2 billion, the deficit was the largest since 2010", "At N24.947 trillion (US$ 81.274 billion) as at March
/// 31, 2019, the Total Public Debt grew": an amount that a sentence opens with after "At" is the level of the subject of the
/// clause its comma opens.</summary>
internal sealed class OpeningAtMetric : IMetricRule
{
    private const int MaxOpeningTokens = 16;

    public string Name => "metric.opening-at";

    public MetricProposal? Propose(MetricQuery x)
    {
        var (s, c) = (x.S, x.C);
        if (c.TextFirst - 1 != s.First || !s.Is(s.First, "at")) return null;
        // the last comma of the opening phrase: the one before the first verb after the amount
        int comma = -1;
        for (int k = c.ExtentLast + 1; k < s.End && k - c.ExtentLast <= MaxOpeningTokens && !Clauses.IsVerbLike(s, k); k++)
            if (s.IsPunct(k, ',')) comma = k;
        if (comma < 0 || Clauses.Subject(s, comma + 1, s.End) is not { } subject || subject.First != comma + 1) return null;
        int first = s.Has(subject.First, WordClass.Determiner) ? subject.First + 1 : subject.First;
        return first < subject.End && Clauses.ContentWords(s, first, subject.End) > 0 ? MetricProposal.Phrase(s.Join(first, subject.End)) : null;
    }
}
