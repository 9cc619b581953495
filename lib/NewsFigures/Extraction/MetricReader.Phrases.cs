namespace NewsFigures;

/// <summary>Where the phrases of a metric start and end, and how they are joined: complements up to a new verb group,
/// trailing function words and sentence adverbs left out, wide scopes and bare relative clauses dropped.</summary>
internal static partial class MetricReader
{
    internal static bool IsPossessive(ReadOnlySpan<char> w) => w.Length > 2 && (w.EndsWith("'s") || w.EndsWith("’s"));

    /// <summary>The word at k is a possessive ("department's").</summary>
    internal static bool IsPossessive(SentenceTokens s, int k) => s.IsWord(k) && IsPossessive(s.Span(k));

    /// <summary>"$944 million (Rs 6138.1 crore) deal", "Almost half (48) of": past brackets that restate the figure with a number
    /// of their own, else k.</summary>
    internal static int AfterBracketedFigure(SentenceTokens s, int k)
    {
        int after = AfterParenthesis(s, k);
        return after > k && KindCues.HasNumberBetween(s, k, after) ? after : k;
    }

    /// <summary>The end of the figure's clause, or of the next one when k, past the brackets after the figure, opens it.</summary>
    internal static int ClauseEndFrom(MetricQuery x, int k) => k >= x.At.ClauseEnd ? Clauses.End(x.S, k) : x.At.ClauseEnd;

    // "650 billion yuan ($89.5 billion) on the network": what follows a converted amount in brackets.
    internal static int AfterParenthesis(SentenceTokens s, int k)
    {
        if (!s.IsPunct(k, '(')) return k;
        for (int j = k + 1; j < s.End && j - k <= 8; j++)
            if (s.IsPunct(j, ')')) return j + 1;
        return k;
    }

    internal static bool IsPronoun(SentenceTokens s, int first, int end)
    {
        for (int k = first; k < end; k++)
            if (!s.Has(k, WordClass.Pronoun | WordClass.Determiner)) return false;
        return true;
    }

    internal static bool Overlaps((int First, int End) subject, FigureDraft c) => subject.End > c.TextFirst && subject.First <= c.TextLast;

    internal static bool HasVerbBetween(SentenceTokens s, int from, int to)
    {
        for (int k = from; k < to; k++) if (Clauses.IsVerbLike(s, k)) return true;
        return false;
    }

    internal static bool HasWord(SentenceTokens s, int from, int to, string word)
    {
        for (int k = from; k < to; k++) if (s.Is(k, word)) return true;
        return false;
    }

    // Prepositional phrase, relative clause or adverb after a phrase, up to the clause end, another figure or a time
    // expression; a prepositional phrase also ends where a verb group starts ("... security were issued").
    internal static (int Start, int End) Complement(MetricQuery x, int from, int clauseEnd)
    {
        var s = x.S;
        // "over 30 countries - from Russia to Germany - to join dialogues": step over a parenthetical between dashes.
        if (from == clauseEnd && IsDash(s, from) && ClosingDash(s, from) is var close && close > 0)
        {
            var after = Complement(x, close + 1, Clauses.End(s, close + 1));
            return after.End > after.Start ? after : (from, from);
        }
        // "fell 0.8 per cent on a monthly basis": a comparison of periods names nothing
        bool opens = (s.Has(from, WordClass.Preposition) && !s.Is(from, "than") || IsRelativeWord(s, from)) && Clauses.PeriodOverPeriodEnd(s, from) == from
            || (s.IsLower(from) && s.Span(from).EndsWith("ly"));
        // "to 15,523 with arrivals from Saudi Arabia down 22.7 percent": an absolute clause of its own figure names nothing here
        if (!opens || OpensChangedAbsolute(s, from)) return (from, from);
        while (clauseEnd < s.End && Clauses.IsListComma(s, clauseEnd)) clauseEnd = Clauses.End(s, clauseEnd + 1); // "concerning A, B and C"
        int k = from;
        bool relative = false;
        while (k < clauseEnd && k - from < MaxComplementTokens && !StartsFigureOrTime(k, x.Figures, x.Times) && !StartsMonthOrQuarterPhrase(s, k) && !IsForTheNthTime(s, k)
               && Clauses.PeriodOverPeriodEnd(s, k) == k && !StartsBaseTime(s, k) && !StartsComparison(s, k)
               && !(s.Has(k, WordClass.Conjunction) && (Clauses.IsVerbLike(s, k + 1) || s.IsDigits(k + 1)))
               && !(s.Has(k, WordClass.Auxiliary) && !relative))
            relative |= IsRelativeWord(s, k++);
        return (from, TrimEnd(s, from, WithoutBareRelative(s, from, k)));
    }

