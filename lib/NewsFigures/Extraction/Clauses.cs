namespace NewsFigures;

/// <summary>Clause bounds and verb spotting: the light grammar that metric, kind and period reading share.</summary>
internal static class Clauses
{
    /// <summary>First token of the clause holding token i (after the nearest clause break before it).</summary>
    public static int Start(SentenceTokens s, int i)
    {
        int k = i;
        while (k > s.First)
        {
            if (s.IsPunct(k - 1, ')') && OpeningParenthesis(s, k - 1) is var open && open > s.First && !s.IsClauseBreak(open - 1)) k = open;
            else if (DashAsideBeforeVerb(s, k - 1) is int opening) k = opening;
            else if (IncludingAside(s, k - 1) is int aside) k = aside;
            else if (RelativeAsideBeforeVerb(s, k - 1) is int relative) k = relative;
            else if (IsListComma(s, k - 1)) k--;
            else if (s.IsClauseBreak(k - 1)) break;
            else k--;
        }
        return k;
    }

    // "its gross written premium – total revenue from insurance contracts – had increased": an aside between dashes that
    // parts a subject from its verb does not end the clause. The opening dash of the aside the dash at close ends, or null.
    private static int? DashAsideBeforeVerb(SentenceTokens s, int close)
    {
        if (!MetricReader.IsDash(s, close) || !(s.Has(close + 1, WordClass.Auxiliary) || IsVerbLike(s, close + 1))) return null;
        int open = MetricReader.OpeningDash(s, close);
        return open > s.First && (s.IsWord(open - 1) || s.IsDigits(open - 1)) && !s.IsClauseBreak(open - 1) && !MetricReader.IsDash(s, open - 1) ? open : null;
    }

    // "Sales at the chain, which has 300 stores, rose 5%": a relative aside between commas that parts a subject from its
    // verb does not end the clause. The opening comma, or null.
    private static int? RelativeAsideBeforeVerb(SentenceTokens s, int close) =>
        (s.Has(close + 1, WordClass.Auxiliary) || IsVerbLike(s, close + 1)) && RelativeAsideOpenedBefore(s, close) is int open
        && s.IsWord(open - 1) && !s.Has(open - 1, WordClass.Preposition | WordClass.Determiner) ? open : null;

    // "annual growth in average regular earnings, excluding bonuses, in Great Britain eased": a short aside between commas
    // that opens with "including" or "excluding" does not end the clause. The opening comma, or null.
    private static int? IncludingAside(SentenceTokens s, int close)
    {
        if (!s.IsPunct(close, ',')) return null;
        for (int open = close - 2; open > s.First && close - open <= 5; open--)
        {
            if (s.IsPunct(open, ',')) return (s.Is(open + 1, "including") || s.Is(open + 1, "excluding")) && s.IsWord(open - 1) ? open : null;
            if (!s.IsWord(open)) return null;
        }
        return null;
    }

    // "system (Chinese-Myanmar-English) developed": a parenthesis inside a clause does not end it. The opening bracket of
    // the one closing at close (within 12 tokens), or -1.
    internal static int OpeningParenthesis(SentenceTokens s, int close)
    {
        for (int k = close - 1; k > s.First && close - k <= 12; k--)
            if (s.IsPunct(k, '(')) return k;
        return -1;
    }

    // "in manufacturing, finance, healthcare, and education": commas between one- or two-word items of a list.
    public static bool IsListComma(SentenceTokens s, int comma)
    {
        if (!s.IsPunct(comma, ',')) return false;
        int before = ListItemWords(s, comma - 1, -1);
        if (before is < 1 or > 2 || !(s.IsPunct(comma - 1 - before, ',') || s.Has(comma - 1 - before, WordClass.Preposition))) return false;
        int next = comma + 1;
        bool last = s.Is(next, "and") || s.Is(next, "or");
        if (last) next++;
        int after = ListItemWords(s, next, +1);
        // "A, B, and C" needs a comma before B when "and" follows; "in A, B," needs one after B, "concerning A, B and C"
        // an "and" and a last item that ends the phrase.
        return after is >= 1 and <= 2 && (last ? s.IsPunct(comma - 1 - before, ',') : s.IsPunct(next + after, ',') || EndsList(s, next + after));
    }

    // "... information security and data security were issued": "and", one or two words, then no more of the phrase.
    private static bool EndsList(SentenceTokens s, int conjunction)
    {
        if (!s.Is(conjunction, "and") && !s.Is(conjunction, "or")) return false;
        int words = ListItemWords(s, conjunction + 1, +1);
        // "China and South Africa grew": the verb after a two-word item is no third word of it
        if (words == 3 && IsVerbLike(s, conjunction + 3) && !IsVerbLike(s, conjunction + 2)) words = 2;
        int after = conjunction + 1 + words;
        return words is >= 1 and <= 2 && (!s.IsWord(after) || s.Has(after, WordClass.Auxiliary | WordClass.Preposition) || IsVerbLike(s, after));
    }

    private static int ListItemWords(SentenceTokens s, int from, int step)
    {
        int n = 0;
        for (int k = from; s.IsWord(k) && n < 3 && !s.Has(k, WordClass.Preposition | WordClass.Determiner | WordClass.Conjunction | WordClass.Auxiliary); k += step)
            n++;
        return n;
    }

    /// <summary>One past the last token of the clause holding token i.</summary>
    public static int End(SentenceTokens s, int i)
    {
        int k = i;
        while (k < s.End && !s.IsClauseBreak(k)) k++;
        return k;
    }

    /// <summary>True for a word that is most likely a verb: auxiliaries, change, share, forecast and attribution verbs,
    /// lower-case -ed/-ing words that are not the tail of a hyphenated compound, and the lexicon's common verbs.</summary>
    public static bool IsVerbLike(SentenceTokens s, int k)
    {
        if (!s.IsWord(k)) return false;
        if (!s.IsLower(k)) return IsTitleCaseChangeVerb(s, k); // "Action Plan", "United States": capitalized words are names
        if (s.Has(k, WordClass.Auxiliary)) return true;
        if (IsVerbAfterThis(s, k)) return true;
        if (IsOpeningParticipleAdjective(s, k)) return false;
        // "the plan", "its forecast": after a determiner a forecast word is a noun
        if (s.Has(k, WordClass.ForecastCue) && !s.Has(k - 1, WordClass.Determiner)) return true;
        // "Initial estimates for payroll gains", "reports of a fall": a plural before "for" or "of" is a noun
        // "the mean analyst estimate of $0.75": any saying word before "of" is a noun
        if (s.Has(k, WordClass.AttributionVerb | WordClass.ReleaseVerb)) return !(s.Span(k).EndsWith("s") && s.Is(k + 1, "for") || s.Is(k + 1, "of"));
        bool compoundTail = s.IsPunct(k - 1, '-') && s.Touches(k);
        var w = s.Span(k);
        // "government core funding has reduced by 27 percent": an -ing word right before an auxiliary is a noun, the subject
        // ("Yet spending has been volatile": after a linking adverb or conjunction that opens the clause too)
        if (w.EndsWith("ing") && w.Length > 4 && s.Has(k + 1, WordClass.Auxiliary)
            && (s.IsLower(k - 1) && !s.Has(k - 1, WordClass.Auxiliary | WordClass.Preposition | WordClass.Stopword)
                || (k - 1 == s.First || s.IsPunct(k - 2, ',')) && (IsLinkingAdverb(s, k - 1) || s.Is(k - 1, "but") || s.Is(k - 1, "and")))
            && !s.Has(k, WordClass.Auxiliary)) return false;
        // "August spending on game hardware": after a month an -ing word is a noun
        if (!compoundTail && w.Length > 4 && (w.EndsWith("ed") && !Inflection.IsNounInEd(w) || w.EndsWith("ing")) && !s.Has(k - 1, WordClass.Determiner)
            && (!ModifiesNext(s, k) || w.EndsWith("ed") && AfterCountedPlural(s, k)) && !(w.EndsWith("ing") && s.Has(k - 1, WordClass.Month) && s.IsCapitalized(k - 1)))
            return true;
        // "the share", "per share": nouns
        // "advanced economies": an adjective before its noun
        if (compoundTail) return false; // "state-run", "AI-led", "slower-growing"
        if (s.Has(k, WordClass.ChangeUp | WordClass.ChangeDown | WordClass.ShareCue) && !s.Has(k - 1, WordClass.Determiner) && !s.Is(k - 1, "per")
            && !(w is "advanced" && ModifiesNext(s, k)) && !IsCurrentAccount(s, k)) return true;

        return s.Has(k, WordClass.CommonVerb) && !IsNewBuild(s, k);
    }

