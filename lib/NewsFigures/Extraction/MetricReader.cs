namespace NewsFigures;

/// <summary>
/// What the metric rules (Rules/Metric, in the order of <see cref="ExtractionPipeline.Default"/>) read of a sentence: where a
/// figure stands in its clause, its subject, owner and complement, and the phrases built from them. A count names its
/// counted noun phrase and what qualifies it; an amount, percent or multiple names its clause's subject with what the
/// sentence says of it. "which" and "a figure that" refer back to the figure before; "the sector", "the region" and
/// "This roadmap" to earlier sentences (see <see cref="Anaphora"/>).
/// </summary>
internal static partial class MetricReader
{
    internal const int MaxComplementTokens = 14;
    internal const int MaxPredicateTokens = 10;
    internal const int MaxListItems = 8;
    internal const int ThinPhrase = 3;

    /// <summary>The subject a figure's metric may name: its clause's own, else (when the figure does not open its clause) the
    /// one of the figure before or of the sentence. A borrowed unit names its source's metric and has none.</summary>
    internal static (int First, int End)? SubjectOf(SentenceTokens s, List<FigureDraft> figures, int f, Place at)
    {
        var c = figures[f];
        if (c.BorrowedUnit) return null;
        // ("up one per cent compared to its southern rival's 0.8 per cent": the unit of the figure before is no subject, though
        // the noun a count counts is: "137 sugar mills, which are in operation, produced")
        bool ownIsFigure = at.OwnSubject is { } own
            && figures.Any(g => g.Unit.Class != UnitClass.Counted && g.Covers(own));
        if ((at.OwnSubject is not null || at.SubjectPosition) && !ownIsFigure) return at.OwnSubject;
        return (f > 0 ? figures[f - 1].Subject : null) ?? SentenceSubjectBefore(s, c.TextFirst);
    }

    /// <summary>Where a figure stands in its clause.</summary>
    internal readonly struct Place
    {
        public readonly int ClauseStart, ClauseEnd;
        public readonly (int First, int End)? OwnSubject;
        public readonly bool SubjectIsPronoun;
        /// <summary>"700 million lack digital access": the figure opens its clause and a verb follows
        /// ("with 3,755 iterations released" does not open it).</summary>
        public readonly bool SubjectPosition;
        /// <summary>The name that owns a nearer subject ("Merck" of "Merck expects operating profit to rise 20%"), or "".</summary>
        public readonly string SubjectOwner;
        /// <summary>The clause's own subject when a nearer noun phrase took its place ("Merck" of "Merck expects operating
        /// profit to rise"), else null.</summary>
        public readonly (int First, int End)? MainSubject;
        /// <summary>The sentence opens with "This", "That" or "The figure": it speaks of the metric before.</summary>
        public readonly bool RefersBack;

        public Place(SentenceTokens s, FigureDraft c, (int Start, int End) clause)
        {
            (ClauseStart, ClauseEnd) = clause;
            int from = WithAbsoluteStart(s, CoordinatedClauseStart(s, ReportedClauseStart(s, ClauseStart, c.TextFirst), c.TextFirst), c.TextFirst);
            var subject = Clauses.Subject(s, from, c.TextFirst);
            SubjectOwner = "";
            if (subject is { } main && NearerChangedSubject(s, main, c.TextFirst) is { } nearer)
            {
                SubjectOwner = Anaphora.NameOf(s, main) is { } name && name == s.Join(main.First, main.End) ? name : "";
                MainSubject = main;
                subject = nearer;
            }
            if (subject is { } counted) subject = CountedSubject(s, counted, c.TextFirst);
            // "Bharti Airtel, the operator, on Monday reported a 22% increase": the day of saying after an aside is no subject
            if (subject is { } day && Months.IsDayOfSaying(s, day)) subject = null;
            // ", a slight fall of 4 per cent": a change that describes the figure before has no subject of its own
            // (", a slowdown from 8.2%": so does a change of pace)
            if (subject is { } change && (s.Is(change.First, "a") || s.Is(change.First, "an"))
                && (s.Has(change.End - 1, WordClass.ChangeUp | WordClass.ChangeDown) || KindCues.IsChangeOfPace(s, change.End - 1)))
                subject = null;
            // ("On a year-over-year basis, this marked a 15 percent increase": past what a change is measured against)
            int pointer = from == s.First && Clauses.PeriodOverPeriodEnd(s, from) is var basisEnd && basisEnd > from && s.IsPunct(basisEnd, ',') ? basisEnd + 1 : from;
            if (subject is null && (pointer == s.First || AfterOpeningTime(s, pointer)) && ((s.Is(pointer, "this") || s.Is(pointer, "that"))
                && (s.Has(pointer + 1, WordClass.Auxiliary) || Clauses.IsVerbAfterThis(s, pointer + 1)) || Clauses.IsThatIs(s, pointer)))
                subject = (pointer, pointer + 1);
            // "This is down from ...", "That's an increase of ...", "The equivalent figure for May was ...": a sentence that
            // opens by pointing back
            SubjectIsPronoun = subject is { } sj && (IsPronoun(s, sj.First, sj.End) || IsFigureNoun(s, sj) || sj.End == sj.First + 1 && Clauses.IsThatIs(s, sj.First));
            RefersBack = SubjectIsPronoun && (subject!.Value.First == s.First && !s.Is(s.First, "it") && !s.Is(s.First, "they")
                                              || AfterOpeningTime(s, subject.Value.First)
                                                  && (!s.Has(subject.Value.First, WordClass.Pronoun)
                                                      || subject.Value.End == subject.Value.First + 1 && (s.Is(subject.Value.First, "this") || s.Is(subject.Value.First, "that"))));
            OwnSubject = SubjectIsPronoun ? null : subject;
            // "The equivalent figure for May, a quiet month, was 2.17 million": a clause without a subject of its own, in a
            // sentence that opens by pointing back
            if (subject is null && !s.Has(from, WordClass.Preposition) && Clauses.SentenceSubject(s, c.TextFirst) is { } opening && opening.First == s.First
                && opening.End <= c.TextFirst && (IsPronoun(s, opening.First, opening.End) || IsFigureNoun(s, opening)
                    || opening.End == opening.First + 1 && Clauses.IsThatIs(s, opening.First)) && !s.Is(s.First, "it") && !s.Is(s.First, "they"))
                SubjectIsPronoun = RefersBack = true;
            SubjectPosition = !HasVerbBetween(s, from, c.TextFirst) && HasVerbBetween(s, c.TextLast + 1, ClauseEnd)
                && !(s.Has(from, WordClass.Preposition) && from < c.TextFirst);
        }
    }