    // "£562 million for the first half compared with £71 million": the base of a comparison is no part of what is measured
    private static bool StartsComparison(SentenceTokens s, int k) =>
        (s.Is(k, "compared") || s.Is(k, "as") && s.Is(k + 1, "compared")) && (s.Is(k + 1, "with") || s.Is(k + 1, "to") || s.Is(k + 1, "compared"));

    private static bool OpensChangedAbsolute(SentenceTokens s, int with)
    {
        if (!s.Is(with, "with")) return false;
        for (int k = with + 2; k < s.End && k - with <= 9 && !s.IsClauseBreak(k); k++)
            if ((s.Is(k, "up") || s.Is(k, "down")) && s.IsDigits(k + 1)) return true;
        return false;
    }

    // "down 62 rigs from the previous week", "from a week earlier": a base in time the time reader could not take ends a
    // complement
    private static bool StartsBaseTime(SentenceTokens s, int k)
    {
        if (!(s.Is(k, "from") || s.Is(k, "since") || s.Is(k, "on") || s.Is(k, "over"))) return false;
        int j = s.Is(k + 1, "the") ? k + 2 : k + 1;
        return s.IsLower(j) && s.Span(j) is "previous" or "prior" or "preceding" && s.Has(j + 1, WordClass.TimeUnit)
            || (s.Is(k + 1, "a") || s.Is(k + 1, "one")) && s.Has(k + 2, WordClass.TimeUnit) && (s.Is(k + 3, "earlier") || s.Is(k + 3, "before") || s.Is(k + 3, "ago"));
    }

    // "for the first time", "for the third time this year": how often, not what is measured.
    internal static bool IsForTheNthTime(SentenceTokens s, int k) =>
        s.Is(k, "for") && s.Is(k + 1, "the") && (s.Has(k + 2, WordClass.Ordinal) || s.Is(k + 2, "last")) && s.Is(k + 3, "time");

    // "from January to July", "in May", "in Q3": a time phrase the time reader may not have taken whole (with no article date
    // a quarter's code without its year names no period) ends a complement ("in the third quarter" stays: the dev golds'
    // metrics often keep it).
    internal static bool StartsMonthOrQuarterPhrase(SentenceTokens s, int k) =>
        s.Has(k, WordClass.Preposition) && (s.Has(k + 1, WordClass.Month) && s.IsCapitalized(k + 1) || s.Is(k + 1, "the") && s.Has(k + 2, WordClass.Month) && s.IsCapitalized(k + 2)
            || TimeExpressionReader.QuarterName(s, k + 1) is not null);

    // "reactors that were built [before 1990]": a relative clause cut down to its verbs says nothing; leave it out.
    internal static int WithoutBareRelative(SentenceTokens s, int from, int end)
    {
        for (int r = end - 1; r >= from; r--)
        {
            if (!IsRelativeWord(s, r)) continue;
            for (int k = r + 1; k < end; k++)
            {
                bool noun = !Clauses.IsVerbLike(s, k) && !IsParticiple(s, k) || s.Has(k - 1, WordClass.Determiner); // "their targets"
                if (s.IsWord(k) && noun && !s.Has(k, WordClass.Auxiliary | WordClass.Stopword | WordClass.Preposition | WordClass.Determiner))
                    return end;
            }
            return r;
        }
        return end;
    }

    // "a total of 3,000 drones" counts drones.
    internal static bool IsAmountWord(ReadOnlySpan<char> w) =>
        w is "total" or "number" or "sum" or "average" or "maximum" or "minimum" or "peak" or "tally";

    internal static bool IsInnerHyphen(SentenceTokens s, int k) => s.IsPunct(k, '-') && s.Touches(k) && s.Touches(k + 1) && s.IsWord(k - 1);

    internal static bool IsRelativeWord(SentenceTokens s, int k) => s.Is(k, "that") || s.Is(k, "who") || s.Is(k, "which");

    internal static bool IsDash(SentenceTokens s, int k) =>
        (s.IsPunct(k, '-') && s[k].SpaceBefore) || s.IsPunct(k, '—') || s.IsPunct(k, '–');

    /// <summary>The dash that closes an aside opened by the dash at <paramref name="open"/> (up to
    /// <paramref name="maxTokens"/> tokens on), else -1.</summary>
    internal static int ClosingDash(SentenceTokens s, int open, int maxTokens = 8)
    {
        for (int k = open + 1; k < s.End && k - open <= maxTokens; k++)
            if (IsDash(s, k)) return k;
        return -1;
    }