    // "Annual new build dwelling starts totalled 162,270": a "new build" is a new building
    private static bool IsNewBuild(SentenceTokens s, int k) => (s.Is(k, "build") || s.Is(k, "builds")) && s.Is(k - 1, "new");

    // "This represents a 13 percent increase", "That marks the fifth rise": after a singular "this" or "that", a word in -s
    // with an article or a number after it is the verb ("this series", "this analysis", "this news" are nouns; "That means
    // that it would have earned ..." reports a clause with a subject of its own)
    internal static bool IsVerbAfterThis(SentenceTokens s, int k) =>
        (s.Is(k - 1, "this") || s.Is(k - 1, "that")) && s.Span(k) is { Length: > 3 } w
        && (w.EndsWith('s') && !(w.EndsWith("ss") || w.EndsWith("us") || w.EndsWith("is") || w.EndsWith("ies") || w.EndsWith("ws") || w.EndsWith("as"))
            // "this marked a 15 percent increase" (not "That increased the housing stock by 1 percent": what changed follows)
            || s.IsLower(k) && w.EndsWith("ed") && !s.Has(k, WordClass.ChangeUp | WordClass.ChangeDown))
        && (s.Is(k + 1, "a") || s.Is(k + 1, "an") || s.Is(k + 1, "the") || s.IsDigits(k + 1));

    // "The current account surplus totaled EUR 11.8 billion": the balance of payments' account, no verb
    private static bool IsCurrentAccount(SentenceTokens s, int k) =>
        (s.Is(k, "account") || s.Is(k, "accounts")) && (s.Is(k - 1, "current") || s.Is(k - 1, "capital"));

    // "Unemployment Rate Declines to 3.7%", "Revenue: Rose 2.32% to $3.03 billion": in a headline's title case a word of
    // change right before "to", "by" or a number is the verb, not part of a name
    private static bool IsTitleCaseChangeVerb(SentenceTokens s, int k) =>
        k > s.First && s.IsCapitalized(k) && !s.IsAllCapitals(k) && s.Has(k, WordClass.ChangeUp | WordClass.ChangeDown)
        && (s.IsCapitalized(k - 1) || s.IsPunct(k - 1, ':')) && (s.Is(k + 1, "to") || s.Is(k + 1, "by") || s.IsDigits(k + 1) || s.IsPunct(k + 1, '$'));

    // "33 trains skipped stops": after a count's plural noun an -ed word is its verb, though a noun follows
    private static bool AfterCountedPlural(SentenceTokens s, int k) =>
        s.IsLower(k - 1) && Inflection.IsPlural(s.Span(k - 1)) && (s.IsDigits(k - 2) || s.Has(k - 2, WordClass.Cardinal | WordClass.Scale));

    // "computing power", "coaching apps": an -ing or -ed word right before a content word modifies it.
    private static bool ModifiesNext(SentenceTokens s, int k) =>
        s.IsLower(k + 1) && !s.Has(k + 1, WordClass.Preposition | WordClass.Determiner | WordClass.Stopword | WordClass.Auxiliary
            | WordClass.Conjunction | WordClass.ClauseWord | WordClass.Cardinal | WordClass.Multiplier)
        && !IsQualifierStart(s.Span(k + 1))
        // "improved again", "increased sharply": an adverb after the word modifies a verb
        && !s.Is(k + 1, "again") && !MetricReader.IsAdverb(s, k + 1);

    private static bool IsQualifierStart(ReadOnlySpan<char> w) =>
        w is "more" or "less" or "fewer" or "nearly" or "almost" or "approximately" or "roughly" or "just" or "well" or "some" or "up"
            or "exceeding" or "close" or "half" or "down";

    // "CO2", "PM2": digits run onto a word in capitals are the end of its code, inside a noun phrase
    private static bool IsCodeTail(SentenceTokens s, int k) => k > s.First && s.Touches(k) && s.IsWord(k - 1) && s.IsAllCapitals(k - 1) && !s.Touches(k + 1);

    // "Chapter 7 filings increased by 44.77%": a capitalized name's number that is no figure belongs to the phrase
    // (a whole number of three digits at most, no year, no day after a month: "Remittances in March 2023 rose")
    private static bool IsNumberedName(SentenceTokens s, int first, int k) =>
        k > first && s.IsCapitalized(k - 1) && !s.Has(k - 1, WordClass.Month) && s.Span(k).Length <= 3 && !s.Span(k).Contains('.')
        && s.IsWord(k + 1) && s.IsLower(k + 1) && !s.Touches(k + 1)
        && NumberReader.Read(s, k) is { } number && number.Last == k && NonFigureRules.IsNotAFigure(s, number);

    internal static bool IsComparative(ReadOnlySpan<char> w) =>
        w is "more" or "less" or "fewer" or "higher" or "lower" or "greater" or "smaller" or "bigger" or "larger" or "better" or "worse"
            or "faster" or "slower" or "stronger" or "weaker";

    // words, then a colon, then the figure: "Population: 1.36 billion"
    private static bool IsLabel(SentenceTokens s, int first, int before)
    {
        int k = first;
        while (k < before && (s.IsWord(k) || s.IsDigits(k) && s.Touches(k) && s.IsWord(k - 1))) k++; // "CO2 emissions:"
        return k > first && s.IsPunct(k, ':') && k >= before - 1;
    }

    /// <summary>The subject noun phrase of the clause starting at clauseStart, ending before the first verb and before
    /// token <paramref name="before"/>; null when the clause opens with a verb or a preposition.</summary>
    public static (int First, int End)? Subject(SentenceTokens s, int clauseStart, int before) =>
        SubjectWithTimes(s, clauseStart, before) is not { } subject ? null
        // "(minus 55 per cent)": a sign written as a word is no subject
        : subject.End == subject.First + 1 && (s.Is(subject.First, "minus") || s.Is(subject.First, "plus")) ? null
        // "(originally a 0.7 percent increase)", "The previously reported 0.5 percent increase", "..., but still 12% higher": an
        // adverb alone is no subject
        : IsLoneAdverb(s, subject) ? null
        // ", similar to the year before but down 6%": words that end in a conjunction are no subject, the change has none
        : s.Is(subject.End - 1, "but") || s.Is(subject.End - 1, "and") || s.Is(subject.End - 1, "or") ? null
        : WithListBefore(s, WithoutRelativeTime(s, WithoutTrailingAdverb(s, subject)));

