namespace NewsFigures;

/// <summary>
/// Writes the metric of a figure: the noun phrase it measures, compact and readable alone. A count names its counted
/// noun phrase and what qualifies it ("regular universities that have registered ... programs"); a thin one
/// borrows its owner ("monthly users of fitness coaching apps"), the clause's subject ("pillars of China's AI strategy",
/// "model iterations from Alibaba and Baidu"), or says what the counted things do when the count is the subject ("people
/// without access to early warning information", "countries and regions that took part in ..."). An amount, percent or
/// multiple names the clause's subject ("China's intelligent computing power"), with the whole of a share ("share of its
/// GDP"), what a money verb makes of it ("China's investment to build a power grid"), what a multiple compares with
/// ("relative to the United States") or the noun an amount sizes ("market"). "which" and "a figure that" refer back to
/// the figure before; "the sector", "the region" and "This roadmap" to earlier sentences (see <see cref="Anaphora"/>).
/// </summary>
internal static class MetricReader
{
    private const int MaxComplementTokens = 14;
    private const int MaxPredicateTokens = 10;
    private const int MaxListItems = 8;
    private const int ThinPhrase = 3;

    /// <summary>Everything the rules below read about one figure.</summary>
    private readonly record struct Reading(SentenceTokens S, Candidate C, Place At, List<Candidate> Figures, List<TimeExpression> Times,
        Discourse Discourse, Referent? Referent);