    /// <summary>The dash that opens an aside closed by the dash at <paramref name="close"/> (up to 16 tokens back), else -1.</summary>
    internal static int OpeningDash(SentenceTokens s, int close)
    {
        for (int k = close - 2; k > s.First && close - k <= 16; k--)
            if (IsDash(s, k)) return k;
        return -1;
    }

    // "surge to 100 million": a compound's prepositional phrase when it names a number.
    internal static int PrepositionalTail(SentenceTokens s, int from, int clauseEnd)
    {
        if (!s.Has(from, WordClass.Preposition)) return from;
        int k = from;
        bool counts = false;
        while (k < clauseEnd && k - from < MaxPredicateTokens && !Clauses.IsVerbLike(s, k)) counts |= s.IsDigits(k++);
        return counts ? TrimEnd(s, from, k) : from; // only a target such as "to 100 million" belongs to the compound
    }

    internal static int NounPhraseEnd(SentenceTokens s, int from, int clauseEnd, IReadOnlyList<TimeExpression> times)
    {
        int k = from;
        // "a 24.4 percent market share": a change noun after a singular word is the phrase's head, not its verb
        while (k < clauseEnd && k - from < MaxComplementTokens && (!Clauses.IsVerbLike(s, k) || k > from && (Clauses.IsChangeNoun(s, k) || EndsWithGerund(s, k)))
               && !StartsTime(k, times) && !(s.Is(k, "on") && Months.IsWeekday(s, k + 1)) // "a 33 percent increase in quarterly profit on Thursday"
               // "a 5% rise in exports last year": a relative time ends a noun phrase even when the time reader could not take it
               // (ending a complement too, "29GW of renewables last year", cost the third set a metric)
               && !(k > from && s.IsLower(k) && Clauses.StartsRelativeTime(s, k))
               && !BringsFigure(s, k) && !(k > from && s.Has(k, WordClass.ClauseWord) && s.IsLower(k))
               && !(s.Has(k, WordClass.Conjunction) && (s.IsDigits(k + 1) || s.Has(k + 1, WordClass.Determiner) && s.IsDigits(k + 2)))) k++; // "and an 8 per cent decline"
        return TrimEnd(s, from, k);
    }

    // "a 26% rise in rough sleeping, as ...": an -ing word after a plain word, ending the phrase, is a noun
    private static bool EndsWithGerund(SentenceTokens s, int k) =>
        s.Span(k).EndsWith("ing") && s.IsLower(k - 1) && !Clauses.IsVerbLike(s, k - 1)
        && !s.Has(k - 1, WordClass.Preposition | WordClass.Determiner | WordClass.Stopword | WordClass.Auxiliary | WordClass.Pronoun)
        && (!s.InRange(k + 1) || s.IsClauseBreak(k + 1) || s.IsPunct(k + 1, '.') || s.Has(k + 1, WordClass.ClauseWord | WordClass.Conjunction));

    // "a 12.2% increase in profits to $7.7 billion", "to Rs 1,469 crore", "to USD 3.5 billion": "to" or "from" before an
    // amount ends the phrase (not a range's "2 to 19 year olds"), and so does the amount
    private static bool BringsFigure(SentenceTokens s, int k) =>
        s.InRange(k) && s[k].Kind == TokenKind.Symbol
        || (s.Is(k, "to") || s.Is(k, "from")) && !s.IsDigits(k - 1) && s.InRange(k + 1)
           && (s.IsDigits(k + 1) || s[k + 1].Kind == TokenKind.Symbol || s.IsWord(k + 1) && UnitReader.IsCurrencyPrefix(s.Span(k + 1)) && s.IsDigits(k + 2));

    internal static bool StartsFigureOrTime(int k, List<FigureDraft> figures, IReadOnlyList<TimeExpression> times)
    {
        return InFigure(k, figures) || StartsTime(k, times);
    }

    internal static bool StartsTime(int k, IReadOnlyList<TimeExpression> times)
    {
        for (int t = 0; t < times.Count; t++) if (k >= times[t].First && k <= times[t].Last) return true;
        return false;
    }

    // Trailing prepositions, articles, conjunctions, relative words and sentence adverbs ("in food and beverage alone").
    internal static int TrimEnd(SentenceTokens s, int from, int end)
    {
        while (end > from && (!s.IsWord(end - 1) || s.Has(end - 1, WordClass.Preposition | WordClass.Determiner | WordClass.Conjunction | WordClass.ClauseWord)
                              || Clauses.IsSentenceAdverb(s.Span(end - 1))) && !Clauses.EndsWithAgeSpan(s, from, end))
            end--;
        return end;
    }