    // "Rio Tinto, Antofagasta and Polymetal all ended the day up": the items before the commas of a list that opens the
    // sentence belong to a subject that joins its last two with "and"
    private static (int First, int End) WithListBefore(SentenceTokens s, (int First, int End) subject)
    {
        const int MaxItemWords = 3;
        bool joins = s.Is(subject.First - 1, "and") && s.IsPunct(subject.First - 2, ',');
        for (int k = subject.First + 1; k < subject.End - 1 && !joins; k++) joins = s.Is(k, "and");
        int comma = s.Is(subject.First - 1, "and") ? subject.First - 2 : subject.First - 1;
        if (!joins || !s.IsPunct(comma, ',')) return subject;
        while (true)
        {
            int start = comma;
            while (start - 1 >= s.First && comma - start < MaxItemWords && IsListItemWord(s, start - 1)) start--;
            if (start == comma || start == comma - 1 && IsLinkingAdverb(s, start)) return subject;
            if (start == s.First) return (start, subject.End);
            if (!s.IsPunct(start - 1, ',')) return subject;
            comma = start - 1;
        }
    }

    private static bool IsListItemWord(SentenceTokens s, int k) =>
        s.IsWord(k) && !s.Has(k, WordClass.Preposition | WordClass.Determiner | WordClass.ClauseWord | WordClass.Conjunction | WordClass.NowWord
                                     | WordClass.Month | WordClass.Pronoun)
        && !IsVerbLike(s, k) && !MetricReader.IsAdverb(s, k);

    // ", paid subscriptions were the biggest driver", ", expected excise was cut by $2.4 billion": a participle opening a clause
    // before its noun and a form of "be" is an adjective
    private static bool IsOpeningParticipleAdjective(SentenceTokens s, int k) =>
        (s.Has(k, WordClass.CommonVerb) || s.Span(k) is { Length: > 4 } ed && ed.EndsWith("ed")) && (k == s.First || s.IsPunct(k - 1, ','))
        && s.IsLower(k + 1) && !s.Has(k + 1, WordClass.Determiner | WordClass.Preposition | WordClass.Auxiliary) && !IsVerbLike(s, k + 1)
        && (s.Is(k + 2, "was") || s.Is(k + 2, "were") || s.Is(k + 2, "is") || s.Is(k + 2, "are"));

    // "Imports meanwhile fell", "U.S. steel production likewise jumped": a linking adverb after the subject is no part of it,
    // nor is a quantifier floated after it ("private registrations all fell") or an adverb before the verb ("collectively raised")
    private static (int First, int End) WithoutTrailingAdverb(SentenceTokens s, (int First, int End) subject) =>
        subject.End - 1 > subject.First
        && (IsFloatingAdverb(s, subject.End - 1) || MetricReader.IsAdverb(s, subject.End - 1) && IsVerbLike(s, subject.End) && !s.IsPunct(subject.End - 2, '-'))
            ? (subject.First, subject.End - 1) : subject;

    /// <summary>"meanwhile", "likewise", "also", "all": a word that may stand between a subject and its verb.</summary>
    internal static bool IsFloatingAdverb(SentenceTokens s, int k) =>
        s.IsLower(k) && s.Span(k) is "meanwhile" or "likewise" or "however" or "also" or "too" or "all" or "both" or "somewhat" or "again";

    private static bool IsLoneAdverb(SentenceTokens s, (int First, int End) subject)
    {
        int first = s.Has(subject.First, WordClass.Determiner) ? subject.First + 1 : subject.First;
        return subject.End == first + 1 && s.IsLower(first)
            && (s.Span(first) is { Length: > 4 } w && w.EndsWith("ly") || s.Span(first) is "still" or "also" or "even" or "now" or "only" or "just");
    }

    // "Airtel last week won", "this financial year the Australian industry will produce", "India's cricket board on Thursday
    // struck": a relative time or a weekday before the verb or before the subject, without its comma, is no part of the subject
    private static (int First, int End) WithoutRelativeTime(SentenceTokens s, (int First, int End) subject)
    {
        var (first, end) = subject;
        if (end - first > 2 && Months.IsWeekday(s, end - 1) && s.Is(end - 2, "on")) end -= 2;
        // "Visitor arrivals from Australia for the year ended May 2019 exceeded", "Sales in the year to March 2019 rose": the year a
        // time ends is no part of the subject
        for (int k = first + 1; k + 3 <= end; k++)
            if (s.Has(k, WordClass.Preposition) && TimeExpressionReader.SpanEndingAt(s, k + 1) > 0)
            {
                end = k;
                break;
            }
        int Length(int k) => StartsRelativeTime(s, k) ? 2
            : (s.Is(k, "last") || s.Is(k, "this") || s.Is(k, "next")) && (s.Is(k + 1, "financial") || s.Is(k + 1, "fiscal")) && s.Is(k + 2, "year") ? 3 : 0;
        for (int n = 2; n <= 3; n++)
            if (end - n > first && Length(end - n) == n && s.IsWord(end - n - 1) && !s.Has(end - n - 1, WordClass.Preposition | WordClass.Determiner)) end -= n;
        if (Length(first) is > 0 and var opening && first + opening < end && s.IsWord(first + opening) && !s.Has(first + opening, WordClass.Preposition))
            first += opening;
        return (first, end);
    }

    // "over the past five years", "in the last two months", "during the previous year": the token after a span up to now that
    // a preposition opens, else 0
    private static int PastSpanEnd(SentenceTokens s, int k)
    {
        if (!s.Has(k, WordClass.Preposition) || !s.Is(k + 1, "the") || !(s.Is(k + 2, "past") || s.Is(k + 2, "last") || s.Is(k + 2, "previous"))) return 0;
        int unit = s.IsDigits(k + 3) || s.Has(k + 3, WordClass.Cardinal) ? k + 4 : k + 3;
        return s.Has(unit, WordClass.TimeUnit) ? unit + 1 : 0;
    }

    // "In the year to date": the token after a span up to now that opens a clause, else 0 ("Year to date registrations"
    // names what it counts with it)
    private static int YearToDateEnd(SentenceTokens s, int k) =>
        s.Is(k, "in") && s.Is(k + 1, "the") && s.Is(k + 2, "year") && s.Is(k + 3, "to") && s.Is(k + 4, "date") ? k + 5 : 0;

