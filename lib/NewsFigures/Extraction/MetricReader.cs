namespace NewsFigures;

/// <summary>
/// Writes the metric of a figure: the noun phrase it measures. A count names its counted noun phrase and what
/// qualifies it ("regular universities across the country that have ... programs"); a thin one borrows its owner
/// ("fitness coaching apps with 4.73 million monthly users"), the clause's subject, or the predicate when the count
/// is the subject ("115 countries and regions took part"). An amount, percent or multiple names the clause's subject
/// ("China's intelligent computing power"), with the whole of a share ("share of its GDP"), the noun an amount
/// sizes ("market") or what follows it ("to build a power grid"). "which" and "a figure that" refer back to the
/// figure before.
/// </summary>
internal static class MetricReader
{
    private const int MaxComplementTokens = 14;
    private const int MaxPredicateTokens = 10;
    private const int ThinPhrase = 3;

    public static void Read(SentenceTokens s, List<Candidate> figures, int f, List<TimeExpression> times)
    {
        var c = figures[f];
        if (c.BorrowedUnit) { c.Metric = figures[BareNumberUnit.BorrowedFrom(figures, f)].Metric; return; }
        var at = new Place(s, c);
        c.Subject = at.OwnSubject;
        if (c.Subject is null && !at.SubjectPosition)
            c.Subject = (f > 0 ? figures[f - 1].Subject : null) ?? SentenceSubjectBefore(s, c.TextFirst);
        string? referredTo = at.SubjectIsPronoun && f > 0 ? figures[f - 1].Metric : null;

        // "raised its rate by 50 basis points to 10.75%": the level reached is the level of what changed.
        // "down from 61 percent a year earlier": the base of a change, likewise.
        bool reachedByChange = (s.Is(c.TextFirst - 1, "to") || s.Is(c.TextFirst - 1, "from")) && f > 0 && c.IsMeasure
            && (figures[f - 1].Kind == FigureKind.Change || s.Is(c.TextFirst - 2, "up") || s.Is(c.TextFirst - 2, "down"));
        c.Metric = reachedByChange ? figures[f - 1].Metric : Clean(c.Unit.Class == UnitClass.Compound ? CompoundMetric(s, c, at)
            : c.Unit.HasNoun ? CountMetric(s, c, at, referredTo, figures, times)
            : referredTo is not null && c.IsMeasure ? referredTo
            : c.Kind == FigureKind.Change && at.OwnSubject is null && f > 0 ? figures[f - 1].Metric
            : AmountMetric(s, c, at, figures, times));
    }

    /// <summary>Where a figure stands in its clause.</summary>
    private readonly struct Place
    {
        public readonly int ClauseStart, ClauseEnd;
        public readonly (int First, int End)? OwnSubject;
        public readonly bool SubjectIsPronoun;
        /// <summary>"700 million lack digital access": the figure opens its clause and a verb follows
        /// ("with 3,755 iterations released" does not open it).</summary>
        public readonly bool SubjectPosition;

        public Place(SentenceTokens s, Candidate c)
        {
            ClauseStart = Clauses.Start(s, c.TextFirst);
            ClauseEnd = Clauses.End(s, c.TextLast);
            var subject = Clauses.Subject(s, ClauseStart, c.TextFirst);
            SubjectIsPronoun = subject is { } sj && IsPronoun(s, sj.First, sj.End);
            OwnSubject = SubjectIsPronoun ? null : subject;
            SubjectPosition = !HasVerbBetween(s, ClauseStart, c.TextFirst) && HasVerbBetween(s, c.TextLast + 1, ClauseEnd)
                && !(s.Has(ClauseStart, WordClass.Preposition) && ClauseStart < c.TextFirst);
        }
    }

    // China's first trillion-parameter AI model; DeepSeek's seven-day surge to 100 million
    private static string CompoundMetric(SentenceTokens s, Candidate c, Place at) =>
        s.Join(CompoundStart(s, c.TextFirst), PrepositionalTail(s, CompoundEnd(s, c.Unit.NounHead), at.ClauseEnd));

    private static string CountMetric(SentenceTokens s, Candidate c, Place at, string? referredTo, List<Candidate> figures, List<TimeExpression> times)
    {
        var complement = c.Unit.NounFirst > c.TextLast ? Complement(s, c.Unit.NounEnd, at.ClauseEnd, figures, times) : (Start: c.Unit.NounEnd, End: c.Unit.NounEnd);
        int complementEnd = complement.End;
        string phrase = $"{s.Join(c.Unit.NounFirst, c.Unit.NounEnd)} {s.Join(complement.Start, complement.End)}";
        if (Owner(s, c.TextFirst) is { } owner) return s.Join(owner.First, owner.End) + " " + phrase;
        if (Clauses.ContentWords(s, c.Unit.NounFirst, complementEnd) >= ThinPhrase) return phrase;
        if (c.Subject is { } subj && !Overlaps(subj, c) && subj.First != c.Unit.NounFirst) return s.Join(subj.First, subj.End) + " " + phrase;
        if (referredTo is not null) return referredTo + " " + phrase;
        return at.SubjectPosition ? phrase + " " + Predicate(s, complementEnd, at.ClauseEnd, figures, times) : phrase;
    }

