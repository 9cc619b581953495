namespace NewsFigures;

/// <summary>"a rise in the number of cyclists killed (111)": a level alone in brackets right after a noun phrase measures that
/// phrase (with its of-phrases, back to the preposition or verb before it), when its unit is known; not the figure before
/// restated ("up 1.7pc (78,942)").</summary>
internal sealed class NamedBeforeParenthesisMetric : IMetricRule
{
    private const int MaxPhraseTokens = 8;

    public string Name => "metric.named-before-parenthesis";

    public MetricProposal? Propose(MetricQuery x)
    {
        var (s, c) = (x.S, x.C);
        int open = c.TextFirst - 1, last = open - 1;
        // a bare number whose unit nothing gave yet is left to the rules that read what it counts from the subject
        if (x.Kind != FigureKind.Level || c.Unit.Unit is null || !s.IsPunct(open, '(') || !s.IsPunct(c.TextLast + 1, ')') || !s.IsLower(last)
            || s.Has(last, WordClass.Preposition | WordClass.Determiner | WordClass.Conjunction | WordClass.Auxiliary | WordClass.ClauseWord | WordClass.Pronoun))
            return null;
        if (x.Before is { } before && before.ExtentLast >= last) return null; // "up 1.7pc (78,942)": the figure before, restated
        int first = last;
        // ("57.8 per cent of patients (48,735)": not back into the share before, whose whole it counts)
        int floor = x.Before is { } previous ? previous.ExtentLast + 1 : s.First;
        while (first - 1 >= floor && last - first < MaxPhraseTokens && s.IsWord(first - 1) && !s.IsClauseBreak(first - 1)
               && (s.Is(first - 1, "of") || !s.Has(first - 1, WordClass.Preposition | WordClass.Auxiliary | WordClass.ClauseWord | WordClass.Conjunction))
               && !(Clauses.IsVerbLike(s, first - 1) && !IsReducedRelative(s, first - 1)))
            first--;
        if (s.Is(first, "of")) first++;
        return MetricProposal.Phrase(s.Join(first, open));
    }

    // "cyclists killed": an -ed word after a plural describes it ("the ferry carried" is the ferry's verb)
    private static bool IsReducedRelative(SentenceTokens s, int k) =>
        s.Span(k).EndsWith("ed") && s.IsLower(k - 1) && Inflection.IsPlural(s.Span(k - 1));
}