    private static (int First, int End)? SubjectWithTimes(SentenceTokens s, int clauseStart, int before)
    {
        int k = clauseStart;
        // "Yet in 15 of 20 cities", "-- The scale of": a linking adverb or a stray dash opens no subject
        while (k < before && (s.Has(k, WordClass.ClauseWord | WordClass.Conjunction) && !s.Has(k, WordClass.Pronoun) || s.IsPunct(k, '*') || s.IsPunct(k, '-')
                              || k == clauseStart && IsLinkingAdverb(s, k))) k++;
        // ", as well as $127 million for dairy": the words that add an item open no subject
        if (s.Is(k, "as") && s.Is(k + 1, "well") && s.Is(k + 2, "as")) k += 3;
        else if (s.Is(k, "well") && s.Is(k + 1, "as") && s.Is(k - 1, "as")) k += 2;
        if (s.Has(k, WordClass.Preposition) && (IsYear(s, k + 1) || s.Has(k + 1, WordClass.Month))) k += IsYear(s, k + 2) ? 3 : 2;
        // "OSLO, March 4 Ferry traffic grew ...": a dateline's date, its dash lost, opens no subject
        else if (k == clauseStart && s.Has(k, WordClass.Month) && !s.IsLower(k) && s.IsDigits(k + 1) && s.IsWord(k + 2) && !s.IsLower(k + 2)) k += 2;
        // "JAKARTA (Reuters) - Indonesia's exports rose", "WASHINGTON — The population": a dateline opens no subject
        // ("KUALA LUMPUR, Dec 12 ― Malaysia's stocks fell": a clause opening inside it starts after it too)
        if (k < before && WireDateline.End(s) is > 0 and var afterDateline && k < afterDateline && afterDateline < before) k = afterDateline;
        // "Q1 copper production fell 16%", "H1 revenue rose": a quarter's or half's code opening the subject is its time
        if ((s.Is(k, "Q") || s.Is(k, "H")) && s.IsCapitalized(k) && s.IsDigits(k + 1) && s.Touches(k + 1) && s.IsWord(k + 2)) k += 2;
        // "Last month the National Treasury released", "And just last month Health Minister David Clark signed": a time opening
        // the clause without its comma is no part of the subject
        // ("So far this year petrol has risen": "so far" before it too; "In the year to date diesel has fallen": a span to date)
        if (s.Is(k, "so") && s.Is(k + 1, "far") && StartsRelativeTime(s, k + 2)) k += 2;
        if (YearToDateEnd(s, k) is > 0 and var toDate && s.IsWord(toDate) && s.IsLower(toDate) && toDate < before) k = toDate;
        if ((s.Is(k, "just") ? k + 1 : k) is var time && StartsRelativeTime(s, time) && s.IsWord(time + 2) && !s.Has(time + 2, WordClass.FrameAfter) && time + 2 < before) k = time + 2;
        // "Over the past five years beef production in Australia has dropped by 13%": a span up to now opening the clause
        if (PastSpanEnd(s, k) is > 0 and var afterSpan)
        {
            int next = s.IsPunct(afterSpan, ',') ? afterSpan + 1 : afterSpan;
            if (s.IsWord(next) && next < before && !s.Has(next, WordClass.Preposition)) k = next;
        }
        // "Last year's output was 5 tonnes", "July's starts were unrevised at": a possessive time opening the subject dates it
        // and is no part of it
        if (TimeExpressionReader.PossessiveTimeEnd(s, k) is > 0 and var owned && s.IsWord(owned) && owned < before) k = owned;
        // "2013 Population: 1.36 billion": a year opening a label line dates it and is no part of its subject
        if (k == s.First && IsYear(s, k) && IsLabel(s, k + 1, before)) k++;
        if (s.Is(k, "with") && WithAbsolute(s, k, before) is { } absolute) return absolute;
        // "Excluding a $175.1 million tax benefit, ...": a participle opening the sentence has no subject
        if (k == s.First && IsOpeningParticiple(s, k)) return null;
        // "Last year, crude palm oil output by Indonesia, the world's top producer, jumped": a time opening the sentence
        if (k == s.First && IsOpeningTime(s, k)) return null;
        // ("like-for-like sales": a preposition joined by hyphens into a compound is no preposition)
        bool compound = s.IsPunct(k + 1, '-') && s.Touches(k + 1) && s.Touches(k + 2);
        if (k >= before || s.Has(k, WordClass.Preposition) && !compound || IsVerbLike(s, k) || s.Has(k, WordClass.NowWord) || s.Is(k, "according")
            || s.IsDigits(k)) return NounBeforeVerb(s, k, before);
        // ", more than the expected 3.9% decrease", ", far lower than the expected increase of 5.8%": a comparison opening the
        // clause has no subject of its own
        int comparative = s.Is(k, "far") || s.Is(k, "much") || s.Is(k, "well") ? k + 1 : k;
        if (s.Is(comparative + 1, "than") && IsComparative(s.Span(comparative)) && (s.Is(comparative + 2, "the") || s.Is(comparative + 2, "expected")))
            return null;
        int first = k;
        // "That's an increase of 2.6 percent": "that" with its verb points back as "that is" does
        if (s.Has(k, WordClass.Pronoun) && !s.Has(k, WordClass.Determiner) || s.Is(k, "it") || IsThatIs(s, k)) return (k, k + 1);
        while (k < before && k - first < 12)
        {
            if (k > first && s.Is(k, "according") && s.Is(k + 1, "to")) break; // "car sales according to the VFACTS database grew"
            // "Generative artificial intelligence (AI) users": a short parenthesis inside the noun phrase
            if (k > first && s.IsPunct(k, '(') && InnerParenthesisEnd(s, k, before) is > 0 and var close)
            {
                if (close + 1 - first >= 12) break; // a phrase too long to keep whole ends before its bracket
                k = close + 1;
                continue;
            }
            // "the proportion of internet users aged 20-29 using AI products": an age span is part of the phrase
            if (k > first && AgeSpanEnd(s, k) is > 0 and var ageEnd && ageEnd < before) { k = ageEnd; continue; }
            // "the proportion of people donating to charitable causes in a typical month decreased": a participle that
            // qualifies the head runs on to the clause's own verb
            if (k > first && (IsQualifyingParticiple(s, k, before) || IsAbleInfinitive(s, k, before))) { k++; continue; }
            // "USA Today, still the largest paper": a capitalized "Today" inside the phrase is a name's
            // "Microsoft shares rose": a plural before the verb is the phrase's noun though "shares" can be a verb too
            bool nounBeforeVerb = k > first && IsPluralBeforeVerb(s, k) && (IsVerbLike(s, k + 1) || s.Has(k + 1, WordClass.Auxiliary));
            if (s.IsClauseBreak(k) || IsVerbLike(s, k) && !IsNounInPhrase(s, first, k) && !nounBeforeVerb || s.Has(k, WordClass.NowWord) && !(s.Is(k, "today") && s.IsCapitalized(k))
                || s.IsDigits(k) && !IsNumberCompound(s, k) && !IsYearModifier(s, first, k, before) && !IsCodeTail(s, k) && !IsNumberedName(s, first, k) && !IsCountAfterArticle(s, first, k)
                || s[k].Kind == TokenKind.Symbol
                || IsCardinalFigure(s, k)) break;
            // "the total number of students": "number of" is the phrase's own noun, not a pronoun
            if (s.Has(k, WordClass.Pronoun) && k > first && !s.Has(k - 1, WordClass.Determiner) && !(s.Is(k, "number") && s.Is(k + 1, "of"))) break;
            if (k > first && IsSentenceAdverb(s.Span(k))) break; // Coal still generated ...
            k += IsNumberCompound(s, k) ? 3 : 1;
        }
        // "The cash price on July 5, 2024 fell", "Exports in May 2024 rose": a date the day or year broke off at the phrase's end is
        // the figure's time, no part of its subject
        if (k - 2 > first && s.IsDigits(k) && s.Has(k - 1, WordClass.Month) && s.IsCapitalized(k - 1) && s.Has(k - 2, WordClass.Preposition)
            && !s.Is(k - 2, "to") && !s.Is(k - 2, "of")) // ("January to August 2019", "the month of December 2019": a span, a named month)
            k -= 2;
        // "Hybrid (petrol electric) now stand": a closing bracket whose opening is in the phrase stays
        while (k > first && !EndsWithAgeSpan(s, first, k) && (s.Has(k - 1, WordClass.Preposition | WordClass.Determiner | WordClass.Conjunction) || !s.IsWord(k - 1))
               && !(s.IsPunct(k - 1, ')') && OpeningParenthesis(s, k - 1) > first)) k--;
        // "Qwen, alone has inspired": an adverb before the verb; the subject is the appositive before the comma.
        if (k > first && ContentWords(s, first, k) == 0 && !s.Has(first, WordClass.Pronoun))
            return clauseStart > s.First && s.IsPunct(clauseStart - 1, ',') && clauseStart - 1 > s.First
                ? Subject(s, Start(s, clauseStart - 2), clauseStart - 1) : null;
        // "Approximately 51% of these trips": a qualifier before the figure opens no subject
        if (k == first + 1 && (s.IsDigits(k) || s.InRange(k) && s[k].Kind == TokenKind.Symbol) && IsQualifierStart(s.Span(first).ToString().ToLowerInvariant()))
            return null;
        // "Less than 1% of lines", "More than 300 people": a two-word qualifier too
        if (k == first + 1 && s.Is(k, "than") && (s.IsDigits(k + 1) || s.InRange(k + 1) && s[k + 1].Kind == TokenKind.Symbol)
            && (s.Is(first, "less") || s.Is(first, "more") || s.Is(first, "fewer"))) return null;
        return k > first ? (first, k) : null;
    }