    public static void Read(SentenceTokens s, List<Candidate> figures, int f, List<TimeExpression> times, Discourse discourse)
    {
        var c = figures[f];
        if (c.BorrowedUnit)
        {
            var source = figures[BareNumberUnit.BorrowedFrom(figures, f)];
            c.Metric = PossessorsTarget(s, c, source) ?? source.Metric;
            return;
        }
        var at = new Place(s, c);
        c.Subject = at.OwnSubject;
        if (c.Subject is null && !at.SubjectPosition)
            c.Subject = (f > 0 ? figures[f - 1].Subject : null) ?? SentenceSubjectBefore(s, c.TextFirst);
        string? referredTo = at.SubjectIsPronoun && f > 0 ? figures[f - 1].Metric : null;
        var referent = c.Subject is { } sj ? Anaphora.Resolve(s, sj, c.Unit.Unit, counts: c.Unit.HasNoun, discourse) : null;
        var x = new Reading(s, c, at, figures, times, discourse, referent);

        // "raised its rate by 50 basis points to 10.75%": the level reached is the level of what changed.
        // "down from 61 percent a year earlier": the base of a change, likewise.
        // "Exports rose 8 percent, while the trade surplus widened to $90 billion": a change in another clause is not it.
        bool reachedByChange = (s.Is(c.TextFirst - 1, "to") || s.Is(c.TextFirst - 1, "from")) && f > 0 && c.IsMeasure
            && (figures[f - 1].Kind == FigureKind.Change && figures[f - 1].TextFirst >= at.ClauseStart
                || s.Is(c.TextFirst - 2, "up") || s.Is(c.TextFirst - 2, "down"));
        c.Metric = reachedByChange ? figures[f - 1].Metric : Clean(c.Unit.Class == UnitClass.Compound ? CompoundMetric(x)
            : c.Unit.HasNoun ? CountMetric(x, referredTo)
            : referredTo is not null && c.IsMeasure ? referredTo
            : c.Kind == FigureKind.Change && at.OwnSubject is null && f > 0 ? figures[f - 1].Metric
            : AmountMetric(x));
        if (c.MetricFromSubject && c.Subject is { } named)
            c.SubjectName = referent is { Kind: not ReferentKind.Domain } r ? r.Text : Anaphora.NameOf(s, named);
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

    // "DeepSeek's seven-day surge to 100 million" counts days: "days of DeepSeek's surge to 100 million users".
    // "China's first trillion-parameter AI model": "parameters of China's first AI model". A measure names the thing sized.
    private static string CompoundMetric(Reading x)
    {
        var (s, c) = (x.S, x.C);
        int start = CompoundStart(s, c.TextFirst), end = PrepositionalTail(s, CompoundEnd(s, c.Unit.NounHead), x.At.ClauseEnd);
        // "a 500-megawatt plant" sizes the plant; "a 13-point roadmap" has 13 points
        if (c.Unit.Unit is null || c.Unit.Unit != "point" && UnitReader.IsMeasureUnit(s.Span(c.Unit.NounHead))) return s.Join(start, end);
        string before = s.Join(start, c.TextFirst), after = JoinWithBorrowedUnits(s, c.Unit.NounHead + 1, end, x.Figures);
        string thing = Joined(before, after);
        if (thing.Length == 0) return s.Join(start, end);
        // "... unveiled the Global AI Governance Action Plan. This 13-point roadmap calls for": the roadmap is the plan.
        string? named = start - 1 == s.First && s.Has(start - 1, WordClass.Determiner) ? Anaphora.NameEndingPrevious(x.Discourse) : null;
        string of = named ?? (before.Length == 0 && char.IsLower(thing[0]) ? "the " + thing : thing);
        return $"{Inflection.Plural(c.Unit.Unit)} of {of}";
    }

    // "surge to 100 million" after "250 million users": the bare number counts users too.
    private static string JoinWithBorrowedUnits(SentenceTokens s, int from, int end, List<Candidate> figures)
    {
        string joined = "";
        int at = from;
        for (int g = 0; g < figures.Count; g++)
        {
            var fig = figures[g];
            if (!fig.BorrowedUnit || fig.TextLast < from || fig.TextLast >= end) continue;
            var source = figures[BareNumberUnit.BorrowedFrom(figures, g)];
            if (!source.Unit.HasNoun) continue;
            joined = Joined(joined, s.Join(at, fig.TextLast + 1), s.Join(source.Unit.NounFirst, source.Unit.NounEnd));
            at = fig.TextLast + 1;
        }
        return Joined(joined, s.Join(at, end));
    }

    // "fueled by DeepSeek's seven-day surge to 100 million" after "250 million users": DeepSeek's users.
    private static string? PossessorsTarget(SentenceTokens s, Candidate c, Candidate source)
    {
        if (!s.Is(c.TextFirst - 1, "to") || !s.Has(c.TextFirst - 2, WordClass.ChangeUp | WordClass.ChangeDown) || !source.Unit.HasNoun) return null;
        for (int k = c.TextFirst - 3; k >= s.First && c.TextFirst - k <= 8; k--)
        {
            if (s.IsWord(k) && IsPossessive(s.Span(k)))
                return $"{s.Span(k)[..^2]} {s.Join(source.Unit.NounFirst, source.Unit.NounEnd)}";
            if (s.IsClauseBreak(k) || s.Has(k, WordClass.Preposition | WordClass.Determiner | WordClass.Auxiliary) || Clauses.IsVerbLike(s, k))
                return null;
        }
        return null;
    }

    private static string CountMetric(Reading x, string? referredTo)
    {
        var (s, c, at) = (x.S, x.C, x.At);
        // "from fitness coaching apps with 4.73 million monthly users to legal assistants": "to" ends the range, not the phrase.
        bool rangeEnd = s.Is(c.Unit.NounEnd, "to") && HasWord(s, at.ClauseStart, c.TextFirst, "from");
        var complement = c.Unit.NounFirst > c.TextLast && !rangeEnd ? Complement(x, c.Unit.NounEnd, at.ClauseEnd) : (Start: c.Unit.NounEnd, End: c.Unit.NounEnd);
        string noun = s.Join(c.Unit.NounFirst, c.Unit.NounEnd), qualifiers = JoinCompact(s, complement.Start, complement.End);
        string phrase = Joined(noun, qualifiers);
        if (x.Referent is { } referent)
        {
            c.MetricFromSubject = true;
            return referent.Kind == ReferentKind.Place ? $"{phrase} in {referent.Text}" : $"{referent.Text} {phrase}";
        }
        bool thin = Clauses.ContentWords(s, c.Unit.NounFirst, complement.End) < ThinPhrase;
        if (Owner(s, c.TextFirst) is { } owner)
        {
            string ownerText = s.Join(owner.First, owner.End);
            if (s.Is(owner.End, "with")) return Joined($"{noun} of {ownerText}", qualifiers); // "monthly users of fitness coaching apps"
            // "the backgrounds of more than 200 authors who ...": the count counts its own noun, the owner is what is said of it
            if (!thin) return phrase;
            return WhoseOwner(x, owner, phrase) ?? $"{ownerText} of {phrase}";
        }
        if ((ListPredicate(x) ?? AppositivePredicate(x)) is { } predicate) return Joined(phrase, predicate);
        // "Qwen has eclipsed Meta's Llama series, amassing over 400 million downloads": what the subject amassed.
        if (IsParticipleObject(s, c) && c.Subject is { } doer && !Overlaps(doer, c) && doer.First != c.Unit.NounFirst)
        {
            c.MetricFromSubject = true;
            return $"{LowerArticle(s, doer)} {phrase}";
        }
        if (!thin) return phrase;
        // "A total of 3,000 drones were deployed": "a total" is the count, not who has it.
        if (c.Subject is { } subj && !Overlaps(subj, c) && subj.First != c.Unit.NounFirst && !(s.Is(subj.End, "of") && IsAmountWord(s.Span(subj.End - 1))))
        {
            c.MetricFromSubject = true;
            return WithSubject(s, c, subj, noun, phrase);
        }
        if (referredTo is not null) return referredTo + " " + phrase;
        return at.SubjectPosition ? Joined(phrase, RelativePredicate(x, complement.End, at.ClauseEnd)) : phrase;
    }

    // ", amassing over 400 million downloads", "and spawning 140,000 models": the object of a participle that hangs off the clause before.
    private static bool IsParticipleObject(SentenceTokens s, Candidate c)
    {
        int verb = c.TextFirst - 1;
        return s.IsLower(verb) && s.Span(verb).EndsWith("ing") && Clauses.IsVerbLike(s, verb)
            && (s.IsPunct(verb - 1, ',') || s.Is(verb - 1, "and"));
    }

    // A thin count with its clause's subject: "around three pillars" of "China's AI strategy", "with 3,755 iterations
    // released" by "Models from Alibaba and Baidu" (model iterations from Alibaba and Baidu), "the sector ... users".
    private static string WithSubject(SentenceTokens s, Candidate c, (int First, int End) subj, string noun, string phrase)
    {
        string subject = LowerArticle(s, subj);
        int before = c.TextFirst - 1;
        // "over" and "around" before a number read as bounds, and "attracted over 3,200 projects" are the subject's own
        bool afterPreposition = s.Has(before, WordClass.Preposition) || s.Is(c.TextFirst, "within");
        if (afterPreposition && !s.Is(before, "to") && !s.Is(before, "from") && !s.Is(before, "with") && !s.Is(before, "of"))
            return $"{phrase} of {subject}";
        // "the FengYun satellites ... have provided services to more than 130 countries": countries that the FengYun
        // satellites have provided services to
        if (s.Is(before, "to") && VerbGroupBefore(s, subj, before) is { } verb) return $"{noun} that {subject} {verb}";
        int p = subj.First + 1;
        while (p < subj.End && !s.Has(p, WordClass.Preposition)) p++;
        if (p < subj.End && s.IsWord(p - 1) && Inflection.IsPlural(s.Span(p - 1)) && noun.IndexOf(' ') < 0)
            return $"{Joined(s.Join(subj.First, p - 1), Inflection.Singular(s.Span(p - 1)))} {phrase} {s.Join(p, subj.End)}";
        return $"{subject} {phrase}";
    }

    // "(the satellites ...,) and have provided services to": the verb group of the figure's clause, up to "to".
    private static string? VerbGroupBefore(SentenceTokens s, (int First, int End) subj, int to)
    {
        int start = Math.Max(subj.End, Clauses.Start(s, to));
        while (start < to && s.Has(start, WordClass.Conjunction)) start++;
        for (int k = start; k < to; k++)
            if (s.Has(k, WordClass.ChangeUp | WordClass.ChangeDown)) return null; // "plans to raise output to 12 million barrels": a level reached
        return to - start is >= 1 and <= 6 && HasVerbBetween(s, start, to) ? s.Join(start, to + 1) : null;
    }

    // "It has aggregated the data resources of more than 30 satellites": "satellites whose data resources the national
    // platform has aggregated" ("It" is the subject of the sentence before).
    private static string? WhoseOwner(Reading x, (int First, int End) owner, string phrase)
    {
        var (s, at) = (x.S, x.At);
        int verbEnd = owner.First;
        while (verbEnd > at.ClauseStart && s.Has(verbEnd - 1, WordClass.Determiner)) verbEnd--;
        if (Clauses.Subject(s, at.ClauseStart, verbEnd) is not { } subj || subj.End >= verbEnd || !HasVerbBetween(s, subj.End, verbEnd)) return null;
        string? who = !IsPronoun(s, subj.First, subj.End) ? LowerArticle(s, subj)
            : subj.First == s.First && s.Is(subj.First, "it") ? Anaphora.PreviousSubject(x.Discourse) : null;
        return who is null ? null : $"{phrase} whose {s.Join(owner.First, owner.End)} {who} {s.Join(subj.End, verbEnd)}";
    }

    private static string LowerArticle(SentenceTokens s, (int First, int End) span) =>
        s.Has(span.First, WordClass.Determiner) ? $"{s.Span(span.First).ToString().ToLowerInvariant()} {s.Join(span.First + 1, span.End)}" : s.Join(span.First, span.End);

    // "More than 30 technology transfer institutions, 120 universities ..., and over 2,000 enterprises participated in X":
    // every item of a listed subject does what the list does.
    private static string? ListPredicate(Reading x)
    {
        var (s, c, at) = (x.S, x.C, x.At);
        if (!s.IsPunct(at.ClauseEnd, ',') || at.ClauseStart != c.TextFirst || HasVerbBetween(s, at.ClauseStart, at.ClauseEnd)) return null;
        for (int start = at.ClauseEnd + 1, n = 0; start < s.End && n < MaxListItems; n++)
        {
            int first = s.Is(start, "and") || s.Is(start, "or") ? start + 1 : start;
            Candidate? item = null;
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
    private static string? AppositivePredicate(Reading x)
    {
        var (s, c, at) = (x.S, x.C, x.At);
        if (c.Unit.NounFirst >= c.TextFirst || !s.IsPunct(at.ClauseStart - 1, ',') || !s.IsPunct(at.ClauseEnd, ',')
            || Clauses.Start(s, c.Unit.NounFirst) != s.First || Clauses.End(s, c.Unit.NounFirst) != at.ClauseStart - 1) return null;
        int from = at.ClauseEnd + 1, end = Clauses.End(s, from);
        while (from < end && (s.Has(from, WordClass.NowWord) || Clauses.IsSentenceAdverb(s.Span(from)))) from++;
        return Clauses.IsVerbLike(s, from) ? RelativePredicate(x, from, end) : null;
    }

    private static string AmountMetric(Reading x)
    {
        var (s, c, at) = (x.S, x.C, x.At);
        string subject = x.Referent?.Text ?? (c.Subject is { } sb ? s.Join(sb.First, sb.End) : "");
        c.MetricFromSubject = subject.Length > 0;
        int next = c.TextLast + 1;
        if (c.Kind == FigureKind.Change) return ChangedObject(s, c, at) is { } changed ? $"{subject} {s.Join(changed.First, changed.End)}" : subject;
        if (Owner(s, c.TextFirst) is { } owner) return $"{subject} {s.Join(owner.First, owner.End)}"; // "revenue of HK$4.2 billion"
        if (c.Kind == FigureKind.Share && (s.Is(next, "of") || s.Is(next, "in")))
            return $"{subject} share {s.Join(next, NounPhraseEnd(s, next + 1, at.ClauseEnd, x.Times))}";
        // "will invest $56.4 billion to build a power grid": China's investment to build a power grid
        if (c.Unit.Class == UnitClass.Currency && MoneyVerbs.NounBefore(s, c.TextFirst, at.ClauseStart) is { } money)
        {
            int from = AfterParenthesis(s, next);
            var purpose = Complement(x, from, from == next ? at.ClauseEnd : Clauses.End(s, from));
            return Joined(Possessive(subject), money, s.Join(purpose.Start, purpose.End));
        }
        // "$10 trillion market": the noun an amount sizes
        if (c.Unit.Class == UnitClass.Currency && s.IsLower(next) && !s.Has(next, WordClass.Preposition | WordClass.Stopword) && !Clauses.IsVerbLike(s, next))
            return $"{subject} {s.Join(next, NounPhraseEnd(s, next, at.ClauseEnd, x.Times))}";
        // "2.5 times that of the United States": relative to the United States
        if (c.Unit.Class == UnitClass.Times && (s.Is(next, "that") || s.Is(next, "those")) && s.Is(next + 1, "of"))
            return $"{subject} relative to {s.Join(next + 2, NounPhraseEnd(s, next + 2, at.ClauseEnd, x.Times))}";
        // "the Global South, where 700 million lack digital access": people in the Global South who lack digital access
        if (c.Unit.Unit == "person" && subject.Length == 0 && at.SubjectPosition)
            return Joined("people", WherePlace(s, at.ClauseStart), RelativePredicate(x, next, at.ClauseEnd));
        var complement = Complement(x, next, at.ClauseEnd);
        string tail = s.Join(s.Is(complement.Start, "of") ? complement.Start + 1 : complement.Start, complement.End);
        if (subject.Length == 0 && at.SubjectPosition) tail += " " + Predicate(x, next, at.ClauseEnd);
        return $"{subject} {tail}";
    }

    private static string Possessive(string owner) =>
        owner.Length == 0 || IsPossessive(owner) ? owner : owner.EndsWith('s') && char.IsLower(owner[^2]) ? owner + "'" : owner + "'s";

    private static bool IsPossessive(ReadOnlySpan<char> w) => w.Length > 2 && (w.EndsWith("'s") || w.EndsWith("’s"));

    // "650 billion yuan ($89.5 billion) on the network": what follows a converted amount in brackets.
    private static int AfterParenthesis(SentenceTokens s, int k)
    {
        if (!s.IsPunct(k, '(')) return k;
        for (int j = k + 1; j < s.End && j - k <= 8; j++)
            if (s.IsPunct(j, ')')) return j + 1;
        return k;
    }

    // ", where": the place named right before the comma ("the Global South").
    private static string WherePlace(SentenceTokens s, int clauseStart)
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

    private static bool HasWord(SentenceTokens s, int from, int to, string word)
    {
        for (int k = from; k < to; k++) if (s.Is(k, word)) return true;
        return false;
    }

    private static (int First, int End)? SentenceSubjectBefore(SentenceTokens s, int before) =>
        Clauses.SentenceSubject(s, before) is { } subj && subj.End <= before && !IsPronoun(s, subj.First, subj.End) ? subj : null;

    // "apps with 4.73 million", "resources of more than 30": the noun phrase that has the figure.
    private static (int First, int End)? Owner(SentenceTokens s, int textFirst)
    {
        int link = textFirst - 1;
        if (!(s.Is(link, "with") || s.Is(link, "of")) || !s.IsWord(link - 1) || s.Has(link - 1, WordClass.Stopword | WordClass.Determiner)
            || Clauses.IsVerbLike(s, link - 1) || IsAmountWord(s.Span(link - 1))) return null;
        int first = link - 1;
        while (true)
        {
            if (IsInnerHyphen(s, first - 1)) first -= 2; // "ride-hailing apps"
            else if (s.IsWord(first - 1) && !s.Has(first - 1, WordClass.Preposition | WordClass.Determiner | WordClass.Stopword)
                     && !Clauses.IsVerbLike(s, first - 1)) first--;
            else break;
        }
        return (first, link);
    }

    // Prepositional phrase, relative clause or adverb after a phrase, up to the clause end, another figure or a time
    // expression; a prepositional phrase also ends where a verb group starts ("... security were issued").
    private static (int Start, int End) Complement(Reading x, int from, int clauseEnd)
    {
        var s = x.S;
        // "over 30 countries - from Russia to Germany - to join dialogues": step over a parenthetical between dashes.
        if (from == clauseEnd && IsDash(s, from) && ClosingDash(s, from) is var close && close > 0)
        {
            var after = Complement(x, close + 1, Clauses.End(s, close + 1));
            return after.End > after.Start ? after : (from, from);
        }
        bool opens = s.Has(from, WordClass.Preposition) && !s.Is(from, "than") || IsRelativeWord(s, from)
            || (s.IsLower(from) && s.Span(from).EndsWith("ly"));
        if (!opens) return (from, from);
        while (clauseEnd < s.End && Clauses.IsListComma(s, clauseEnd)) clauseEnd = Clauses.End(s, clauseEnd + 1); // "concerning A, B and C"
        int k = from;
        bool relative = false;
        while (k < clauseEnd && k - from < MaxComplementTokens && !StartsFigureOrTime(k, x.Figures, x.Times)
               && !(s.Has(k, WordClass.Conjunction) && (Clauses.IsVerbLike(s, k + 1) || s.IsDigits(k + 1)))
               && !(s.Has(k, WordClass.Auxiliary) && !relative))
            relative |= IsRelativeWord(s, k++);
        return (from, TrimEnd(s, from, WithoutBareRelative(s, from, k)));
    }

    // "reactors that were built [before 1990]": a relative clause cut down to its verbs says nothing; leave it out.
    private static int WithoutBareRelative(SentenceTokens s, int from, int end)
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
    private static bool IsAmountWord(ReadOnlySpan<char> w) =>
        w is "total" or "number" or "sum" or "average" or "maximum" or "minimum" or "peak" or "tally";

    private static bool IsInnerHyphen(SentenceTokens s, int k) => s.IsPunct(k, '-') && s.Touches(k) && s.Touches(k + 1) && s.IsWord(k - 1);

    private static bool IsRelativeWord(SentenceTokens s, int k) => s.Is(k, "that") || s.Is(k, "who") || s.Is(k, "which");

    private static bool IsDash(SentenceTokens s, int k) =>
        (s.IsPunct(k, '-') && s[k].SpaceBefore) || s.IsPunct(k, '—') || s.IsPunct(k, '–');

    private static int ClosingDash(SentenceTokens s, int open)
    {
        for (int k = open + 1; k < s.End && k - open <= 8; k++)
            if (IsDash(s, k)) return k;
        return -1;
    }

    private static string Predicate(Reading x, int from, int clauseEnd)
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
    private static string RelativePredicate(Reading x, int from, int end)
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

    private static bool IsAdjunctStart(ReadOnlySpan<char> w) =>
        w is "due" or "because" or "thanks" or "owing" or "amid" or "amidst" or "despite" or "through" or "via" or "such" or "while"
            or "whereas" or "although" or "though";

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

    // Trailing prepositions, articles, conjunctions, relative words and sentence adverbs ("in food and beverage alone").
    private static int TrimEnd(SentenceTokens s, int from, int end)
    {
        while (end > from && (!s.IsWord(end - 1) || s.Has(end - 1, WordClass.Preposition | WordClass.Determiner | WordClass.Conjunction | WordClass.ClauseWord)
                              || Clauses.IsSentenceAdverb(s.Span(end - 1))))
            end--;
        return end;
    }

    // "across the country that have successfully registered ... programs": a scope as wide as the country or the world, and
    // an adverb right before a verb, add nothing to what is counted.
    private static string JoinCompact(SentenceTokens s, int from, int end)
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
    private static int WideScopeLength(SentenceTokens s, int k)
    {
        if (s.Is(k, "nationwide") || s.Is(k, "worldwide") || s.Is(k, "globally")) return 1;
        bool opens = s.Is(k, "across") || s.Is(k, "around") || s.Is(k, "throughout");
        return opens && s.Is(k + 1, "the") && (s.Is(k + 2, "country") || s.Is(k + 2, "world") || s.Is(k + 2, "globe") || s.Is(k + 2, "nation")) ? 3 : 0;
    }

    private static bool IsParticiple(SentenceTokens s, int k) =>
        s.IsLower(k) && s.Span(k).Length > 4 && (s.Span(k).EndsWith("ed") || s.Span(k).EndsWith("ing"));

    // China's first trillion-parameter AI model: back over possessives, ordinals and adjectives.
    private static int CompoundStart(SentenceTokens s, int numberFirst)
    {
        int k = numberFirst;
        while (s.IsWord(k - 1) && !s.Has(k - 1, WordClass.Preposition | WordClass.Determiner | WordClass.Stopword) && !Clauses.IsVerbLike(s, k - 1)) k--;
        return k;
    }

    // "seven-day surge", "20-point plan": the word right after a compound is its noun, whatever else it could be.
    private static int CompoundEnd(SentenceTokens s, int head)
    {
        int k = head + 1;
        if (s.IsWord(k) && !s.Has(k, WordClass.Preposition | WordClass.Determiner | WordClass.Stopword | WordClass.Auxiliary)) k++;
        while (s.IsWord(k) && !s.Has(k, WordClass.Preposition | WordClass.Determiner | WordClass.Stopword)
               && (!Clauses.IsVerbLike(s, k) || s.Has(k, WordClass.ChangeUp | WordClass.ChangeDown))) k++;
        return k;
    }

    private static string Joined(string a, string b) => a.Length == 0 ? b : b.Length == 0 ? a : a + " " + b;

    private static string Joined(string a, string b, string c) => Joined(Joined(a, b), c);

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
