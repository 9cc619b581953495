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
internal static partial class MetricReader
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
}