    // "In the previous month, the figure was 94.3%": a phrase of time in front, up to its comma, leaves the subject first
    private static bool AfterOpeningTime(SentenceTokens s, int subjectFirst)
    {
        // ("On a year-over-year basis, this marked a 15 percent increase": what a change is measured against opens it as a time does)
        if (s.IsPunct(subjectFirst - 1, ',') && Clauses.PeriodOverPeriodEnd(s, s.First) == subjectFirst - 1 && subjectFirst - 1 > s.First) return true;
        if (!s.IsPunct(subjectFirst - 1, ',') || !s.Has(s.First, WordClass.Preposition) || subjectFirst - 1 - s.First > 5) return false;
        bool time = false;
        for (int k = s.First + 1; k < subjectFirst - 1; k++)
        {
            if (!s.IsWord(k) && !Clauses.IsYear(s, k) || Clauses.IsVerbLike(s, k)) return false;
            time |= s.Has(k, WordClass.TimeUnit | WordClass.Month) || Clauses.IsYear(s, k);
        }
        return time;
    }

    // "The figure", "The equivalent figure": a noun that stands for a figure already given.
    private static bool IsFigureNoun(SentenceTokens s, (int First, int End) subject) =>
        subject.End - subject.First <= 2 && s.Has(subject.First, WordClass.Determiner) && (s.Is(subject.End, "figure") || s.Is(subject.End, "figures"));

    // "New figures show the number of people ... has risen", "The report found that nearly 192,000 patients were waiting":
    // a clause reported by a verb of showing or saying has its own subject, after the verb or its "that".
    internal static int ReportedClauseStart(SentenceTokens s, int clauseStart, int figure)
    {
        for (int k = figure - 2; k >= clauseStart && k > s.First; k--)
        {
            // ("data that shows the volume of retail sales dropped": "that" after a source noun is a relative, no determiner)
            if (!s.IsLower(k) || s.Has(k - 1, WordClass.Determiner) && !IsRelativeAfterSource(s, k - 1)) continue;
            if ((IsReportingVerbBeforeThat(s.Span(k)) || IsBeliefAfterBe(s, k)) && s.Is(k + 1, "that") && k + 1 < figure) return k + 2;
            if (!IsReportingVerb(s.Span(k))) continue;
            // "said in its annual status report that": a short prepositional phrase may stand before "that"
            for (int j = k + 1; j < figure && j - k <= 9; j++)
            {
                // "reported revenue that beat forecasts": a noun right after the verb is its object, and "that" a relative
                // "announced today that", "said Friday that": a time word may stand there too
                if (s.Is(j, "that") && (j == k + 1 || s.Has(k + 1, WordClass.Preposition) || j == k + 2 && (s.Has(k + 1, WordClass.NowWord) || Months.IsWeekday(s, k + 1)))) return j + 1;
                if (s.IsClauseBreak(j) || Clauses.IsVerbLike(s, j) || s.IsDigits(j)) break;
            }
            // "new figures show the number of people ... has risen", "analysts said the company will cut": without "that",
            // only when a verb of its own follows
            bool showing = s.Span(k) is "show" or "shows" or "showed" or "shown" or "showing" or "suggest" or "suggests" or "suggested" or "indicate" or "indicates"
                or "means" or "meant";
            // "reported global steel output ticked up 0.6%": a saying verb's clause may show itself by a verb of its own too
            // "said Wednesday it made a profit", "said on Wednesday the average price ...": the day the verb gives is not the
            // clause's subject
            int subject = s.Has(k + 1, WordClass.NowWord) ? k + 2 : Months.AfterDayOfSaying(s, k + 1);
            if (s.Has(subject, WordClass.Preposition) || Clauses.IsVerbLike(s, subject)) continue;
            // "said the average house now costs £177,474": a verb of money before the figure is the clause's own too
            if (HasVerbBetween(s, subject + 1, figure) || !showing && AuxiliaryWithin(s, subject + 1, figure, 5) || IsVerbFigure(s, figure) && figure > subject + 1
                || MoneyVerbs.NounBefore(s, figure, subject + 1) is not null) return subject;
        }
        return clauseStart;
    }

    private static bool IsRelativeAfterSource(SentenceTokens s, int k) =>
        (s.Is(k, "that") || s.Is(k, "which")) && DataShowedAttribution.IsSourceNoun(s, k - 1);

