namespace NewsFigures;

/// <summary>What counted things do, written as a relative clause or an owner's verb: "that took part in ...", "people
/// without access to ...", "satellites whose data resources the national platform has aggregated".</summary>
internal static partial class MetricReader
{
    // "(the satellites ...,) and have provided services to": the verb group of the figure's clause, up to "to".
    internal static string? VerbGroupBefore(SentenceTokens s, (int First, int End) subj, int to)
    {
        int start = Math.Max(subj.End, Clauses.Start(s, to));
        while (start < to && s.Has(start, WordClass.Conjunction)) start++;
        for (int k = start; k < to; k++)
            if (s.Has(k, WordClass.ChangeUp | WordClass.ChangeDown)) return null; // "plans to raise output to 12 million barrels": a level reached
        return to - start is >= 1 and <= 6 && HasVerbBetween(s, start, to) ? s.Join(start, to + 1) : null;
    }

    // "It has aggregated the data resources of more than 30 satellites": "satellites whose data resources the national
    // platform has aggregated" ("It" is the subject of the sentence before).
    internal static string? WhoseOwner(MetricQuery x, (int First, int End) owner, string phrase)
    {
        var (s, at) = (x.S, x.At);
        int verbEnd = owner.First;
        while (verbEnd > at.ClauseStart && s.Has(verbEnd - 1, WordClass.Determiner)) verbEnd--;
        if (Clauses.Subject(s, at.ClauseStart, verbEnd) is not { } subj || subj.End >= verbEnd || !HasVerbBetween(s, subj.End, verbEnd)) return null;
        string? who = !IsPronoun(s, subj.First, subj.End) ? LowerArticle(s, subj)
            : subj.First == s.First && s.Is(subj.First, "it") ? Anaphora.PreviousSubject(x.Discourse) : null;
        return who is null ? null : $"{phrase} whose {s.Join(owner.First, owner.End)} {who} {s.Join(subj.End, verbEnd)}";
    }

    internal static string LowerArticle(SentenceTokens s, (int First, int End) span) =>
        s.Has(span.First, WordClass.Determiner) ? $"{s.Span(span.First).ToString().ToLowerInvariant()} {s.Join(span.First + 1, span.End)}" : s.Join(span.First, span.End);

    // "More than 30 technology transfer institutions, 120 universities ..., and over 2,000 enterprises participated in X":
    // every item of a listed subject does what the list does.
    internal static string? ListPredicate(MetricQuery x)
    {
        var (s, c, at) = (x.S, x.C, x.At);
        if (!s.IsPunct(at.ClauseEnd, ',') || at.ClauseStart != c.TextFirst || HasVerbBetween(s, at.ClauseStart, at.ClauseEnd)) return null;
        for (int start = at.ClauseEnd + 1, n = 0; start < s.End && n < MaxListItems; n++)
        {
            int first = s.Is(start, "and") || s.Is(start, "or") ? start + 1 : start;
            FigureDraft? item = null;
            foreach (var g in x.Figures) if (g.TextFirst == first) item = g;
            if (item is null) return null;
            int end = Clauses.End(s, first);
            for (int k = item.ExtentLast + 1; k < end; k++)
                if (Clauses.IsVerbLike(s, k)) return RelativePredicate(x, k, end);
            if (!s.IsPunct(end, ',')) return null;
            start = end + 1;
        }
        return null;
    }

    // "Humanoid robots, numbering 10,000 units, now handle tasks in factories": what the counted things do.
    internal static string? AppositivePredicate(MetricQuery x)
    {
        var (s, c, at) = (x.S, x.C, x.At);
        if (c.Unit.NounFirst >= c.TextFirst || !s.IsPunct(at.ClauseStart - 1, ',') || !s.IsPunct(at.ClauseEnd, ',')
            || Clauses.Start(s, c.Unit.NounFirst) != s.First || Clauses.End(s, c.Unit.NounFirst) != at.ClauseStart - 1) return null;
        int from = at.ClauseEnd + 1, end = Clauses.End(s, from);
        while (from < end && (s.Has(from, WordClass.NowWord) || Clauses.IsSentenceAdverb(s.Span(from)))) from++;
        return Clauses.IsVerbLike(s, from) ? RelativePredicate(x, from, end) : null;
    }

    // ", where": the place named right before the comma ("the Global South").
    internal static string WherePlace(SentenceTokens s, int clauseStart)
    {
        if (!s.Is(clauseStart, "where") || !s.IsPunct(clauseStart - 1, ',')) return "";
        int end = clauseStart - 1, first = end;
        while (end - first < 6)
        {
            if (IsInnerHyphen(s, first - 1)) first -= 2; // "sub-Saharan Africa"
            else if (s.IsWord(first - 1) && !Clauses.IsVerbLike(s, first - 1) && !s.Has(first - 1, WordClass.Preposition | WordClass.Determiner | WordClass.Stopword))
                first--;
            else break;
        }
        if (first == end) return "";
        if (s.Is(first - 1, "the")) first--;
        return "in " + LowerArticle(s, (first, end));
    }

    internal static string Predicate(MetricQuery x, int from, int clauseEnd)
    {
        var s = x.S;
        int k = from;
        while (k < clauseEnd && !Clauses.IsVerbLike(s, k)) k++;
        int start = k;
        while (k < clauseEnd && k - start < MaxPredicateTokens && !StartsFigureOrTime(k, x.Figures, x.Times)) k++;
        return s.Join(start, TrimEnd(s, start, k));
    }