    // "aged 20-29", "ages 2 to 5", "aged 65 and over": one past an age span that opens at k with "aged" or "ages", else 0
    internal static int AgeSpanEnd(SentenceTokens s, int k)
    {
        if (!(s.Is(k, "aged") || s.Is(k, "ages")) || !s.IsDigits(k + 1)) return 0;
        int end = k + 2;
        if ((s.IsPunct(end, '-') || s.Is(end, "to")) && s.IsDigits(end + 1)) end += 2;
        else if ((s.Is(end, "and") || s.Is(end, "or")) && (s.Is(end + 1, "over") || s.Is(end + 1, "older") || s.Is(end + 1, "above") || s.Is(end + 1, "under")
                                                          || s.Is(end + 1, "younger"))) end += 2;
        return end;
    }

    /// <summary>"children ages 2 to 5": whether the phrase from..end ends with an age span, which a trim keeps whole.</summary>
    internal static bool EndsWithAgeSpan(SentenceTokens s, int from, int end)
    {
        for (int k = Math.Max(from, end - 5); k < end; k++)
            if (AgeSpanEnd(s, k) == end) return true;
        return false;
    }

    // "The 19 charities raised £63.5m": a count right after the article that opens the phrase, before its plural noun, is part
    // of the subject of a later figure
    private static bool IsCountAfterArticle(SentenceTokens s, int first, int k) =>
        k == first + 1 && s.Is(first, "the") && s.IsLower(k + 1) && Inflection.IsPlural(s.Span(k + 1)) && !IsVerbLike(s, k + 1)
        && !s.Has(k + 1, WordClass.Preposition | WordClass.Determiner | WordClass.Auxiliary | WordClass.TimeUnit | WordClass.Scale);

    // "The number of homes able to get gigabit broadband is now": the verb after "able to" or "unable to" qualifies the head,
    // when a finite verb follows before the figure
    private static bool IsAbleInfinitive(SentenceTokens s, int k, int before)
    {
        if (!s.Is(k - 1, "to") || !(s.Is(k - 2, "able") || s.Is(k - 2, "unable")) || !s.IsLower(k)) return false;
        for (int j = k + 1; j < before && j - k <= 10; j++)
        {
            if (s.IsClauseBreak(j) || s.IsDigits(j) || s.Has(j, WordClass.Pronoun | WordClass.ClauseWord)) return false;
            if (s.Has(j, WordClass.Auxiliary) || IsVerbLike(s, j) && !s.Has(j - 1, WordClass.Determiner | WordClass.Preposition)) return true;
        }
        return false;
    }

    // "people donating to charitable causes ... decreased": an -ing word after a noun, followed by its own words and then a
    // verb of the clause (not a participle, not a figure) before the figure.
    private static bool IsQualifyingParticiple(SentenceTokens s, int k, int before)
    {
        // "Consumer spending on the US video game industry hit": the noun may open the sentence
        if (!s.IsLower(k) || !s.Span(k).EndsWith("ing") || !IsVerbLike(s, k) || !s.IsWord(k - 1) || !(s.IsLower(k - 1) || k - 1 == s.First)
            || s.Has(k - 1, WordClass.Preposition | WordClass.Determiner | WordClass.Stopword | WordClass.Conjunction | WordClass.Auxiliary)
            || IsVerbLike(s, k - 1)) return false;
        for (int j = k + 1; j < before && j - k <= 10; j++)
        {
            if (s.IsClauseBreak(j) || s.IsDigits(j) || s.Has(j, WordClass.Pronoun | WordClass.ClauseWord)) return false;
            if (s.Has(j, WordClass.Auxiliary) || IsVerbLike(s, j) && !s.Span(j).EndsWith("ing") && !s.Has(j - 1, WordClass.Determiner | WordClass.Preposition))
                return j > k + 1;
        }
        return false;
    }

    /// <summary>"is", "was", "are", "were", "be", "been": a form of "be" (a state stated, or a passive before a participle).</summary>
    internal static bool IsFormOfBe(SentenceTokens s, int k) =>
        s.Is(k, "is") || s.Is(k, "was") || s.Is(k, "are") || s.Is(k, "were") || s.Is(k, "be") || s.Is(k, "been");

    // "five million in 2021": a number in words with its scale is a figure, not a noun of the phrase
    private static bool IsCardinalFigure(SentenceTokens s, int k) =>
        s.IsLower(k) && s.Has(k, WordClass.Cardinal) && s.Has(k + 1, WordClass.Scale);

    /// <summary>The "a" of "a more modest 6 percent", "a record 5 million": an article a few adjectives before the figure
    /// that starts at token <paramref name="figure"/>, or -1.</summary>
    internal static int FigureArticle(SentenceTokens s, int figure)
    {
        // ("by a near-record 7.8%", "rose a better-than-expected 1.3 percent": a compound adjective's hyphens and words too;
        // "rose by a seasonally adjusted 5.7 percent": and a participle after its adverb)
        for (int a = figure - 1; a >= figure - MaxArticleReach && (s.IsLower(a) && (!IsVerbLike(s, a) || InHyphenCompound(s, a) || IsAdverbsParticiple(s, a))
                                                             || s.IsPunct(a, '-') && s.Touches(a) && s.Touches(a + 1)); a--)
            if (s.Is(a, "a") || s.Is(a, "an")) return a;
        return -1;
    }

    private const int MaxArticleReach = 6;

    // "seasonally adjusted", "downwardly revised": a past participle after an adverb in -ly
    private static bool IsAdverbsParticiple(SentenceTokens s, int k) =>
        s.Span(k).EndsWith("ed") && s.IsLower(k - 1) && s.Span(k - 1) is { Length: > 4 } adverb && adverb.EndsWith("ly");