    private static string AmountMetric(SentenceTokens s, Candidate c, Place at, List<Candidate> figures, List<TimeExpression> times)
    {
        string subject = c.Subject is { } sb ? s.Join(sb.First, sb.End) : "";
        int next = c.TextLast + 1;
        if (c.Kind == FigureKind.Change) return ChangedObject(s, c, at) is { } changed ? $"{subject} {s.Join(changed.First, changed.End)}" : subject;
        if (Owner(s, c.TextFirst) is { } owner) return $"{subject} {s.Join(owner.First, owner.End)}"; // "revenue of HK$4.2 billion"
        if (c.Kind == FigureKind.Share && (s.Is(next, "of") || s.Is(next, "in")))
            return $"{subject} share {s.Join(next, NounPhraseEnd(s, next + 1, at.ClauseEnd, times))}";
        // "$10 trillion market": the noun an amount sizes
        if (c.Unit.Class == UnitClass.Currency && s.IsLower(next) && !s.Has(next, WordClass.Preposition | WordClass.Stopword) && !Clauses.IsVerbLike(s, next))
            return $"{subject} {s.Join(next, NounPhraseEnd(s, next, at.ClauseEnd, times))}";
        var complement = Complement(s, next, at.ClauseEnd, figures, times);
        string tail = s.Join(s.Is(complement.Start, "of") ? complement.Start + 1 : complement.Start, complement.End);
        if (subject.Length == 0 && at.SubjectPosition) tail += " " + Predicate(s, next, at.ClauseEnd, figures, times);
        return $"{subject} {tail}";
    }

    // "raised its benchmark Selic rate by 50 basis points", "undercut Western costs by half": what the verb changed.
    private static (int First, int End)? ChangedObject(SentenceTokens s, Candidate c, Place at)
    {
        int by = c.TextFirst - 1;
        if (!s.Is(by, "by")) return null;
        for (int k = by - 1; k >= at.ClauseStart && s.IsWord(k); k--)
        {
            if (!s.Has(k, WordClass.ChangeUp | WordClass.ChangeDown)) continue;
            int first = k + 1;
            while (first < by && s.Has(first, WordClass.Determiner)) first++;
            return Clauses.ContentWords(s, first, by) > 0 ? (first, by) : null;
        }
        return null;
    }

    private static bool IsPronoun(SentenceTokens s, int first, int end)
    {
        for (int k = first; k < end; k++)
            if (!s.Has(k, WordClass.Pronoun | WordClass.Determiner)) return false;
        return true;
    }

    private static bool Overlaps((int First, int End) subject, Candidate c) => subject.End > c.TextFirst && subject.First <= c.TextLast;

    private static bool HasVerbBetween(SentenceTokens s, int from, int to)
    {
        for (int k = from; k < to; k++) if (Clauses.IsVerbLike(s, k)) return true;
        return false;
    }

    private static (int First, int End)? SentenceSubjectBefore(SentenceTokens s, int before) =>
        Clauses.SentenceSubject(s, before) is { } subj && subj.End <= before && !IsPronoun(s, subj.First, subj.End) ? subj : null;

    // "apps with 4.73 million", "resources of more than 30": the noun phrase that has the figure.
    private static (int First, int End)? Owner(SentenceTokens s, int textFirst)
    {
        int link = textFirst - 1;
        if (!(s.Is(link, "with") || s.Is(link, "of")) || !s.IsWord(link - 1) || s.Has(link - 1, WordClass.Stopword | WordClass.Determiner)
            || Clauses.IsVerbLike(s, link - 1)) return null;
        int first = link - 1;
        while (s.IsWord(first - 1) && !s.Has(first - 1, WordClass.Preposition | WordClass.Determiner | WordClass.Stopword) && !Clauses.IsVerbLike(s, first - 1))
            first--;
        return (first, link);
    }