    // "said its net income more than tripled": a figure that is itself the verb ("doubled", "more than tripled")
    private static bool IsVerbFigure(SentenceTokens s, int figure)
    {
        for (int k = figure; k < s.End && k - figure <= 2; k++)
            if (s.Has(k, WordClass.Multiplier)) return s.Span(k).EndsWith("ed");
            else if (!s.IsLower(k) || s.Has(k, WordClass.Determiner)) return false;
        return false;
    }

    // "Rural lending rose 12.7 percent and business lending gained 9.4 percent": after a clause with a verb of its own, "and",
    // "but" or "while" followed by a noun phrase and its verb opens a clause with its own subject.
    internal static int CoordinatedClauseStart(SentenceTokens s, int clauseStart, int figure)
    {
        for (int k = figure - 2; k > clauseStart; k--)
        {
            // "Permits slipped 0.4 percent as approvals for multi-family homes tumbled 7.2 percent": "as" of a cause too
            if (!(s.Is(k, "and") || s.Is(k, "but") || s.Is(k, "while") || s.Is(k, "whereas") || IsCausalAs(s, k)) || !HasClauseVerbBetween(s, clauseStart, k)) continue;
            if (s.Is(k, "and") && AfterBetween(s, k)) continue; // "recorded between April and July was 52,309"
            if (Clauses.IsVerbLike(s, k + 1) || s.Has(k + 1, WordClass.Preposition)) return clauseStart;
            // "in manufacturing, finance, and education reaching 1,500": a list's last item and a participle open no clause
            if (Clauses.IsListComma(s, k - 1)) return clauseStart;
            // "by Brazil, Russia, India, China and South Africa grew": the "and" of a list of names
            if (Clauses.IsListComma(s, k - 2) || Clauses.IsListComma(s, k - 3)) return clauseStart;
            // "recorded by police in England and Wales was": two names a preposition governs, in a clause with no figure before
            // them ("rose 5% in London and Paris fell 3%" has one)
            if (JoinsNamesAfterPreposition(s, k) && !KindCues.HasNumberBetween(s, clauseStart, k)) return clauseStart;
            // ("while investments in securities also grew": an adverb may stand before the verb)
            if (Clauses.Subject(s, k + 1, figure) is not { } subject) return clauseStart;
            // ("as waiting list tops 5m": the verb that bounds the figure opens its text)
            if (subject.End == figure && s.IsLower(figure) && QualifierReader.IsBoundingVerb(s.Span(figure))) return k + 1;
            return subject.End < figure && !s.Span(subject.End).EndsWith("ing")
                && (IsVerbOrAuxiliary(s, subject.End) || IsAdverbBeforeVerb(s, subject.End) && IsVerbOrAuxiliary(s, subject.End + 1))
                ? k + 1 : clauseStart;
        }
        return clauseStart;
    }

    private static bool IsVerbOrAuxiliary(SentenceTokens s, int k) => Clauses.IsVerbLike(s, k) || s.Has(k, WordClass.Auxiliary);

    private static bool IsAdverbBeforeVerb(SentenceTokens s, int k) => Clauses.IsFloatingAdverb(s, k) || IsAdverb(s, k);

    // A verb between, where "Consumer spending on hardware and accessories reached": an -ing word after the noun that opens
    // the clause, before a preposition, is a noun ("spending", "lending")
    private static bool HasClauseVerbBetween(SentenceTokens s, int from, int to)
    {
        for (int k = from; k < to; k++)
            if (Clauses.IsVerbLike(s, k) && !(k == from + 1 && s.Span(k).EndsWith("ing") && s.Has(k + 1, WordClass.Preposition) && s.IsWord(from)
                                               && !s.Has(from, WordClass.Determiner | WordClass.Preposition | WordClass.Pronoun | WordClass.Auxiliary)))
                return true;
        return false;
    }

    private static bool JoinsNamesAfterPreposition(SentenceTokens s, int and)
    {
        if (!s.Is(and, "and") || !s.IsCapitalized(and - 1) || !s.IsCapitalized(and + 1)) return false;
        int k = and - 1;
        while (k > s.First && and - k <= 4 && s.IsCapitalized(k)) k--;
        return s.IsLower(k) && s.Has(k, WordClass.Preposition);
    }

    // a lower-case "as" that is no part of "as much as", "such as", "as well as" or "so as"
    private static bool IsCausalAs(SentenceTokens s, int k) =>
        s.Is(k, "as") && s.IsLower(k) && !s.Is(k - 1, "such") && !s.Is(k - 1, "much") && !s.Is(k - 1, "many") && !s.Is(k - 1, "well")
        && !s.Is(k - 1, "so") && !s.Is(k + 1, "well") && !s.Is(k + 1, "much") && !s.Is(k + 1, "many") && !s.Is(k + 1, "a") && !s.Is(k + 1, "part");