    // a word joined by a touching hyphen to the word before it
    private static bool InHyphenCompound(SentenceTokens s, int k) => s.IsPunct(k - 1, '-') && s.Touches(k - 1) && s.Touches(k);

    /// <summary>"deteriorated by 25.9%", "will push admissions by 12%": the verb at token <paramref name="last"/> or before its
    /// object of a word or two (a word the lexicon does not know is a verb after an auxiliary or "to"), or -1.</summary>
    internal static int VerbBeforeObject(SentenceTokens s, int last, int clauseStart)
    {
        for (int k = last; k >= clauseStart && last - k <= 2; k--)
        {
            if (IsVerbLike(s, k) || s.IsLower(k) && (s.Has(k - 1, WordClass.Auxiliary) || s.Is(k - 1, "to"))) return s.Has(k, WordClass.Auxiliary) ? -1 : k;
            if (!s.IsLower(k) || s.Has(k, WordClass.Preposition | WordClass.ClauseWord | WordClass.Conjunction)) return -1;
        }
        return -1;
    }

    private static bool IsOpeningTime(SentenceTokens s, int k) => StartsRelativeTime(s, k) && s.IsPunct(k + 2, ',');

    /// <summary>", which ...", ", who ...": the comma opens a relative clause that describes the noun before it.</summary>
    internal static bool OpensRelativeClause(SentenceTokens s, int comma) =>
        s.IsPunct(comma, ',') && (s.Is(comma + 1, "which") || s.Is(comma + 1, "who"));

    /// <summary>", which it uses to inject money into the banking system," or ", through which it absorbs excess cash,": the
    /// comma that opens a relative aside closed by the comma at <paramref name="close"/>, or null.</summary>
    internal static int? RelativeAsideOpenedBefore(SentenceTokens s, int close)
    {
        if (!s.IsPunct(close, ',')) return null;
        for (int k = close - 2; k >= s.First && close - k <= MaxRelativeAside; k--)
        {
            if (!s.IsClauseBreak(k)) continue;
            bool opens = OpensRelativeClause(s, k) || s.IsPunct(k, ',') && s.Has(k + 1, WordClass.Preposition) && s.Is(k + 2, "which");
            return opens && k + 3 < close ? k : null;
        }
        return null;
    }

    private const int MaxRelativeAside = 16;

    /// <summary>"last month", "this year", "next week": a time relative to the article's date, which the time reader takes
    /// only when that date is known.</summary>
    internal static bool StartsRelativeTime(SentenceTokens s, int k) =>
        (s.Is(k, "last") || s.Is(k, "this") || s.Is(k, "next")) && s.Has(k + 1, WordClass.TimeUnit);

    // ("During the year": a preposition, not a participle)
    private static bool IsOpeningParticiple(SentenceTokens s, int k) =>
        s.IsCapitalized(k) && s.Span(k) is { Length: > 5 } w && w.EndsWith("ing") && !s.IsCapitalized(k + 1) && !s.Has(k, WordClass.Preposition)
        && (s.Has(k + 1, WordClass.Determiner) || s.IsDigits(k + 1) || s.InRange(k + 1) && s[k + 1].Kind == TokenKind.Symbol)
        // "Based on IMF forecasts,", "Compared with 2019,": a participle and its preposition open no subject either
        || (s.Is(k, "Based") && s.Is(k + 1, "on") || s.Is(k, "Compared") && (s.Is(k + 1, "with") || s.Is(k + 1, "to")));

    // "The cost of fixing NHS waiting times could reach", "the share of coal": a word that could be a verb is a noun right
    // after an article, and a gerund after "of".
    private static bool IsNounInPhrase(SentenceTokens s, int first, int k) =>
        k > first && !s.Has(k, WordClass.Auxiliary)
        && (s.Is(k - 1, "the") || s.Is(k - 1, "a") || s.Is(k - 1, "an") || s.Is(k - 1, "of") && s.Span(k).EndsWith("ing")
            || IsChangeNoun(s, k) || IsModifiedNounOf(s, first, k) || IsPayNoun(s, k) || IsCompoundHeadBeforePreposition(s, k));

    // "The trend estimate for total construction work": a bare verb form after an article's noun and before "for" or "of"
    // heads a compound noun
    private static bool IsCompoundHeadBeforePreposition(SentenceTokens s, int k) =>
        (s.Is(k - 2, "the") || s.Is(k - 2, "a") || s.Is(k - 2, "an")) && s.IsLower(k - 1) && s.IsWord(k - 1) && !IsVerbLike(s, k - 1)
        && !s.Has(k - 1, WordClass.Preposition | WordClass.Stopword) && s.IsLower(k) && !s.Has(k, WordClass.ChangeUp | WordClass.ChangeDown)
        && s.Span(k) is { Length: > 3 } w && !w.EndsWith("ed") && !w.EndsWith("s") && !w.EndsWith("ing")
        && (s.Is(k + 1, "for") || s.Is(k + 1, "of"));

    // "regular pay including basic salaries went up", "Special pay surged": "pay" after a singular modifier is wages
    private static bool IsPayNoun(SentenceTokens s, int k) =>
        s.Is(k, "pay") && s.IsLower(k) && s.IsWord(k - 1) && !Inflection.IsPlural(s.Span(k - 1))
        && !s.Has(k - 1, WordClass.Pronoun | WordClass.Preposition | WordClass.Conjunction | WordClass.Auxiliary | WordClass.ClauseWord);

    // "Domestic use of palm oil", "Total cost of the scheme": a bare verb form after the phrase's one modifier and before "of"
    private static bool IsModifiedNounOf(SentenceTokens s, int first, int k) =>
        k == first + 1 && s.Is(k + 1, "of") && s.IsWord(first) && !s.Span(first).EndsWith("s") && s.Span(k) is { Length: > 2 } w
        && !w.EndsWith("ed") && !w.EndsWith("ing") && !w.EndsWith("s") && !s.Has(first, WordClass.Pronoun | WordClass.Preposition);

    // "organic sales growth", "the current share of coal", "market share for electric vehicles": "growth" is always a noun,
    // and a bare "share" or "rise" after a singular word is one too (a verb there would end in -s).
    internal static bool IsChangeNoun(SentenceTokens s, int k)
    {
        var w = s.Span(k);
        if (w is "growth" or "expansion" or "reduction") return s.IsWord(k - 1) && !s.Has(k - 1, WordClass.Preposition | WordClass.Conjunction);
        if (w is not ("share" or "increase" or "rise" or "fall" or "drop" or "jump" or "gain" or "decline" or "surge" or "climb" or "decrease")) return false;
        if (s.Is(k - 1, "per")) return true; // "earnings per share"
        if (!s.IsWord(k - 1) || s.Has(k - 1, WordClass.Preposition | WordClass.Conjunction | WordClass.Auxiliary | WordClass.Pronoun | WordClass.ClauseWord)
            || IsVerbLike(s, k - 1)) return false;
        var before = s.Span(k - 1);
        return !before.EndsWith("s") || before.EndsWith("ss") || before.EndsWith("'s") || before.EndsWith("’s");
    }

    // "the 20-city home price index", "the average 30-year mortgage rate": a number joined to a word by a hyphen
    // modifies the noun after it.
    private static bool IsNumberCompound(SentenceTokens s, int k) =>
        s.IsDigits(k) && s.IsPunct(k + 1, '-') && s.Touches(k + 1) && s.Touches(k + 2) && s.IsWord(k + 2);