    // Prepositional phrase, relative clause or adverb after a phrase, up to the clause end, another figure or a time expression.
    private static (int Start, int End) Complement(SentenceTokens s, int from, int clauseEnd, List<Candidate> figures, List<TimeExpression> times)
    {
        // "over 30 countries - from Russia to Germany - to join dialogues": step over a parenthetical between dashes.
        if (from == clauseEnd && IsDash(s, from) && ClosingDash(s, from) is var close && close > 0)
        {
            var after = Complement(s, close + 1, Clauses.End(s, close + 1), figures, times);
            return after.End > after.Start ? after : (from, from);
        }
        bool opens = s.Has(from, WordClass.Preposition) && !s.Is(from, "than") || s.Is(from, "that") || s.Is(from, "who") || s.Is(from, "which")
            || (s.IsLower(from) && s.Span(from).EndsWith("ly"));
        if (!opens) return (from, from);
        int k = from;
        while (k < clauseEnd && k - from < MaxComplementTokens && !StartsFigureOrTime(k, figures, times)
               && !(s.Has(k, WordClass.Conjunction) && (Clauses.IsVerbLike(s, k + 1) || s.IsDigits(k + 1))))
            k++;
        return (from, TrimEnd(s, from, k));
    }

    private static bool IsDash(SentenceTokens s, int k) =>
        (s.IsPunct(k, '-') && s[k].SpaceBefore) || s.IsPunct(k, '—') || s.IsPunct(k, '–');

    private static int ClosingDash(SentenceTokens s, int open)
    {
        for (int k = open + 1; k < s.End && k - open <= 8; k++)
            if (IsDash(s, k)) return k;
        return -1;
    }

    private static string Predicate(SentenceTokens s, int from, int clauseEnd, List<Candidate> figures, List<TimeExpression> times)
    {
        int k = from;
        while (k < clauseEnd && !Clauses.IsVerbLike(s, k)) k++;
        int start = k;
        while (k < clauseEnd && k - start < MaxPredicateTokens && !StartsFigureOrTime(k, figures, times)) k++;
        return s.Join(start, TrimEnd(s, start, k));
    }

    // "surge to 100 million": a compound's prepositional phrase when it names a number.
    private static int PrepositionalTail(SentenceTokens s, int from, int clauseEnd)
    {
        if (!s.Has(from, WordClass.Preposition)) return from;
        int k = from;
        bool counts = false;
        while (k < clauseEnd && k - from < MaxPredicateTokens && !Clauses.IsVerbLike(s, k)) counts |= s.IsDigits(k++);
        return counts ? TrimEnd(s, from, k) : from; // only a target such as "to 100 million" belongs to the compound
    }

    private static int NounPhraseEnd(SentenceTokens s, int from, int clauseEnd, List<TimeExpression> times)
    {
        int k = from;
        while (k < clauseEnd && k - from < MaxComplementTokens && !Clauses.IsVerbLike(s, k) && !StartsTime(k, times)) k++;
        return TrimEnd(s, from, k);
    }

    private static bool StartsFigureOrTime(int k, List<Candidate> figures, List<TimeExpression> times)
    {
        foreach (var g in figures) if (k >= g.TextFirst && k <= g.TextLast) return true;
        return StartsTime(k, times);
    }

    private static bool StartsTime(int k, List<TimeExpression> times)
    {
        foreach (var t in times) if (k >= t.First && k <= t.Last) return true;
        return false;
    }

    private static int TrimEnd(SentenceTokens s, int from, int end)
    {
        while (end > from && (!s.IsWord(end - 1) || s.Has(end - 1, WordClass.Preposition | WordClass.Determiner | WordClass.Conjunction | WordClass.ClauseWord)))
            end--;
        return end;
    }

    // China's first trillion-parameter AI model: back over possessives, ordinals and adjectives.
    private static int CompoundStart(SentenceTokens s, int numberFirst)
    {
        int k = numberFirst;
        while (s.IsWord(k - 1) && !s.Has(k - 1, WordClass.Preposition | WordClass.Determiner | WordClass.Stopword) && !Clauses.IsVerbLike(s, k - 1)) k--;
        return k;
    }

    private static int CompoundEnd(SentenceTokens s, int head)
    {
        int k = head + 1;
        while (s.IsWord(k) && !s.Has(k, WordClass.Preposition | WordClass.Determiner | WordClass.Stopword)
               && (!Clauses.IsVerbLike(s, k) || s.Has(k, WordClass.ChangeUp | WordClass.ChangeDown))) k++;
        return k;
    }

    private static string Clean(string metric)
    {
        var words = metric.Replace("*", "").Replace("\"", "").Split(' ', StringSplitOptions.RemoveEmptyEntries);
        int first = 0;
        while (first < words.Length && IsLeadingFiller(words[first])) first++;
        return string.Join(' ', words, first, words.Length - first);
    }

    private static bool IsLeadingFiller(string w) =>
        (Lexicon.Classify(w) & (WordClass.Determiner | WordClass.Conjunction | WordClass.ClauseWord)) != 0;
}
