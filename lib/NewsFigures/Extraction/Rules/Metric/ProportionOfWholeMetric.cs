namespace NewsFigures;

/// <summary>"One in five children in Britain lives in poverty": share of children in Britain that live in poverty (a
/// proportion that opens its noun phrase is a share of that noun, and what the noun does follows it, said of the many:
/// "1 in 6 Chinese people uses AI" is the share of Chinese people that use AI, "one in every six Chinese people is using
/// AI products" the share of Chinese people using AI products).</summary>
internal sealed class ProportionOfWholeMetric : IMetricRule
{
    public string Name => "metric.proportion-of-whole";

    private const int MaxWholeTokens = 10;

    public MetricProposal? Propose(MetricQuery x)
    {
        var (s, c) = (x.S, x.C);
        if (x.Kind != FigureKind.Share || !IsProportion(s, c.TextFirst, c.TextLast)) return null;
        int first = s.Is(c.TextLast + 1, "of") ? c.TextLast + 2 : c.TextLast + 1;
        if (!s.IsWord(first) || s.Has(first, WordClass.Preposition | WordClass.Auxiliary) || Clauses.IsVerbLike(s, first)) return null;
        int verb = VerbAfterWhole(s, first, x.At.ClauseEnd);
        if (verb < 0) return null;
        // "One in five adults surveyed said ...": the participle is the whole's, and what they said no part of the share
        if (s.Has(verb + 1, WordClass.AttributionVerb)) verb++;
        int wholeEnd = MetricReader.TrimEnd(s, first, verb);
        while (wholeEnd > first + 1 && s.Has(wholeEnd - 1, WordClass.NowWord)) wholeEnd--; // "homes now have"
        string whole = s.Join(first, wholeEnd);
        string predicate = s.Has(verb, WordClass.AttributionVerb) ? "" : MetricReader.PredicateFrom(x, verb, PluralVerb(s, verb));
        return MetricProposal.Phrase(predicate.Length == 0 ? $"share of {whole}" : $"share of {whole} {predicate}");
    }

    // "one in five", "1 in 6", "one in every six": the figure's words hold "in"
    private static bool IsProportion(SentenceTokens s, int first, int last)
    {
        for (int k = first + 1; k < last; k++) if (s.Is(k, "in")) return true;
        return false;
    }

    // The verb the proportion's noun phrase does, the first after its noun: an auxiliary, a word the lexicon reads as a
    // verb, or a word in -s after a noun ("children in Britain lives", "Chinese people uses", "jobs depends"); -1 when the
    // clause ends first.
    private static int VerbAfterWhole(SentenceTokens s, int first, int clauseEnd)
    {
        for (int k = first + 1; k < clauseEnd && k <= first + MaxWholeTokens; k++)
        {
            if (s.IsPunct(k, '-') && s.Touches(k)) continue; // "sub-Saharan"
            if (!s.IsWord(k)) return -1;
            if (!s.IsLower(k)) continue;
            // "people using a Trussell food bank": a participle right after the noun is the whole's
            if (!s.Has(k, WordClass.Auxiliary) && s.Span(k).EndsWith("ing")) continue;
            if (s.Has(k, WordClass.Auxiliary) || Clauses.IsVerbLike(s, k) || IsPresentAfterNoun(s, k)) return k;
        }
        return -1;
    }

    private static bool IsPresentAfterNoun(SentenceTokens s, int k)
    {
        var w = s.Span(k);
        if (w.Length < 4 || !w.EndsWith('s') || w.EndsWith("ss") || w.EndsWith("us") || w.EndsWith("is")) return false;
        var before = s.Span(k - 1);
        // ("Irish airports": an adjective of a people is no noun)
        return s.IsWord(k - 1) && (!s.IsLower(k - 1) && !IsDemonym(before) || before.EndsWith('s') && !s.Has(k - 1, WordClass.Preposition | WordClass.Stopword)
            || before is "people" or "children" or "men" or "women");
    }

    private static bool IsDemonym(ReadOnlySpan<char> w) =>
        w.EndsWith("ish") || w.EndsWith("ese") || w.EndsWith("ian") || w.EndsWith("ean") || w.EndsWith("can") || w is "Dutch" or "French" or "Welsh" or "Thai";

    // "lives" -> "live", "is" -> "are", "has" -> "have": the verb as the many do it; "is using" -> "using"
    private static string PluralVerb(SentenceTokens s, int verb)
    {
        var w = s.Span(verb).ToString();
        return w switch
        {
            "is" => "are",
            "was" => "were",
            "has" => "have",
            "does" => "do",
            _ when !IsPresentAfterNoun(s, verb) => w,
            _ when w.EndsWith("ies") && w.Length > 4 => w[..^3] + "y",
            _ when w.EndsWith("sses") || w.EndsWith("shes") || w.EndsWith("ches") || w.EndsWith("xes") || w.EndsWith("zes") => w[..^2],
            _ => w[..^1],
        };
    }
}