    // "(AI)" between a noun phrase's words: the closing bracket, when a noun (not a verb) follows it; else -1.
    private static int InnerParenthesisEnd(SentenceTokens s, int open, int before)
    {
        for (int k = open + 1; k < before && k - open <= 5; k++)
        {
            if (s.IsPunct(k, ')')) return k > open + 1 && s.IsWord(k + 1) && k + 1 < before && !IsVerbLike(s, k + 1)
                && !s.Has(k + 1, WordClass.Auxiliary | WordClass.Preposition | WordClass.ClauseWord | WordClass.Conjunction) ? k : -1;
            if (s.IsClauseBreak(k)) return -1;
        }
        return -1;
    }

    // "with deployments in manufacturing, finance, healthcare, and education reaching 1,500": what is reaching.
    private static (int First, int End)? WithAbsolute(SentenceTokens s, int with, int before)
    {
        for (int k = before - 1; k > with + 1; k--)
        {
            // "with arrivals from Saudi Arabia down 22.7 percent", "with input prices also up by 1%": "up" or "down" is the
            // absolute's predicate too
            bool atFigure = k == before - 1 || s.IsDigits(k + 1) || k + 2 == before && s.Is(k + 1, "by");
            if (!s.IsWord(k) || !s.IsLower(k) || !(s.Span(k).EndsWith("ing") && IsVerbLike(s, k) || atFigure && (s.Is(k, "up") || s.Is(k, "down")))) continue;
            // "with exports to the European Union also jumping 16 percent": an adverb before the participle is no noun
            int end = k;
            // ("with search going up by 12%": the verb "up" follows is the predicate's too)
            while (end > with + 2 && (IsSentenceAdverb(s.Span(end - 1)) || s.Is(end - 1, "up") || s.Is(end - 1, "down")
                                      || s.IsLower(end - 1) && s.Span(end - 1).EndsWith("ing") && IsVerbLike(s, end - 1))) end--;
            return (with + 1, end);
        }
        return null;
    }

    // "Overall, there were 937 trains cancelled", "Globally, there were 37 large airports": an adverb that opens the sentence
    // before a comma frames it and names nothing ("Overall revenue rose" keeps its adjective).
    internal static bool IsLinkingAdverb(SentenceTokens s, int k) =>
        s.Is(k, "yet") || s.Is(k, "still") || s.Is(k, "however") || s.Is(k, "meanwhile") || s.Is(k, "moreover") || s.Is(k, "instead")
        || s.Is(k, "even") || s.Is(k, "albeit") || s.Is(k, "indeed")
        // "Overall,", "Separately,", "Statewide,": a word alone before the opening comma ("Overall the number of deaths has
        // increased": or before an article)
        || k == s.First && (s.IsPunct(k + 1, ',') || s.Is(k + 1, "the"))
           && (s.Is(k, "overall") || s.Is(k, "elsewhere") || s.Span(k) is { Length: > 5 } w && (w.EndsWith("ly") || w.EndsWith("wide")));

    public static bool IsSentenceAdverb(ReadOnlySpan<char> w) =>
        w is "still" or "also" or "already" or "alone" or "even" or "recently" or "reportedly" or "jointly" or "together" or "often"
            or "actually" or "slightly" or "sharply" or "steadily" or "largely" or "mostly" or "again";

    /// <summary>The end of a comparison of periods that starts at k ("month on month", "year-over-year", "on an annual basis",
    /// "on a seasonally adjusted basis"), or k when none starts there: it says what a change is measured against, never what
    /// changed.</summary>
    internal static int PeriodOverPeriodEnd(SentenceTokens s, int k)
    {
        if (AbbreviatedPeriodOverPeriod(s, k) is { } abbreviated) return abbreviated.End;
        if (RepeatedPeriod(s, k) is { } repeated) return repeated.End;
        // "on a monthly basis", "on an annualised basis": up to three words before "basis" ("on a year-over-year basis": or one
        // period compared with the one before)
        if (!s.Is(k, "on") || !(s.Is(k + 1, "a") || s.Is(k + 1, "an"))) return k;
        if (RepeatedPeriod(s, k + 2) is { } compared && s.Is(compared.End, "basis")) return compared.End + 1;
        for (int j = k + 2; j < s.End && j - k <= 6; j++)
        {
            if (s.Is(j, "basis")) return j > k + 2 ? j + 1 : k;
            if (!s.IsWord(j) && !s.IsPunct(j, '-')) return k;
        }
        return k;
    }

    /// <summary>"month on month", "year over year", "year-on-year" (the hyphens are tokens of their own) at k: the token of
    /// "on" or "over", and the token after the second period word; null for none.</summary>
    internal static (int Link, int End)? RepeatedPeriod(SentenceTokens s, int k)
    {
        int link = s.IsPunct(k + 1, '-') ? k + 2 : k + 1, second = s.IsPunct(link + 1, '-') ? link + 2 : link + 1;
        return s.Has(k, WordClass.TimeUnit) && (s.Is(link, "on") || s.Is(link, "over")) && s.IsWord(second)
            && s.Span(second).Equals(s.Span(k), StringComparison.OrdinalIgnoreCase) ? (link, second + 1) : null;
    }

    /// <summary>"y-o-y", "q-o-q", "m-o-m" (hyphens touching), "YoY", "MoM", "QoQ" at k: the period compared with the one
    /// before ("year"), and the token after; null for none.</summary>
    internal static (string Period, int End)? AbbreviatedPeriodOverPeriod(SentenceTokens s, int k)
    {
        // ("mom" in lower case is a mother)
        if (s.IsWord(k) && s.Span(k) is { Length: 3 } w && (w is "yoy" or "qoq" || char.IsUpper(w[0]) && w[1] == 'o' && w[2] == w[0])
            && PeriodLetter(w[0]) is { } period) return (period, k + 1);
        bool spelled = s.IsWord(k) && s.Span(k).Length == 1 && s.IsPunct(k + 1, '-') && s.Touches(k + 1) && s.Is(k + 2, "o") && s.Touches(k + 2)
            && s.IsPunct(k + 3, '-') && s.Touches(k + 3) && s.IsWord(k + 4) && s.Touches(k + 4) && s.Span(k + 4).Equals(s.Span(k), StringComparison.OrdinalIgnoreCase);
        return spelled && PeriodLetter(s.Span(k)[0]) is { } spelledPeriod ? (spelledPeriod, k + 5) : null;
    }

    private static string? PeriodLetter(char c) => char.ToLowerInvariant(c) switch { 'y' => "year", 'm' => "month", 'q' => "quarter", _ => null };

    /// <summary>"That's", "That’s": "that" and its verb in one word, pointing back as "that is" does.</summary>
    // ("That compares with 84,886": "that" before a verb of comparing points back too)
    internal static bool IsThatIs(SentenceTokens s, int k) =>
        s.Is(k, "that's") || s.Is(k, "that’s") || (s.Is(k, "that") || s.Is(k, "this")) && k == s.First && (s.Is(k + 1, "compares") || s.Is(k + 1, "compared"));

    internal static bool IsYear(SentenceTokens s, int k) => s.IsDigits(k) && NonFigureRules.IsYearDigits(s.Span(k));