    // "visitors were down 17.5 percent to 15,523 with arrivals from Saudi Arabia down 22.7 percent": a "with" after an
    // earlier figure, whose noun phrase is up or down by this figure, opens a clause of its own
    private static int WithAbsoluteStart(SentenceTokens s, int clauseStart, int figure)
    {
        // "... down 22.7 percent to 5,145": the level that change reached stands in the same clause
        int predicate = figure - 1;
        if (s.Is(predicate, "to"))
            for (predicate--; predicate > clauseStart && (s.IsDigits(predicate) || s.IsPunct(predicate, '%') || s.Is(predicate, "percent")
                                                           || s.Is(predicate, "per") || s.Is(predicate, "cent")); predicate--) { }
        if (!(s.Is(predicate, "up") || s.Is(predicate, "down"))) return clauseStart;
        for (int k = predicate - 1; k > clauseStart + 1 && predicate - k <= 8; k--)
        {
            if (s.IsClauseBreak(k) || Clauses.IsVerbLike(s, k) || s.Has(k, WordClass.Auxiliary)) return clauseStart;
            if (s.Is(k, "with") && s.IsLower(k)) return s.IsDigits(k - 1) || s.IsPunct(k - 1, '%') || s.IsWord(k - 1) && UnitReader.IsMeasureUnit(s.Span(k - 1)) ? k : clauseStart;
        }
        return clauseStart;
    }

    // "between April and July": the "and" of a "between", a word or two after it
    private static bool AfterBetween(SentenceTokens s, int and)
    {
        for (int k = and - 1; k >= s.First && and - k <= 3 && s.IsWord(k); k--)
            if (s.Is(k, "between")) return true;
        return false;
    }

    // "said the company will cut": a saying verb's clause without "that" shows itself by an auxiliary after its subject
    private static bool AuxiliaryWithin(SentenceTokens s, int from, int to, int max)
    {
        for (int k = from; k < to && k - from < max; k++)
        {
            if (s.Has(k, WordClass.Auxiliary)) return true;
            if (s.IsClauseBreak(k) || s.Has(k, WordClass.Preposition)) return false;
        }
        return false;
    }

    // "It was gathered that Nigeria's oil production ...", "Naija News understands that oil prices have stayed": verbs that
    // report a clause only with their "that" ("added a confirmed $15.1m" is no saying)
    private static bool IsReportingVerbBeforeThat(ReadOnlySpan<char> w) =>
        w is "observed" or "observes" or "gathered" or "learnt" or "learned" or "understands" or "understood"
            or "explained" or "explains" or "added" or "adds" or "highlighted" or "highlights";

    // "He was confident that the sales volume could reach ...", "Officials are optimistic that": an adjective of belief after a
    // form of "be" reports its clause the same way ("making sure that" does not)
    private static bool IsBeliefAfterBe(SentenceTokens s, int k) =>
        s.Span(k) is "confident" or "hopeful" or "optimistic" or "convinced" or "sure" or "certain"
        && (s.Has(k - 1, WordClass.Auxiliary) || IsAdverb(s, k - 1) && s.Has(k - 2, WordClass.Auxiliary));

    private static bool IsReportingVerb(ReadOnlySpan<char> w) =>
        w is "show" or "shows" or "showed" or "shown" or "showing" or "found" or "finds" or "said" or "says" or "say" or "reported" or "reports"
            or "noted" or "notes" or "revealed" or "reveals" or "reveal" or "indicated" or "indicates" or "indicate" or "suggest" or "suggests" or "suggested"
            or "stated" or "states" or "announced" or "announces" or "estimated" or "estimates" or "believes" or "believed" or "means" or "meant"
            or "forecast" or "forecasts" or "predicted" or "predicts" or "warned" or "warns" or "warn" or "claimed" or "claims" or "claim" or "recommends" or "recommended"
            or "insist" or "insists" or "insisted" or "argue" or "argues" or "argued" or "admit" or "admits" or "admitted"
            or "calculated" or "calculates" or "confirmed" or "confirms" or "concluded" or "concludes" or "expects" or "expect"
            or "anticipated" or "anticipates" or "anticipate" or "disclosed" or "discloses"
            // ", reporting that in 2012 the number of violent crimes ... rose": a participle of saying opens its clause too (not
            // "saying it expected organic sales growth of 7-9%", whose "it" the sentence's subject names better as a whole)
            or "reporting" or "noting" or "adding" or "revealing" or "indicating" or "stating" or "warning";