    /// <summary>What counted things do, as a relative clause: "that took part in its Advanced Technology Competition"
    /// (up to a second verb), "who lack digital access", "without access to early warning information" (from "do not
    /// have access ... due to ..."; reasons and means are left out). Empty when no verb follows.</summary>
    internal static string RelativePredicate(MetricQuery x, int from, int end)
    {
        var s = x.S;
        int start = from;
        while (start < end && !Clauses.IsVerbLike(s, start)) start++;
        int k = start;
        bool sawObject = false;
        while (k < end && k - start < MaxPredicateTokens && !StartsFigureOrTime(k, x.Figures, x.Times) && !IsAdjunctStart(s.Span(k)))
        {
            bool verb = Clauses.IsVerbLike(s, k);
            if (verb && sawObject && !s.Has(k, WordClass.Auxiliary)) break; // "took part in its competition attracted": a new verb
            sawObject |= s.IsWord(k) && !verb && !s.Has(k, WordClass.Preposition | WordClass.Determiner | WordClass.Stopword) && !s.Is(k, "not");
            k++;
        }
        int stop = TrimEnd(s, start, k);
        if (stop <= start) return "";
        if ((s.Is(start, "do") || s.Is(start, "does") || s.Is(start, "did")) && s.Is(start + 1, "not") && (s.Is(start + 2, "have") || s.Is(start + 2, "has"))
            && stop > start + 3) return "without " + s.Join(start + 3, stop);
        if ((s.Is(start, "have") || s.Is(start, "has")) && s.Is(start + 1, "no") && stop > start + 2) return "without " + s.Join(start + 2, stop);
        return (x.C.Unit.Unit == "person" ? "who " : "that ") + s.Join(start, stop);
    }

    /// <summary>"(3,000 websites) were adapted to be barrier free": what a passive verb group says of the things before it,
    /// without its auxiliaries ("adapted to be barrier free"); with <paramref name="orPlace"/> also "were on a waiting list"
    /// ("on a waiting list"). Empty when no passive or place follows.</summary>
    internal static string PassivePredicate(MetricQuery x, int from, bool orPlace)
    {
        var s = x.S;
        int k = from;
        while (s.Has(k, WordClass.Auxiliary)) k++;
        if (k == from || !(IsPastParticiple(s, k) || orPlace && s.Has(k, WordClass.Preposition))) return "";
        return s.Join(k, PredicateEnd(x, k, stopAtBracket: false));
    }

    // The end of a predicate that starts at k, its trailing function words dropped: at most MaxPredicateTokens, before the
    // clause ends, a figure or time, an adjunct ("due to ...") or, when asked, a bracket.
    private static int PredicateEnd(MetricQuery x, int k, bool stopAtBracket)
    {
        var s = x.S;
        int end = k;
        while (end < x.At.ClauseEnd && end - k < MaxPredicateTokens && !StartsFigureOrTime(end, x.Figures, x.Times) && !IsAdjunctStart(s.Span(end))
               && !(stopAtBracket && s.IsPunct(end, '('))) end++;
        return TrimEnd(s, k, end);
    }

    /// <summary>"53% of patients were waiting over nine hours", "73% of the adult population gambled", "three-quarters of all
    /// travellers came from Europe": what the part a share opens its clause with does, or "" (a verb of saying is no such
    /// thing: "60% of firms said").</summary>
    internal static string ActivePredicate(MetricQuery x, int from)
    {
        var s = x.S;
        // "53% of patients on trolleys yesterday were waiting": a dated text reads the day as a time, outside the whole
        if (s.Is(from, "yesterday") || s.Is(from, "today")) from++;
        int k = from;
        while (s.Has(k, WordClass.Auxiliary)) k++;
        var w = s.Span(k);
        bool progressive = k > from && s.IsLower(k) && w.Length > 4 && w.EndsWith("ing");
        bool past = k == from && s.IsLower(k) && !s.Has(k, WordClass.AttributionVerb | WordClass.ChangeUp | WordClass.ChangeDown)
            && (w.Length > 4 && w.EndsWith("ed") || w is "came" or "went" or "bought" or "took" or "gave" or "made" or "spent" or "paid" or "saw" or "held" or "got");
        if (!progressive && !past) return "";
        // "share of patients waiting over nine hours", "share of the adult population that gambled"
        string predicate = s.Join(k, PredicateEnd(x, k, stopAtBracket: true));
        return progressive ? predicate : "that " + predicate;
    }

    /// <summary>"that live in poverty", "using AI products": a predicate from its verb, the verb written as
    /// <paramref name="verbAsWritten"/>; a progressive's auxiliary dropped, else "that" before it. Empty when only
    /// function words follow.</summary>
    internal static string PredicateFrom(MetricQuery x, int verb, string verbAsWritten)
    {
        var s = x.S;
        int end = PredicateEnd(x, verb, stopAtBracket: true);
        if (end <= verb) return "";
        if (s.Has(verb, WordClass.Auxiliary) && end > verb + 1 && s.IsLower(verb + 1) && s.Span(verb + 1) is { Length: > 4 } w && w.EndsWith("ing"))
            return s.Join(verb + 1, end);
        return end == verb + 1 ? $"that {verbAsWritten}" : $"that {verbAsWritten} {s.Join(verb + 1, end)}";
    }

    internal static bool IsAdjunctStart(ReadOnlySpan<char> w) =>
        w is "due" or "because" or "thanks" or "owing" or "amid" or "amidst" or "despite" or "through" or "via" or "such" or "while"
            or "whereas" or "although" or "though";
}