    // "across the country that have successfully registered ... programs": a scope as wide as the country or the world, and
    // an adverb right before a verb, add nothing to what is counted.
    internal static string JoinCompact(SentenceTokens s, int from, int end)
    {
        for (int k = from; k < end; k++)
        {
            if (k > from && s.IsLower(k) && s.Span(k).EndsWith("ly") && (Clauses.IsVerbLike(s, k + 1) || IsParticiple(s, k + 1)))
                return Joined(s.Join(from, k), JoinCompact(s, k + 1, end));
            if (WideScopeLength(s, k) is > 0 and var n && (k > from || k + n < end))
                return Joined(s.Join(from, k), JoinCompact(s, k + n, end));
        }
        return s.Join(from, end);
    }

    // "across the country", "around the world", "nationwide": tokens a wide scope takes, or 0.
    internal static int WideScopeLength(SentenceTokens s, int k)
    {
        if (s.Is(k, "nationwide") || s.Is(k, "worldwide") || s.Is(k, "globally")) return 1;
        bool opens = s.Is(k, "across") || s.Is(k, "around") || s.Is(k, "throughout");
        return opens && s.Is(k + 1, "the") && (s.Is(k + 2, "country") || s.Is(k + 2, "world") || s.Is(k + 2, "globe") || s.Is(k + 2, "nation")) ? 3 : 0;
    }

    internal static bool IsParticiple(SentenceTokens s, int k) =>
        s.IsLower(k) && s.Span(k).Length > 4 && (s.Span(k).EndsWith("ed") && !Inflection.IsNounInEd(s.Span(k)) || s.Span(k).EndsWith("ing"));

    // "killed", "cancelled", "adapted": a participle in -ed, which qualifies a noun or makes a passive
    internal static bool IsPastParticiple(SentenceTokens s, int k) => IsParticiple(s, k) && s.Span(k).EndsWith("ed");

    /// <summary>Whether token k lies inside one of the figures.</summary>
    internal static bool InFigure(int k, IReadOnlyList<FigureDraft> figures)
    {
        for (int g = 0; g < figures.Count; g++) if (k >= figures[g].TextFirst && k <= figures[g].TextLast) return true;
        return false;
    }

    // China's first trillion-parameter AI model: back over possessives, ordinals and adjectives.
    internal static int CompoundStart(SentenceTokens s, int numberFirst)
    {
        int k = numberFirst;
        while (s.IsWord(k - 1) && !s.Has(k - 1, WordClass.Preposition | WordClass.Determiner | WordClass.Stopword) && !Clauses.IsVerbLike(s, k - 1)) k--;
        return k;
    }

    // "seven-day surge", "20-point plan": the word right after a compound is its noun, whatever else it could be.
    internal static int CompoundEnd(SentenceTokens s, int head)
    {
        int k = head + 1;
        if (s.IsWord(k) && !s.Has(k, WordClass.Preposition | WordClass.Determiner | WordClass.Stopword | WordClass.Auxiliary)) k++;
        while (s.IsWord(k) && !s.Has(k, WordClass.Preposition | WordClass.Determiner | WordClass.Stopword)
               && (!Clauses.IsVerbLike(s, k) || s.Has(k, WordClass.ChangeUp | WordClass.ChangeDown))) k++;
        return k;
    }

    internal static string Joined(string a, string b) => a.Length == 0 ? b : b.Length == 0 ? a : a + " " + b;

    internal static string Joined(string a, string b, string c) => Joined(Joined(a, b), c);

    internal static string Clean(string metric)
    {
        var text = metric.AsSpan().IndexOfAny('*', '"') >= 0 ? metric.Replace("*", "").Replace("\"", "") : metric;
        int start = 0;
        while (true) // leading spaces and filler words ("the", "and", "which") go
        {
            while (start < text.Length && text[start] == ' ') start++;
            int end = text.IndexOf(' ', start);
            if (end < 0) end = text.Length;
            if (start == end || !IsLeadingFiller(text.AsSpan(start, end - start))) break;
            start = end;
        }
        var rest = text.AsSpan(start);
        if (!rest.Contains("  ", StringComparison.Ordinal) && !rest.EndsWith(' '))
            return start == 0 ? text : rest.ToString(); // most phrases: already one space between words
        return string.Join(' ', rest.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries));
    }

    internal static bool IsLeadingFiller(ReadOnlySpan<char> w) =>
        (Lexicon.Classify(w) & (WordClass.Determiner | WordClass.Conjunction | WordClass.ClauseWord)) != 0;
}