    // "Revenues rose 5.6% after the airline saw passenger numbers rise 6.2%", "expectations for operating profit to rise
    // 20%": the noun phrase right before the change verb that governs the figure, past the clause's subject, is what changed.
    internal static (int First, int End)? NearerChangedSubject(SentenceTokens s, (int First, int End) subject, int figure)
    {
        int v = figure - 1;
        while (v > subject.End && figure - v <= 8 && !s.IsClauseBreak(v) && !Clauses.IsVerbLike(s, v) && !IsReachingAfterTo(s, v)) v--;
        // "Conab expects production to reach 92.3 million mt": the infinitive's subject reaches the figure
        bool reaching = v > subject.End && IsReachingAfterTo(s, v);
        if (v <= subject.End || !reaching && (!s.Has(v, WordClass.ChangeUp | WordClass.ChangeDown) || !Clauses.IsVerbLike(s, v))) return null;
        int end = s.Is(v - 1, "to") ? v - 1 : v, first = end;
        // a verb, not a noun such as "a generation loss of": after "to", a past form, or a bare form after a plural
        var verb = s.Span(v);
        bool past = verb.EndsWith("ed") || verb is "rose" or "fell" or "grew" or "shrank" or "slid" or "risen" or "fallen" or "grown";
        bool bare = verb is "rise" or "fall" or "increase" or "grow" or "jump" or "climb" or "drop" or "decline" or "surge" or "slide";
        while (first > subject.End && s.IsWord(first - 1) && !Clauses.IsVerbLike(s, first - 1)
               && !s.Has(first - 1, WordClass.Preposition | WordClass.Determiner | WordClass.Stopword | WordClass.Conjunction | WordClass.ClauseWord | WordClass.Pronoun
                   | WordClass.NowWord) // "has now increased": an adverb, no noun phrase
               && !Clauses.IsFloatingAdverb(s, first - 1)) // "has meanwhile fallen"
            first--;
        // the noun phrase follows a verb or a preposition of the clause, not the subject itself
        if (first == end || first <= subject.End
            || !(Clauses.IsVerbLike(s, first - 1) || s.Has(first - 1, WordClass.Preposition | WordClass.Determiner | WordClass.ClauseWord))) return null;
        // "Nigeria saw its crude production decline by 46%", "saw revenue rise": after a verb of seeing, the bare or -ing verb
        // is the noun phrase's own whatever its number (not a noun: "saw a modest increase of", "saw the steepest decline at")
        bool seen = (IsSeeing(s, first - 1) || s.Has(first - 1, WordClass.Determiner) && !s.Is(first - 1, "a") && !s.Is(first - 1, "an") && IsSeeing(s, first - 2))
            && !s.Is(v + 1, "of") && !s.Is(v + 1, "at") && !(s.Is(first - 1, "the") && end == first + 1 && s.Span(first).EndsWith("est"));
        if (end == v && !past && !((bare || seen && verb.EndsWith("ing")) && (s.Span(v - 1).EndsWith("s") || seen))) return null;
        // "the proportion of people donating ... in a typical month decreased": a phrase after a preposition with a finite verb
        // is the subject's own tail; only "for operating profit to rise" makes it the subject of the change
        if (end == v && (s.Has(first - 1, WordClass.Preposition) || s.Has(first - 1, WordClass.Determiner) && s.Has(first - 2, WordClass.Preposition)))
            return null;
        // "Registrations are forecast by ACEA to decrease by 25%": the agent of a passive before the infinitive is who forecasts
        if ((s.Is(first - 1, "by") || s.Has(first - 1, WordClass.Determiner) && s.Is(first - 2, "by")) && end < v) return null;
        // "resumed its growth to reach 849 million TEUs": only one who expects or forecasts names what reaches it, or a target
        // "for" it ("sets a target for China's total computing power to reach 300 EFLOPS")
        if (reaching && !s.Has(first - 1, WordClass.ForecastCue) && !(s.Span(first - 1) is "sees" or "see" or "saw" or "wants" or "want" or "for")) return null;
        // "production in August this year decreased": a time ("this year") is no subject, nor is a month ("profit for the six
        // months to September to grow")
        if (end == first + 1 && (s.Has(first, WordClass.TimeUnit) || Months.NumberOf(s, first) > 0)) return null;
        // "The 19 charities which agreed to share their fundraising totals collectively raised £63.5m": a phrase inside a
        // relative clause right after the subject is that clause's, and the subject's verb comes after it
        if (s.Is(subject.End, "which") || s.Is(subject.End, "who") || s.Is(subject.End, "that") && !s.Has(subject.End - 1, WordClass.AttributionVerb)) return null;
        return Clauses.ContentWords(s, first, end) > 0 ? (first, end) : null;
    }

    private static bool IsSeeing(SentenceTokens s, int k) =>
        s.IsLower(k) && s.Span(k) is "saw" or "see" or "sees" or "seen" or "seeing";

    private static bool IsReachingAfterTo(SentenceTokens s, int v) =>
        s.Is(v - 1, "to") && s.IsLower(v) && s.Span(v) is "reach" or "hit" or "total" or "top" or "exceed" or "surpass";

    // "the number of people in England waiting to start NHS hospital treatment has risen above five million": a subject
    // that counts runs on to the verb group before the figure.
    internal static (int First, int End) CountedSubject(SentenceTokens s, (int First, int End) subject, int figure)
    {
        int k = subject.First;
        if (s.Has(k, WordClass.Determiner)) k++;
        if (!(s.Is(k, "number") || s.Is(k, "amount")) || !s.Is(k + 1, "of")) return subject;
        int group = figure - 1;
        // "the number of iPads sold declined 9% to 13.2 million": after a percent change, the verb group is that change's
        if (IsPercentBefore(s, figure - 2) && s.Is(figure - 1, "to")) return subject;
        // "fell a more modest 6 percent": the figure's article and adjectives stand outside the verb group
        if (Clauses.FigureArticle(s, figure) is var article && article > subject.End) group = article - 1;
        if (s.Is(group, "at") || s.Is(group, "to") || s.Is(group, "by") || s.Is(group, "from")) group--; // "stood at", "rose to", "increased from"
        // "increased in November by 109,451": the month or year of the change stands between its verb and its "by"
        if ((s.Has(group, WordClass.Month) || s.IsDigits(group) && Clauses.IsYear(s, group)) && (s.Is(group - 1, "in") || s.Is(group - 1, "during"))
            && Clauses.IsVerbLike(s, group - 2)) group -= 2;
        int verbEnd = group + 1;
        bool afterPreposition = verbEnd < figure;
        // ("is now", "has meanwhile fallen": an adverb inside the verb group is the group's)
        while (group >= subject.End && (Clauses.IsVerbLike(s, group) || s.Has(group, WordClass.Auxiliary | WordClass.NowWord) || s.Is(group, "not")
                                       || Clauses.IsFloatingAdverb(s, group)
                                       || afterPreposition && group == verbEnd - 1 && s.IsLower(group) && !s.Has(group, WordClass.Stopword))) group--;
        group = TrimEnd(s, subject.First, group + 1);
        if (group <= subject.End || group - subject.First > 20) return subject;
        // (a figure between, "from 193.098 million by end-August to", is no part of the counted things)
        for (int j = subject.End; j < group; j++) if (s.IsClauseBreak(j) || s.IsDigits(j) && (!s.IsWord(j + 1) || s.Has(j + 1, WordClass.Scale))) return subject;
        // "The number of murders has dropped by 19 percent ... and declined by 35 percent": a verb group of the subject's own
        // (not a relative's, "the number of people who have waited", nor a participle's, "having waited") ends it
        for (int j = subject.End; j < group; j++)
        {
            if (s.Has(j, WordClass.ClauseWord)) break;
            if (s.Has(j, WordClass.Auxiliary) && !s.Span(j).EndsWith("ing") && Clauses.IsVerbLike(s, j + 1)) return subject;
        }
        return (subject.First, group);
    }