    // "the 2019 deficit", "the August 2019 deficit", "Indonesia's 2018 exports": a year after an article, a month or a
    // possessive, before the noun, modifies it
    private static bool IsYearModifier(SentenceTokens s, int first, int k, int before) =>
        k > first && k + 1 < before && IsYear(s, k) && (s.Has(k - 1, WordClass.Determiner) || s.Has(k - 1, WordClass.Month) || MetricReader.IsPossessive(s, k - 1)
                                                        || AfterArticleAndAdjective(s, k)) // "the average 2020 Basic Payment"
        // ("The 2016 BBC Children in Need appeal": after "the", a name may follow the year)
        && (s.IsLower(k + 1) || s.IsCapitalized(k + 1) && (s.Is(k - 1, "the") || s.Is(k - 2, "the")))
        && !IsVerbLike(s, k + 1) && !s.Has(k + 1, WordClass.Preposition | WordClass.Stopword | WordClass.Conjunction);

    private static bool AfterArticleAndAdjective(SentenceTokens s, int k) =>
        s.Has(k - 2, WordClass.Determiner) && s.IsLower(k - 1) && s.IsWord(k - 1) && !IsVerbLike(s, k - 1)
        && !s.Has(k - 1, WordClass.Preposition | WordClass.Stopword | WordClass.Conjunction | WordClass.Determiner);

    // "115 countries ... took part in its Advanced Technology Competition attracted over 3,200": when the clause does not
    // open with its subject, the subject is the noun phrase right before the last verb ahead of the figure.
    private static (int First, int End)? NounBeforeVerb(SentenceTokens s, int clauseStart, int before)
    {
        int verb = -1;
        for (int k = before - 1; k > clauseStart; k--)
            if (IsVerbLike(s, k)) { verb = k; break; }
        if (verb < 0) return null;
        // "In Africa group beer volumes were up 6%", "In Kenya elephant numbers are declining at": the verb group opens at its
        // form of "be" ("market share rose": a noun that can be a verb is no part of the subject)
        if ((s.Is(verb, "up") || s.Is(verb, "down") || s.Span(verb).EndsWith("ing")) && IsVerbLike(s, verb - 1) && IsFormOfBeOrHave(s.Span(verb - 1)))
            verb--;
        // "In the North East they fell": a pronoun right before the verb is the subject
        if (s.Is(verb - 1, "they") || s.Is(verb - 1, "it")) return (verb - 1, verb);
        // "expected organic sales growth of 7-9%": the noun of change is the phrase's head
        if (IsChangeNoun(s, verb) && s.Is(verb + 1, "of") && !s.Has(verb - 1, WordClass.Determiner)) { int head = verb; verb = head + 1;
            int start = head;
            while (start > clauseStart && s.IsWord(start - 1) && !IsVerbLike(s, start - 1)
                   && !s.Has(start - 1, WordClass.Preposition | WordClass.Determiner | WordClass.Stopword | WordClass.Conjunction)) start--;
            return start < head ? (start, head + 1) : null; }
        // "In Maharashtra, 137 sugar mills, which are in operation, produced": the noun before a relative clause set off by commas
        int end = s.IsPunct(verb - 1, ',') && RelativeClauseComma(s, clauseStart, verb - 1) is > 0 and var comma ? comma : verb;
        int first = end;
        // "In heavy trading, shares fell": a plural right before the verb is its subject, though "shares" can be a verb too
        while (first > clauseStart && s.IsWord(first - 1) && (!IsVerbLike(s, first - 1) || first == end && IsPluralBeforeVerb(s, first - 1) || IsChangeNoun(s, first - 1))
               && !s.Has(first - 1, WordClass.Preposition | WordClass.Determiner | WordClass.Stopword | WordClass.Conjunction)) first--;
        if (end < verb) return first < end ? (first, end) : null;
        // "for the quarter was down": a time the opening preposition's article opens is its object, not the verb's subject
        if (first == clauseStart + 2 && end == first + 1 && s.Has(clauseStart, WordClass.Preposition) && s.Has(clauseStart + 1, WordClass.Determiner)
            && s.Has(first, WordClass.TimeUnit)) return null;
        // "In the year the rate of inflation slowed": the noun an article opens, and its "of"
        if (first < verb && s.Is(first - 1, "of") && first - 2 > clauseStart && s.IsLower(first - 2) && !IsVerbLike(s, first - 2)
            && !s.Has(first - 2, WordClass.Preposition | WordClass.Determiner | WordClass.Stopword | WordClass.Conjunction | WordClass.TimeUnit)
            && s.Has(first - 3, WordClass.Determiner) && s.IsLower(first - 3))
            first -= 2;
        return first < verb ? (first, verb) : null;
    }

    // The comma that opens ", which ..." or ", who ..." closed by the comma at closing, or -1
    private static int RelativeClauseComma(SentenceTokens s, int clauseStart, int closing)
    {
        for (int k = closing - 1; k > clauseStart + 1 && closing - k <= MaxRelativeClause; k--)
        {
            if (s.IsClauseBreak(k) && !s.IsPunct(k, ',')) return -1;
            if (s.IsPunct(k, ',')) return s.Is(k + 1, "which") || s.Is(k + 1, "who") ? k : -1;
        }
        return -1;
    }

    private const int MaxRelativeClause = 10;

    private static bool IsFormOfBeOrHave(ReadOnlySpan<char> w) =>
        w is "is" or "are" or "was" or "were" or "been" or "has" or "have" or "had";

    private static bool IsPluralBeforeVerb(SentenceTokens s, int k) =>
        s.IsLower(k) && Inflection.IsPlural(s.Span(k)) && !s.Has(k, WordClass.Auxiliary | WordClass.ChangeUp | WordClass.ChangeDown) && !s.Span(k).EndsWith("ing");

    /// <summary>The subject of the sentence before token <paramref name="before"/>: the first clause whose noun phrase
    /// is followed by a verb, else the first clause's noun phrase.</summary>
    public static (int First, int End)? SentenceSubject(SentenceTokens s, int before)
    {
        (int, int)? firstFound = null;
        int start = WireDateline.End(s) is > 0 and var afterDateline ? afterDateline : s.First;
        while (start < before)
        {
            int end = End(s, start);
            // "According to data compiled by Challenger, 10 companies ...": the source's phrase holds no subject of the sentence
            if (s.Is(start, "according") && s.Is(start + 1, "to")) { start = end + 1; continue; }
            // "– which owns three airlines –": a relative clause's "which" is no subject of the sentence
            if (Subject(s, start, Math.Min(end, before)) is { } subj && !(subj.End == subj.First + 1 && s.Has(subj.First, WordClass.ClauseWord)))
            {
                // "Bharti Airtel, the operator, on Monday reported": after an aside, a day of saying is no subject
                if (firstFound is not null && Months.IsDayOfSaying(s, subj) && s.IsPunct(start - 1, ',')) return firstFound;
                if (IsVerbLike(s, subj.End) || s.Has(subj.End, WordClass.NowWord)) return subj;
                firstFound ??= subj;
            }
            start = end + 1;
        }
        return firstFound;
    }

    /// <summary>How many content words (not stopwords, determiners or prepositions) tokens [first, end) hold.</summary>
    public static int ContentWords(SentenceTokens s, int first, int end)
    {
        int n = 0;
        for (int k = first; k < end; k++)
            if (s.IsWord(k) && !s.Has(k, WordClass.Stopword | WordClass.Determiner | WordClass.Preposition)) n++;
        return n;
    }
}
