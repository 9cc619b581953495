namespace NewsFigures;

/// <summary>"Low wind speeds pushed wind power's share of generation to 4%", "The figures bring the number of inbound
/// tourists to 32.8 million", "trimmed its first-quarter loss to $3 million", "to reduce the defect rate from 0.3 percent to
/// 0.05 percent": a verb that moves something to a figure (or from one to another) names that thing, not its own subject
/// (the cause, or who changed it).</summary>
internal sealed class BroughtToMetric : IMetricRule
{
    private const int MaxObjectTokens = 16;

    public string Name => "metric.brought-to";

    public MetricProposal? Propose(MetricQuery x)
    {
        var s = x.S;
        if (ObjectEnd(x) is not { } to) return null;
        // "lifting the repo rate, which it uses to inject money ..., to 7.75 per cent": the aside is skipped, and one right
        // before "to" ends the moved thing
        int aside = 0, end = to;
        for (int k = to - 1; k > to - MaxObjectTokens - aside && k >= s.First; k--)
        {
            if (Clauses.RelativeAsideOpenedBefore(s, k) is int open && open > s.First)
            {
                if (k == to - 1) end = open;
                aside += k - open + 1;
                k = open;
                continue;
            }
            if (k < x.At.ClauseStart && aside == 0) return null;
            if (s.IsClauseBreak(k) || x.Figures.Any(f => f.TextFirst <= k && k <= f.TextLast)) return null;
            if (!s.IsLower(k) || !(IsMovingVerb(s.Span(k)) || IsBaseMovingVerb(s.Span(k)) && !s.Has(k - 1, WordClass.Determiner))) continue;
            int first = k + 1;
            // "revised upwards its estimate of ...": the direction of the revision is no part of what moved
            if (s.Is(first, "upwards") || s.Is(first, "downwards") || s.Is(first, "upward") || s.Is(first, "downward") || s.Is(first, "up") || s.Is(first, "down")) first++;
            // "increased slightly from 33.7 in 2022 to 33.8": an adverb of the verb is no part of what moved
            while (first < end && MetricReader.IsAdverb(s, first)) first++;
            // "Income from passenger revenue increased in the last year to £5·9bn": a verb with a time where its object would be
            // moves its subject
            if (IsTimePhrase(s, first, end)) return null;
            while (first < to && s.Has(first, WordClass.Determiner)) first++;
            // "the number of inbound tourists": the counted things
            if (s.Is(first, "number") && s.Is(first + 1, "of")) first += 2;
            if (first >= end || Clauses.ContentWords(s, first, end) == 0) return null;
            // "Acme trimmed its loss to $3m": "its" is the subject's, a name's
            string owner = (s.Is(k + 1, "its") || s.Is(k + 1, "their")) && x.Subject is { } subject && Anaphora.NameOf(s, subject) is { } name ? name : "";
            return MetricProposal.Phrase(MetricReader.Joined(owner, s.Join(first, end)));
        }
        return null;
    }

    // "to 86.4 million from 83.2 million": the "to" of the level reached right before the base's "from", else null
    private static int? ReachedBefore(MetricQuery x, int f, int from) =>
        f > 0 && PastTime(x, x.Figures[f - 1].TextLast + 1) == from && x.S.Is(x.Figures[f - 1].TextFirst - 1, "to") ? x.Figures[f - 1].TextFirst - 1 : null;

    // "to 4%", and both ends of "cut the defect rate from 0.3 percent to 0.05 percent": where the moved thing ends
    // ("from 462.41 MT in 2013-14 to 567.36 MT in 2017-18": the first end's time may stand between it and "to")
    private static int? ObjectEnd(MetricQuery x)
    {
        var s = x.S;
        int before = x.C.TextFirst - 1;
        int f = x.Figures.IndexOf(x.C);
        if (s.Is(before, "from")) return s.Is(PastTime(x, x.C.TextLast + 1), "to") ? before : ReachedBefore(x, f, before);
        // "brought its customer base to 86.4 million from the 83.2 million it recorded": the base after the level reached
        if (s.Is(before, "the") && s.Is(before - 1, "from")) return ReachedBefore(x, f, before - 1);
        if (ReachedHighOf(s, before) is > 0 and var high) before = high;
        if (!s.Is(before, "to")) return null;
        // "by 1.2 million mt to 110.4 million mt": the change before the level ends the moved thing too
        return f > 0 && PastTime(x, x.Figures[f - 1].TextLast + 1) == before && (s.Is(x.Figures[f - 1].TextFirst - 1, "from") || s.Is(x.Figures[f - 1].TextFirst - 1, "by"))
            ? x.Figures[f - 1].TextFirst - 1 : before;
    }

    // "pushed Kenya's overall inflation to an eight-month high of 7.08 per cent": the "to" before the high (a low, a peak, a
    // record, a level) the figure sizes, else 0
    private static int ReachedHighOf(SentenceTokens s, int of)
    {
        if (!s.Is(of, "of") || !(s.Is(of - 1, "high") || s.Is(of - 1, "low") || s.Is(of - 1, "peak") || s.Is(of - 1, "record") || s.Is(of - 1, "level")))
            return 0;
        for (int k = of - 2; k >= of - 7 && k >= s.First; k--)
        {
            if (s.Is(k, "to")) return k;
            if (s.IsClauseBreak(k) && !s.IsPunct(k, '-') || Clauses.IsVerbLike(s, k)) return 0;
        }
        return 0;
    }

    // "in the last year", "over the quarter": a preposition and words of time alone
    private static bool IsTimePhrase(SentenceTokens s, int first, int end)
    {
        if (!s.Has(first, WordClass.Preposition) || end - first < 2) return false;
        for (int k = first + 1; k < end; k++)
            if (!s.Has(k, WordClass.Determiner | WordClass.TimeStart | WordClass.TimeUnit | WordClass.Month) && !Clauses.IsYear(s, k)) return false;
        return true;
    }

    // k, or the token after "in" and a time expression that start at k
    private static int PastTime(MetricQuery x, int k)
    {
        int at = x.S.Is(k, "in") ? k + 1 : k;
        foreach (var time in x.Times)
            if (time.First == at || time.First == k) return time.Last + 1;
        return k;
    }

    // "to reduce the defect rate from ...": the plain form, when no article makes it a noun ("an increase in")
    private static bool IsBaseMovingVerb(ReadOnlySpan<char> w) =>
        w is "reduce" or "raise" or "lower" or "increase" or "decrease" or "expand" or "narrow" or "widen" or "trim" or "slash" or "boost";

    private static bool IsMovingVerb(ReadOnlySpan<char> w) =>
        w is "pushed" or "pushes" or "push" or "brought" or "brings" or "bring" or "took" or "takes" or "take" or "lifted" or "lifts"
            or "lift" or "drove" or "drives" or "driven" or "boosted" or "boosts" or "sent" or "sends" or "cut" or "cuts" or "raised" or "raises"
            or "lowered" or "lowers" or "reduced" or "reduces" or "trimmed" or "trims" or "narrowed" or "narrows" or "widened" or "widens" or "tightened" or "tightens"
            or "slashed" or "slashes" or "increased" or "increases" or "decreased" or "decreases" or "expanded" or "expands"
            // "Exports jumped, lifting the trade surplus to $90 billion": the participle moves its object too ("taking ... to"
            // and "bringing ... to" were tried and cost a set a figure)
            or "pushing" or "lifting" or "driving" or "raising" or "cutting" or "increasing" or "reducing" or "lowering"
            // "has revised upwards its estimate of the nation's soybean crop by 1.2 million mt to 110.4 million mt"
            or "revised" or "revises" or "revising";
}