    // "9%", "9 per cent", "9 percent" ending at token k
    private static bool IsPercentBefore(SentenceTokens s, int k)
    {
        if (s.IsPunct(k, '%') || s.Is(k, "percent")) k--;
        else if (s.Is(k, "cent") && s.Is(k - 1, "per")) k -= 2;
        else return false;
        return s.IsDigits(k);
    }

    // "DeepSeek's seven-day surge to 100 million" counts days: "days of DeepSeek's surge to 100 million users".
    // "China's first trillion-parameter AI model": "parameters of China's first AI model". A measure names the thing sized.
    internal static string CompoundMetric(MetricQuery x)
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
    internal static string JoinWithBorrowedUnits(SentenceTokens s, int from, int end, List<FigureDraft> figures)
    {
        string joined = "";
        int at = from;
        for (int g = 0; g < figures.Count; g++)
        {
            var fig = figures[g];
            if (!fig.BorrowedUnit || fig.TextLast < from || fig.TextLast >= end || BareNumberUnit.BorrowedFrom(figures, g) is not (>= 0 and var lender)) continue;
            var source = figures[lender];
            if (!source.Unit.HasNoun) continue;
            joined = Joined(joined, s.Join(at, fig.TextLast + 1), s.Join(source.Unit.NounFirst, source.Unit.NounEnd));
            at = fig.TextLast + 1;
        }
        return Joined(joined, s.Join(at, end));
    }

    // "fueled by DeepSeek's seven-day surge to 100 million" after "250 million users": DeepSeek's users.
    internal static string? PossessorsTarget(SentenceTokens s, FigureDraft c, FigureDraft source)
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

    // ", amassing over 400 million downloads", "and spawning 140,000 models": the object of a participle that hangs off the clause before.
    internal static bool IsParticipleObject(SentenceTokens s, FigureDraft c)
    {
        int verb = c.TextFirst - 1;
        return s.IsLower(verb) && s.Span(verb).EndsWith("ing") && Clauses.IsVerbLike(s, verb)
            && (s.IsPunct(verb - 1, ',') || s.Is(verb - 1, "and"));
    }

    // A thin count with its clause's subject: "around three pillars" of "China's AI strategy", "with 3,755 iterations
    // released" by "Models from Alibaba and Baidu" (model iterations from Alibaba and Baidu), "the sector ... users".
    internal static string WithSubject(SentenceTokens s, FigureDraft c, (int First, int End) subj, string noun, string phrase)
    {
        string subject = LowerArticle(s, subj);
        // "against 187 sugar mills which had produced": the subject is the count's own noun phrase
        if (subject.Equals(phrase, StringComparison.OrdinalIgnoreCase)) return phrase;
        // "The U.S. rig count is down 62 rigs": a count of the noun already says what the figure counts
        if (subj.End - subj.First >= 2 && s.IsLower(subj.End - 1) && s.Span(subj.End - 1) is "count" or "tally"
            && c.Unit.Unit is { } counted && s.Is(subj.End - 2, counted)) return subject;
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

    /// <summary>The amount subject written inside a phrase: "Gas prices" opening the sentence is "gas prices"; names keep
    /// their capitals.</summary>
    internal static string InPhrase(MetricQuery x)
    {
        string subject = x.AmountSubject;
        var s = x.S;
        // "The port" opening the sentence is "the port"; "Gas prices" is "gas prices"
        bool opening = x.Referent is null && x.Subject is { } sb && sb.First == s.First && s.IsCapitalized(sb.First) && !s.IsAllCapitals(sb.First)
            && (s.Has(sb.First, WordClass.Determiner) || Anaphora.NameOf(s, sb) is null && !s.IsCapitalized(sb.First + 1));
        return opening && subject.Length > 1 && char.IsUpper(subject[0]) ? char.ToLowerInvariant(subject[0]) + subject[1..] : subject;
    }

    internal static string Possessive(string owner) =>
        owner.Length == 0 || IsPossessive(owner) ? owner : owner.EndsWith('s') && char.IsLower(owner[^2]) ? owner + "'" : owner + "'s";

    // "raised its benchmark Selic rate by 50 basis points", "undercut Western costs by half": what the verb changed.
    internal static (int First, int End)? ChangedObject(SentenceTokens s, FigureDraft c, Place at)
    {
        int by = KindCues.ByBefore(s, c.TextFirst);
        if (!s.Is(by, "by")) return PercentOfObject(s, c) ?? ObjectRightBefore(s, c, at);
        for (int k = by - 1; k >= at.ClauseStart && s.IsWord(k); k--)
        {
            if (!s.Has(k, WordClass.ChangeUp | WordClass.ChangeDown)) continue;
            return ObjectBetween(s, k, by);
        }
        // "will push admissions by 12%": a percent after another verb's short object ("became dearer by 2.98 per cent": what
        // a linking verb is followed by describes the subject, it is no object)
        return c.Unit.Class == UnitClass.Percent && Clauses.VerbBeforeObject(s, by - 1, at.ClauseStart) is >= 0 and var verb && verb < by - 1
            && s.Span(verb) is not ("became" or "become" or "becomes" or "becoming" or "got" or "gets" or "turned" or "grew")
            ? ObjectBetween(s, verb, by) : null;
    }

    private static (int First, int End)? ObjectBetween(SentenceTokens s, int verb, int by)
    {
        int first = verb + 1;
        // "contracted slightly by 0.1 per cent": an adverb is no object
        while (first < by && (s.Has(first, WordClass.Determiner) || Clauses.IsSentenceAdverb(s.Span(first)) || IsAdverb(s, first))) first++;
        // "Global Steel Output Up Marginally By 1.9%": a headline's adverb is capitalized
        if (first == verb + 1 && first + 1 == by && s.IsCapitalized(first) && s.Span(first) is { Length: > 6 } headlineWord && headlineWord.EndsWith("ly")) first++;
        // "were down month on month by 0.3 per cent": nor is a comparison of periods
        if (Clauses.PeriodOverPeriodEnd(s, first) is var after && after > first && after <= by) first = after;
        return Clauses.ContentWords(s, first, by) > 0 ? (first, by) : null;
    }

    // "policy makers raised the benchmark interest rate 0.75 percentage point": a verb of change, its determined object, then
    // the figure without "by"
    private static (int First, int End)? ObjectRightBefore(SentenceTokens s, FigureDraft c, Place at)
    {
        for (int k = c.TextFirst - 1; k >= at.ClauseStart && c.TextFirst - k <= 7 && s.IsWord(k); k--)
        {
            if (s.Has(k, WordClass.Preposition | WordClass.Auxiliary | WordClass.ClauseWord | WordClass.Conjunction)) return null;
            if (!s.Has(k, WordClass.ChangeUp | WordClass.ChangeDown) || !Clauses.IsVerbLike(s, k)) continue;
            bool determined = s.Is(k + 1, "the") || s.Is(k + 1, "its") || s.Is(k + 1, "their");
            return determined && k + 2 < c.TextFirst ? ObjectBetween(s, k, c.TextFirst) : null;
        }
        return null;
    }

    // "The Chicago Tribune lost 7.4% of its daily circulation", "shed 15.7% of daily copies": the part of its own thing a
    // change verb right before a percent takes away or adds
    private static (int First, int End)? PercentOfObject(SentenceTokens s, FigureDraft c)
    {
        if (c.Unit.Class != UnitClass.Percent || !s.Is(c.TextLast + 1, "of") || !s.IsLower(c.TextFirst - 1)
            || !s.Has(c.TextFirst - 1, WordClass.ChangeUp | WordClass.ChangeDown) || !Clauses.IsVerbLike(s, c.TextFirst - 1)) return null;
        int first = c.TextLast + 2;
        if (s.Is(first, "its") || s.Is(first, "their") || s.Is(first, "the")) first++;
        int end = first;
        while (end < s.End && end - first < 5 && s.IsLower(end) && !Clauses.IsVerbLike(s, end)
               && !s.Has(end, WordClass.Preposition | WordClass.Determiner | WordClass.ClauseWord | WordClass.Conjunction | WordClass.Pronoun)) end++;
        return end > first ? (first, end) : null;
    }

    // "sales growth", "volume growth", "exports increase": a noun of change after a noun ("a symbolic increase" has none)
    private static bool IsOwnedChange(SentenceTokens s, int k) =>
        Clauses.IsChangeNoun(s, k) && (s.Is(k, "growth") || s.Is(k, "expansion") || s.Span(k - 1).EndsWith("s"))
        // "a net loss of £6 billion", "a pre-tax loss of £2 million": a loss is an amount of money, not a verb
        || s.Is(k, "loss") && s.IsWord(k - 1) && s.Is(k + 1, "of") && IsMoneyAt(s, k + 2);

    // "£6 billion", "US$5m", "EUR 4 million", "Rs943 million": an amount of money starts here
    private static bool IsMoneyAt(SentenceTokens s, int k) =>
        s.InRange(k) && (s[k].Kind == TokenKind.Symbol || s.IsPunct(k, '$') || s.IsPunct(k, '£') || s.IsPunct(k, '€') || s.IsPunct(k, '¥')
            || s.IsWord(k) && (UnitReader.IsCurrencyPrefix(s.Span(k)) || s.IsPunct(k + 1, '$') && s.Touches(k + 1)));

    /// <summary>"last year's average monthly growth", "2017’s average growth": an owner phrase with a possessor of its own.</summary>
    internal static bool IsOwned(SentenceTokens s, (int First, int End) owner) =>
        IsPossessive(s.Span(owner.First)) || s.InRange(owner.First - 1) && (IsPossessive(s.Span(owner.First - 1)) || s.Span(owner.First - 1) is "’s" or "'s")
        || IsSplitPossessive(s, owner.First - 1);

    // "2017’s" read as "2017", "’", "s": the "s" ends a possessor, not a word of the phrase
    private static bool IsSplitPossessive(SentenceTokens s, int k) =>
        s.Is(k, "s") && !s[k].SpaceBefore && (s.IsPunct(k - 1, '’') || s.IsPunct(k - 1, '\''));

    /// <summary>A word in -ly that is an adverb ("slightly", "consistently", not "monthly" or "supply").</summary>
    internal static bool IsAdverb(SentenceTokens s, int k) =>
        s.IsLower(k) && s.Span(k).EndsWith("ly") && s.Span(k) is not ("monthly" or "quarterly" or "yearly" or "daily" or "weekly" or "hourly" or "early"
            or "supply" or "family" or "assembly" or "rally" or "ally" or "monopoly" or "anomaly" or "tally");

    private static bool IsMeasureQualifier(SentenceTokens s, int k) =>
        s.Is(k, "after") || s.Is(k, "before") || s.Is(k, "excluding") || s.Is(k, "including");

    internal static (int First, int End)? SentenceSubjectBefore(SentenceTokens s, int before) =>
        Clauses.SentenceSubject(s, before) is { } subj && subj.End <= before && !IsPronoun(s, subj.First, subj.End) ? subj : null;

    // "just shy of", "in excess of": the figure opens with a qualifier that ends in "of"
    private static bool QualifierEndingInOf(SentenceTokens s, int textFirst)
    {
        for (int k = textFirst; k < textFirst + 3 && s.IsLower(k); k++)
            if (s.Is(k, "of")) return QualifierReader.Read(s, k + 1) is { } q && q.First == textFirst;
        return false;
    }

    /// <summary>"to the equivalent of 533 million bottles": the words "the equivalent of" before a figure only restate it in
    /// another measure; the word before them links the figure.</summary>
    internal static int LinkBefore(SentenceTokens s, int textFirst) =>
        s.Is(textFirst - 1, "of") && s.Is(textFirst - 2, "equivalent") && s.Is(textFirst - 3, "the") ? textFirst - 4 : textFirst - 1;

    // "apps with 4.73 million", "resources of more than 30": the noun phrase that has the figure.
    internal static (int First, int End)? Owner(SentenceTokens s, int textFirst)
    {
        // "a net profit of a record 7.8 billion riyals", "of an estimated 7.8 billion": "a record", or an article before a
        // figure that opens with its estimate, stands between ("of a $2.6 billion deficit" sizes the noun after it)
        if ((s.Is(textFirst - 1, "a") || s.Is(textFirst - 1, "an")) && s.Is(textFirst - 2, "of") && (s.Is(textFirst, "estimated") || s.Is(textFirst, "projected")))
            textFirst--;
        else if (s.Is(textFirst - 1, "record") && s.Is(textFirst - 2, "a") && s.Is(textFirst - 3, "of")) textFirst -= 2;
        if (LinkBefore(s, textFirst) != textFirst - 1) return null;
        int link = textFirst - 1;
        // "a deficit just shy of $1.7 trillion", "costs in excess of £5m": a qualifier that ends in "of" links the noun before it
        if (QualifierEndingInOf(s, textFirst) && s.IsLower(link) && !s.Has(link, WordClass.Preposition)) link = textFirst;
        // "cargo volume growth of 5%": a noun of change owns the figure too
        // "growth rates between 5% and 10%": a range names the noun before it too
        // "record sales totaling $335.8 billion": "totaling" links the noun it sizes, as "of" does
        else if (!(s.Is(link, "with") || s.Is(link, "of") || s.Is(link, "between") || s.Is(link, "totaling") || s.Is(link, "totalling"))) return null;
        if (s.Is(link, "between") && s.Is(link - 1, "of")) link--; // "revenue growth of between 8 and 11 percent"
        if (!s.IsWord(link - 1) || s.Has(link - 1, WordClass.Stopword | WordClass.Determiner)
            || Clauses.IsVerbLike(s, link - 1) && !(s.Is(link, "of") && IsOwnedChange(s, link - 1)) || IsAmountWord(s.Span(link - 1))) return null;
        int first = link - 1;
        while (true)
        {
            if (IsInnerHyphen(s, first - 1)) first -= 2; // "ride-hailing apps"
            // "global container port growth rates": a noun of change inside the phrase; a word after an adverb in -ly is a verb
            else if (s.IsWord(first - 1) && !s.Has(first - 1, WordClass.Preposition | WordClass.Determiner | WordClass.Stopword)
                     && (!Clauses.IsVerbLike(s, first - 1) || Clauses.IsChangeNoun(s, first - 1))
                     && !IsAdverb(s, first - 1) && !IsAdverb(s, first - 2) && !IsSplitPossessive(s, first - 1)) first--;
            // "earnings per share of 0.26 pence", "revenue per user of $12": a rate's "per" belongs to it
            else if (s.Is(first - 1, "per") && s.IsWord(first - 2) && !Clauses.IsVerbLike(s, first - 2)
                     && !s.Has(first - 2, WordClass.Preposition | WordClass.Determiner | WordClass.Stopword)) first -= 2;
            // "profit after tax before exceptional items of €70 million": a measure's own qualifiers belong to it
            else if (IsMeasureQualifier(s, first - 1) && s.IsWord(first - 2) && !Clauses.IsVerbLike(s, first - 2)
                     && !s.Has(first - 2, WordClass.Preposition | WordClass.Determiner | WordClass.Stopword)) first -= 2;
            else break;
        }
        return (first, link);
    }
}
