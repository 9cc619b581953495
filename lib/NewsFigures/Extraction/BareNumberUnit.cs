namespace NewsFigures;

/// <summary>
/// Finds the unit of a number written without one: a bare number that compares with an earlier count takes its unit
/// ("626 regular universities ..., far exceeding the 35 in 2019", "250 million users ... surge to 100 million"),
/// a bare count doing something counts people ("where 700 million lack digital access"), a "base" names what
/// it counts ("user base hit 515 million"), and otherwise the clause's subject does ("Museum visitors rose to 40,000",
/// "the number of nesting pairs reached 1,200").
/// </summary>
internal static class BareNumberUnit
{
    /// <summary>Every figure of the sentence with the unit it is read to have, then what its counts counted remembered for
    /// the next sentence.</summary>
    public static void InferAll(SentenceTokens s, List<FigureDraft> figures, Discourse discourse)
    {
        string? counted = null;
        for (int f = 0; f < figures.Count; f++)
        {
            figures[f] = Infer(s, figures, f, discourse.PreviousCountUnit);
            // ("lose control of prisons after 184 years. The total fell by about 500": a span of time is no count a later
            // bare number continues)
            if (figures[f].Unit is { Unit: { } unit, Class: UnitClass.Counted or UnitClass.None }) counted = IsTimeSpan(unit) ? null : unit;
        }
        if (figures.Count > 0) discourse.CountsRead(counted);
    }

    private static bool IsTimeSpan(string unit) => unit is "year" or "month" or "week" or "day" or "hour" or "decade" or "minute";

    /// <summary>The figure with the unit it is read to have (unchanged when it states one or none can be inferred).</summary>
    public static FigureDraft Infer(SentenceTokens s, List<FigureDraft> figures, int f, string? previousCountUnit = null)
    {
        var c = figures[f];
        if (c.Unit.Class != UnitClass.None || c.Number.Form is not (NumberForm.Digits or NumberForm.Words)) return c;
        // "..., while the number of iPads sold declined 9% to 13.2 million": the clause's own count comes before a borrowed one
        if (CountedByNumberOf(s, c) is { } own) return c with { Unit = c.Unit with { Unit = own } };
        // "Of these deaths 300 were from accidental fires": a number right after an opening "of" phrase counts its noun
        if (OpeningPartitiveNoun(s, c) is { } partitive) return c with { Unit = c.Unit with { Unit = partitive, Class = UnitClass.Counted } };
        // "CON 36%(-6), LDEM 8%(+1)": a signed number in brackets right after a percent moves it by points
        if (IsSignedPointsAfterPercent(s, figures, f))
            return c with { Unit = c.Unit with { Unit = "percentage point", Class = UnitClass.Percent } };
        // "registering a high pass percentage of 97.67": a percentage's number is a percent
        if (!c.Number.HasScale && s.Is(c.TextFirst - 1, "of") && s.Is(c.TextFirst - 2, "percentage") && c.Value <= 100)
            return c with { Unit = c.Unit with { Unit = "percent", Class = UnitClass.Percent } };
        // "between 14 and 15 million units": the start of a range counts what its end counts
        // ("300-400 workers": and its noun phrase)
        // ("around 28 to 30 maunds", "two to three weeks": a bare first of a range with "to" before its noun too, not "from 5 to
        // 10", whose first is the level a change starts from)
        if (f + 1 < figures.Count && figures[f + 1].Unit is { Class: UnitClass.Counted, Unit: { } } ended
            && (KindCues.JoinsRange(s, c, figures[f + 1]) || PairsBeforeNoun(s, c, figures[f + 1])))
            return c with { Unit = ended.NounFirst > c.TextLast
                ? c.Unit with { Unit = ended.Unit, Class = UnitClass.Counted, NounFirst = ended.NounFirst, NounHead = ended.NounHead, NounEnd = ended.NounEnd }
                : c.Unit with { Unit = ended.Unit, Class = UnitClass.Counted } };
        // "rose from 618 to 642 homicides": the level a change starts from counts what the level it reaches counts
        if (f + 1 < figures.Count && figures[f + 1].Unit is { Class: UnitClass.Counted, Unit: { } reachedUnit } && s.Is(c.TextFirst - 1, "from")
            && s.Is(c.TextLast + 1, "to") && figures[f + 1].TextFirst == c.TextLast + 2 && figures[f + 1].Number.HasScale == c.Number.HasScale)
            return c with { Unit = c.Unit with { Unit = reachedUnit, Class = UnitClass.Counted } };
        // "fell by 200,000 barrels a day to 10.3 million": the level a change by a measure reaches is in its unit, at any scale
        if (f > 0 && s.Is(c.TextFirst - 1, "to") && figures[f - 1] is { Unit.Class: UnitClass.Counted or UnitClass.Measure } change
            && s.Is(change.TextFirst - 1, "by") && change.ExtentLast + 2 == c.TextFirst)
            return c with { Unit = c.Unit with { Unit = change.Unit.Unit } };
        // "while public order offences jumped 39% to 78,697": the level a percent change reaches in its own clause counts what
        // that clause's subject counts, before any count borrowed from an earlier clause
        if (f > 0 && s.Is(c.TextFirst - 1, "to") && figures[f - 1].Unit.Class == UnitClass.Percent
            && Clauses.Start(s, figures[f - 1].TextFirst) == Clauses.Start(s, c.TextFirst) && CountedBySubject(s, c) is { } reached)
            return c with { Unit = c.Unit with { Unit = reached } };
        if (ShareWholeInBrackets(s, figures, f) is { } whole) return c with { Unit = c.Unit with { Unit = whole } };
        if (IsPercentInBracketsLikeEarlier(s, figures, f)) return c with { Unit = c.Unit with { Unit = "percent", Class = UnitClass.Percent } };
        if (IsPercentBase(s, figures, f)) return c with { Unit = c.Unit with { Unit = "percent", Class = UnitClass.Percent } };
        // "a nationwide customer base of 28.4 million": a base names what it counts, as a subject's does ("user base hit")
        if (s.Is(c.TextFirst - 1, "of") && s.Is(c.TextFirst - 2, "base") && s.IsLower(c.TextFirst - 3) && s.IsWord(c.TextFirst - 3)
            && !s.Has(c.TextFirst - 3, WordClass.Determiner | WordClass.Preposition | WordClass.Stopword))
            return c with { Unit = c.Unit with { Unit = Inflection.Singular(s.Span(c.TextFirst - 3)) } };
        if (ReachedLikeEarlier(s, figures, f) is { } listed) return c with { Unit = c.Unit with { Unit = listed } };
        // "membership has reached 3.17 million, up about 450,000 from five years ago": the change right after a count, set off
        // by a comma, counts what the count counts, at any scale
        if (f > 0 && (s.Is(c.TextFirst - 1, "up") || s.Is(c.TextFirst - 1, "down")) && s.IsPunct(c.TextFirst - 2, ',')
            && figures[f - 1] is { Unit: { Unit: { } level, Class: UnitClass.Counted or UnitClass.None } } before && before.ExtentLast == c.TextFirst - 3)
            return c with { Unit = c.Unit with { Unit = level } };
        if (IsIndexLevel(s, c)) return c with { Unit = c.Unit with { Unit = "point" } };
        if (CountsJobs(s, c)) return c with { Unit = c.Unit with { Unit = "job" } };
        int from = BorrowedFrom(figures, f);
        if (from >= 0) return c with { Unit = c.Unit with { Unit = figures[from].Unit.Unit }, BorrowedUnit = true };
        if (ComparedAmount(s, figures, f) is { } money) return c with { Unit = c.Unit with { Unit = money, Class = UnitClass.Currency } };
        if (c.Number.HasScale && Clauses.IsVerbLike(s, c.TextLast + 1) && !s.Has(c.TextLast + 1, WordClass.Auxiliary | WordClass.ForecastCue))
            return c with { Unit = c.Unit with { Unit = "person" } };
        if (IsPeoplesPopulation(s, c)) return c with { Unit = c.Unit with { Unit = "person" } };
        if (ChangedNounReached(s, c) is { } changed) return c with { Unit = c.Unit with { Unit = changed } };
        var subject = Clauses.Subject(s, Clauses.Start(s, c.TextFirst), c.TextFirst);
        if (CountedByBase(s, c, subject) is { } based) return c with { Unit = c.Unit with { Unit = based } };
        if (CountedBySubject(s, c) is { } counted) return c with { Unit = c.Unit with { Unit = counted } };
        return previousCountUnit is not null && RefersBack(s, Clauses.Start(s, c.TextFirst), subject ?? Clauses.SentenceSubject(s, c.TextFirst))
            ? c with { Unit = c.Unit with { Unit = previousCountUnit } } : c;
    }

    // "28 to 30 maunds": a first number joined by "to" to a second that counts a noun right after it, at the same scale
    // ("319 and 263 new vessels" by "and" too made a third-set figure fall)
    private static bool PairsBeforeNoun(SentenceTokens s, FigureDraft first, FigureDraft second) =>
        second.TextFirst == first.TextLast + 2 && s.Is(first.TextLast + 1, "to")
        && !s.Is(first.TextFirst - 1, "from") && first.Number.HasScale == second.Number.HasScale
        && second.Unit.HasNoun && second.Unit.NounFirst <= second.TextLast + 3;

    // "user base hit 515 million", "the total wireless subscriber base of the country increased ... to 1,163.41 million",
    // "bringing its customer base to 55 million": a base, the subject's head or the object a figure is brought to, names
    // what it counts
    private static string? CountedByBase(SentenceTokens s, FigureDraft c, (int First, int End)? subject)
    {
        if (s.Is(c.TextFirst - 1, "to") && IsCountingBase(s, c.TextFirst - 2)) return Inflection.Singular(s.Span(c.TextFirst - 3));
        if (subject is { } sj)
            for (int k = sj.First + 1; k < sj.End; k++)
                if (IsCountingBase(s, k) && (k == sj.End - 1 || s.Is(k + 1, "of"))) return Inflection.Singular(s.Span(k - 1));
        // ("highlighted that the total wireless subscriber base of the country increased from": the reported clause's head,
        // before its verb)
        for (int k = ClauseStartOf(s, c) + 1; k < c.TextFirst; k++)
            if (IsCountingBase(s, k) && (s.Is(k + 1, "of") || Clauses.IsVerbLike(s, k + 1))) return Inflection.Singular(s.Span(k - 1));
        return null;
    }

    private static bool IsCountingBase(SentenceTokens s, int k) =>
        s.Is(k, "base") && s.IsWord(k - 1) && !s.Has(k - 1, WordClass.Determiner | WordClass.Preposition | WordClass.Stopword | WordClass.Pronoun);

    // "declined to 66.0 percent in October from 69.8 in September": a bare number, no more than 100, after "from" and the
    // percent level it is compared with (and that level's time) is a percent too ("from 50.2 to 49.7 percent" is a range),
    // and so is one a percent is "compared to" or set "against"
    private static bool IsPercentBase(SentenceTokens s, List<FigureDraft> figures, int f)
    {
        var c = figures[f];
        if (c.Number.HasScale || c.Value > 100) return false;
        // (the percent a level reached, "to 66.0 percent": after a change, "an increase of 4.2 per cent from 95", the base is
        // the old level of what changed)
        if (f == 0 || figures[f - 1].Unit is not { Class: UnitClass.Percent } percent) return false;
        // "a growth of 6.75 percent this year, compared to 7.1 in 2017": what a percent is compared with, a few words on, is one
        int compared = s.Is(c.TextFirst - 1, "to") || s.Is(c.TextFirst - 1, "with") ? c.TextFirst - 2 : c.TextFirst - 1;
        if (percent.Unit == "percent" && (s.Is(compared, "compared") && compared < c.TextFirst - 1 || s.Is(compared, "against") || s.Is(compared, "versus")))
        {
            for (int k = figures[f - 1].ExtentLast + 1; k < compared; k++)
                if (!(s.IsWord(k) || s.IsPunct(k, ',')) || compared - k > 5) return false;
            return true;
        }
        if (!s.Is(figures[f - 1].TextFirst - 1, "to") || !s.Is(c.TextFirst - 1, "from")) return false;
        for (int k = figures[f - 1].ExtentLast + 1; k < c.TextFirst - 1; k++)
            if (!s.IsWord(k) || c.TextFirst - 1 - k > 4) return false; // only the percent's time between ("in October")
        return true;
    }

    // "57.8 per cent of patients (48,735)", "62.6 per cent (14,577) of GI scope patients": a count in brackets beside a share
    // restates it in what the share's whole counts
    private static string? ShareWholeInBrackets(SentenceTokens s, List<FigureDraft> figures, int f)
    {
        var c = figures[f];
        if (f == 0 || figures[f - 1].Unit.Class != UnitClass.Percent || !s.IsPunct(c.TextFirst - 1, '(') || !s.IsPunct(c.TextLast + 1, ')')) return null;
        int share = figures[f - 1].TextLast;
        // the whole's words run from its "of" to the bracket, or after the bracket to a preposition, a verb or a stop
        int of = s.Is(share + 1, "of") && c.TextFirst - share <= 7 ? share + 1 : share + 1 == c.TextFirst - 1 && s.Is(c.TextLast + 2, "of") ? c.TextLast + 2 : -1;
        if (of < 0) return null;
        int end = of + 1;
        while (end < s.End && end - of <= 5 && s.IsWord(end) && !s.Has(end, WordClass.Preposition) && !Clauses.IsVerbLike(s, end)) end++;
        int head = end - 1;
        return head > of && (of > c.TextLast || end == c.TextFirst - 1) && s.IsLower(head) && !s.Has(head, WordClass.Pronoun)
            && Inflection.IsPlural(s.Span(head)) ? Inflection.Singular(s.Span(head)) : null;
    }

    // "arrivals from Saudi Arabia down 22.7 percent to 5,145 and UAE down 14.3 percent to 2,186": the level a percent change
    // reaches, in a list of such changes, counts what the level an earlier one reached in the sentence counts
    private static string? ReachedLikeEarlier(SentenceTokens s, List<FigureDraft> figures, int f)
    {
        if (!ReachedByPercent(s, figures, f)) return null;
        for (int g = f - 2; g >= 1; g--)
            if (figures[g].Unit is { Class: UnitClass.Counted or UnitClass.None, Unit: { } unit } && ReachedByPercent(s, figures, g)) return unit;
        return null;
    }

    private static bool ReachedByPercent(SentenceTokens s, List<FigureDraft> figures, int f) =>
        f > 0 && s.Is(figures[f].TextFirst - 1, "to") && figures[f - 1].Unit.Class == UnitClass.Percent && figures[f - 1].ExtentLast + 2 == figures[f].TextFirst;

    // "job losses of 96,000", "These sectors recorded job losses: • Manufacturing: 96,000 • Finance: 68,000": a number that
    // sizes job losses, gains or cuts, or that a list after them gives, counts jobs
    private static bool CountsJobs(SentenceTokens s, FigureDraft c)
    {
        if (s.Is(c.TextFirst - 1, "of") && IsJobChange(s, c.TextFirst - 3)) return true;
        int colon = -1;
        for (int k = s.First; k < c.TextFirst && colon < 0; k++) if (s.IsPunct(k, ':')) colon = k;
        if (colon < 0 || !s.IsPunct(c.TextFirst - 1, ':')) return false; // a list item after the heading's colon: "• Trade: 92,000"
        for (int k = s.First; k < colon - 1; k++) if (IsJobChange(s, k)) return true;
        return false;
    }

    private static bool IsJobChange(SentenceTokens s, int k) =>
        (s.Is(k, "job") || s.Is(k, "jobs")) && s.IsWord(k + 1)
        && s.Span(k + 1).ToString().ToLowerInvariant() is "losses" or "loss" or "gains" or "gain" or "cuts" or "increases" or "increase" or "growth" or "creation";

    // The singular of the plural noun that ends a sentence's opening "Of the/these ..." (at most two words before it) right
    // before the figure, its comma there or not, else null
    internal static string? OpeningPartitiveNoun(SentenceTokens s, FigureDraft c)
    {
        int noun = s.IsPunct(c.TextFirst - 1, ',') ? c.TextFirst - 2 : c.TextFirst - 1;
        if (!s.Is(s.First, "of") || !s.Has(s.First + 1, WordClass.Determiner) || noun < s.First + 2 || noun > s.First + 4) return null;
        for (int k = s.First + 2; k < noun; k++) if (!s.IsWord(k) || !s.IsLower(k) || Clauses.IsVerbLike(s, k)) return null;
        return s.IsWord(noun) && s.IsLower(noun) && Inflection.IsPlural(s.Span(noun)) && !Clauses.IsVerbLike(s, noun) ? Inflection.Singular(s.Span(noun)) : null;
    }

    // A bare number with its sign in brackets right after a percent: "36%(-6)"
    private static bool IsSignedPointsAfterPercent(SentenceTokens s, List<FigureDraft> figures, int f)
    {
        var c = figures[f];
        int open = s.IsPunct(c.TextFirst - 1, '-') || s.IsPunct(c.TextFirst - 1, '+') ? c.TextFirst - 2 : -1;
        return f > 0 && open > 0 && s.IsPunct(open, '(') && s.IsPunct(c.TextLast + 1, ')') && !c.Number.HasScale
            && figures[f - 1] is { Unit.Class: UnitClass.Percent } percent && percent.ExtentLast + 1 == open;
    }

    // "The Bovespa index fell 2.3% to 63,414.22", "Average Quality Index this year is 259.60, which has increased from
    // 246.71": a number with no scale whose sentence's subject is an index states the index's level in points
    private static bool IsIndexLevel(SentenceTokens s, FigureDraft c)
    {
        // ("its Quality Index 386.65": an index named right before the number)
        if (!c.Number.HasScale && s.Is(c.TextFirst - 1, "Index")) return true;
        if (c.Number.HasScale || !MentionsIndexBefore(s, c.TextFirst) || Clauses.SentenceSubject(s, c.TextFirst) is not { } subject) return false;
        for (int k = subject.First; k < subject.End; k++)
        {
            if (s.Is(k, "index") && !s.Is(k + 1, "of")) return k == subject.End - 1 || s.IsPunct(k + 1, '(') || Clauses.StartsRelativeTime(s, k + 1);
            // "The Nikkei rose 1.2% to 38,500": a stock index by its name
            // ("the Dow Jones Industrial Average")
            if (s.IsCapitalized(k) && (IsIndexName(s.Span(k)) || s.Is(k, "Average") && s.Is(k - 1, "Industrial")) && k >= subject.End - 2) return true;
        }
        return false;
    }

    private static bool IsIndexName(ReadOnlySpan<char> w) =>
        w is "Nikkei" or "Sensex" or "Nifty" or "Dow" or "Nasdaq" or "FTSE" or "DAX" or "CAC" or "Kospi" or "KOSPI" or "Bovespa" or "Topix"
            or "TOPIX" or "Hang" or "Seng" or "ASX" or "JSE" or "KSE-100" or "Merval" or "IPC" or "TSX" or "Stoxx" or "STOXX";

    // a cheap look for the word before reading the subject, which few bare numbers need
    private static bool MentionsIndexBefore(SentenceTokens s, int figure)
    {
        for (int k = s.First; k < figure; k++) if (s.Is(k, "index") || s.IsCapitalized(k) && IsIndexName(s.Span(k))) return true;
        return false;
    }

    // "This is down from 436 ...", "..., which was 212", "The equivalent figure for 2019 was 2,100": a bare number whose
    // subject is a pronoun or a word for a figure states the count of the sentence before again.
    private static bool RefersBack(SentenceTokens s, int clauseStart, (int First, int End)? subject)
    {
        if (s.Has(clauseStart, WordClass.Pronoun) && !s.Is(clauseStart, "figure") && !s.Is(clauseStart, "number")
            && (s.Has(clauseStart + 1, WordClass.Auxiliary) || s.Is(clauseStart + 1, "compares"))) return true; // "This is down from ...", "That compares with"
        if (subject is not { } sj) return false;
        if (sj.End - sj.First == 1 && s.Has(sj.First, WordClass.Pronoun) && !s.Is(sj.First, "figure") && !s.Is(sj.First, "number")) return true;
        // the noun phrase up to its first preposition or verb: "The equivalent figure for May 2019"
        for (int k = sj.First; s.IsWord(k) && !s.Has(k, WordClass.Preposition | WordClass.Auxiliary) && !Clauses.IsVerbLike(s, k); k++)
            if (s.Is(k, "figure") || s.Is(k, "total") || s.Is(k, "tally") || s.Is(k, "number") && !s.Is(k + 1, "of")) return true;
        return false;
    }

    // "registrations are up 1.7pc (78,942)": a number alone in parentheses belongs to the clause it is set in, and so does one
    // set off by commas after a noun ("the highest number of passengers, 2.46 billion, went to ...")
    private static int ClauseStartOf(SentenceTokens s, FigureDraft c)
    {
        bool aside = ((s.IsPunct(c.TextFirst - 1, '(') && s.IsPunct(c.TextLast + 1, ')'))
            || (s.IsPunct(c.TextFirst - 1, ',') && s.IsPunct(c.TextLast + 1, ',') && s.IsWord(c.TextFirst - 2))) && c.TextFirst - 2 >= s.First;
        // "the highest number of admitted patients on trolleys, at 48": a figure set after a comma and "at" closes the phrase before
        bool atAfterComma = s.Is(c.TextFirst - 1, "at") && s.IsPunct(c.TextFirst - 2, ',') && s.IsWord(c.TextFirst - 3) && !s.InRange(c.TextLast + 1 + (s.IsPunct(c.TextLast + 1, '.') ? 1 : 0));
        return Clauses.Start(s, atAfterComma ? c.TextFirst - 3 : aside ? c.TextFirst - 2 : c.TextFirst);
    }

    // "the number of visitors ... reached 40,000": the plural after "number of" in the figure's clause
    private static string? CountedByNumberOf(SentenceTokens s, FigureDraft c)
    {
        int start = ClauseStartOf(s, c);
        for (int k = c.TextFirst - 2; k >= start; k--)
            // ("The stock of homes in the Netherlands increased by over 77,000": a stock, a count or a tally of them too)
            if ((s.Is(k, "number") || s.Is(k, "numbers") || s.Is(k, "stock") || s.Is(k, "count") || s.Is(k, "tally")) && s.Is(k + 1, "of")
                && PluralAfter(s, k + 2, c.TextFirst) is { } counted) return counted;
        return null;
    }

    // "lower than both last year (98.4%) and 2019 (97.6)": a bare number alone in brackets after a percent alone in brackets
    // earlier in its sentence is a percent too, its sign lost
    private static bool IsPercentInBracketsLikeEarlier(SentenceTokens s, List<FigureDraft> figures, int f)
    {
        var c = figures[f];
        if (c.Number.HasScale || c.Value > 100 || !InBracketsAlone(s, c)) return false;
        for (int e = f - 1; e >= 0; e--)
            if (figures[e].Unit.Class == UnitClass.Percent && InBracketsAlone(s, figures[e])) return true;
        return false;
    }

    private static bool InBracketsAlone(SentenceTokens s, FigureDraft c) =>
        s.IsPunct(c.TextFirst - 1, '(') && s.IsPunct(c.ExtentLast + 1, ')');

    // "economists had expected a rise in claims to 315,000": the level a noun of change reaches counts the plural noun the
    // change is "in", not the clause's subject
    private static string? ChangedNounReached(SentenceTokens s, FigureDraft c)
    {
        int to = c.TextFirst - 1, noun = to - 1;
        if (!s.Is(to, "to") || !s.IsLower(noun) || !s.IsWord(noun) || !Inflection.IsPlural(s.Span(noun))) return null;
        for (int k = noun - 1; k > s.First && noun - k <= MaxChangedNounWords; k--)
        {
            if (!s.IsWord(k)) return null;
            if (!s.Is(k, "in")) continue;
            if (KindCues.NounDirection(s, k - 1) == 0) return null;
            // ("an increase in passenger numbers to 7.2 billion": the word before "numbers" counts)
            if (s.Is(noun, "numbers")) return noun - 1 > k && s.IsLower(noun - 1) ? Inflection.Singular(s.Span(noun - 1)) : null;
            var counted = Inflection.Singular(s.Span(noun));
            return NotCounts.Contains(counted) ? null : counted;
        }
        return null;
    }

    private const int MaxChangedNounWords = 3;

    /// <summary>
    /// What a bare number counts when its clause's subject says so ("the number of visitors ..." is read first, by
    /// <see cref="CountedByNumberOf"/>): "Museum visitors in Paris rose to 40,000" counts visitors (the plural noun that
    /// heads the subject of the verb before the number); "ticket numbers rose 4 per cent to 40,000" counts tickets. Time spans ("for the seven
    /// months") and amounts that are not counts ("prices", "sales figures") are passed over.
    /// </summary>
    internal static string? CountedBySubject(SentenceTokens s, FigureDraft c)
    {
        int start = ClauseStartOf(s, c);
        // "subscribers top 40 mln", "visitors exceeded 40,000": a verb that bounds the number is the clause's verb.
        int verb = c.TextFirst < c.Number.First && s.IsLower(c.TextFirst) && QualifierReader.IsBoundingVerb(s.Span(c.TextFirst))
            && !s.Is(c.TextFirst - 1, "to") ? c.TextFirst : -1;
        for (int k = c.TextFirst - 1; k > start && verb < 0; k--)
            if (Clauses.IsVerbLike(s, k)) verb = k;
        if (verb < 0) return null;
        while (verb - 1 > start && s.Has(verb - 1, WordClass.Auxiliary)) verb--; // "users have reached"
        for (int k = verb - 1, n = 0; k >= start && n < 8; k--, n++)
        {
            // ("Total cattle numbers in June 2007 decreased": past the subject's time)
            if (!s.IsWord(k)) { if (s.IsPunct(k, ')') || s.IsPunct(k, '(') || Clauses.IsYear(s, k)) continue; break; }
            if (Clauses.IsVerbLike(s, k) || s.Has(k, WordClass.ClauseWord | WordClass.Conjunction)) break;
            // "ticket numbers", "the death toll", "Parcel volumes in December were 115 million": the word before counts
            if ((s.Is(k, "numbers") || s.Is(k, "toll") || s.Is(k, "volumes")) && (s.IsLower(k - 1) || k - 1 == s.First) && s.IsWord(k - 1)
                && !s.Has(k - 1, WordClass.Stopword | WordClass.Determiner | WordClass.ClauseWord)) // "where numbers were up": no count of "where"s
                return Inflection.Singular(s.Span(k - 1));
            // "KiwiSaver membership has reached 3.17 million": the people a body of members, readers or viewers counts
            if (s.IsLower(k) && PeopleOfBody(s.Span(k)) is { } people) return people;
            if (!s.IsLower(k) || s.Has(k, WordClass.TimeUnit | WordClass.Stopword | WordClass.Determiner) || !Inflection.IsPlural(s.Span(k))) continue;
            if (NotCounts.Contains(Inflection.Singular(s.Span(k)))) return null;
            // "on the back of attendances rising 12% to 21,000": a noun right before a participle is its subject
            bool participleSubject = k == verb - 1 && s.IsLower(verb) && s.Span(verb).EndsWith("ing", StringComparison.Ordinal);
            if (participleSubject || !IsInPrepositionalPhrase(s, k, start)) return Inflection.Singular(s.Span(k));
        }
        return null;
    }

    // "2013 Population: 1.36 billion", "India has a population of 1.4 billion": a population of no named kind counts people (a
    // "wild tiger population" counts tigers, left to the noun)
    private static bool IsPeoplesPopulation(SentenceTokens s, FigureDraft c)
    {
        int label = c.TextFirst - 1;
        if (!s.IsPunct(label, ':') && !s.Is(label, "of")) return false;
        int population = label - 1;
        if (!s.Is(population, "population")) return false;
        int before = population - 1;
        return !s.InRange(before) || !s.IsWord(before) || !s.IsLower(before) || s.Has(before, WordClass.Determiner) || MetricReader.IsPossessive(s, before)
            || s.Span(before) is "total" or "adult" or "working" or "urban" or "rural" or "combined" or "entire" or "whole" or "national"
                or "global" or "world" or "estimated" or "current" or "resident";
    }

    private static string? PeopleOfBody(ReadOnlySpan<char> w) =>
        w is "membership" ? "member" : w is "readership" ? "reader" : w is "viewership" ? "viewer" : w is "listenership" ? "listener" : null;

    /// <summary>
    /// What a bare number still without a unit counts when its metric is headed by a plural count noun: "international
    /// arrivals" (arrival), "notable AI models in China" (model), "patients on trolleys" (patient). The head is the last
    /// word before the first preposition, relative word or auxiliary; amounts that are not counts ("sales", "prices") and
    /// capitalized words (names) are passed over. Null when there is no such head.
    /// </summary>
    internal static string? CountedByMetric(SentenceTokens s, FigureDraft c, FigureKind kind, string? metric)
    {
        if (metric is null || c.Unit.Class != UnitClass.None || c.Unit.Unit is not null || c.BorrowedUnit
            || c.Number.Form is not (NumberForm.Digits or NumberForm.Words) || kind is FigureKind.Share or FigureKind.Multiple or FigureKind.Rank)
            return null;
        var words = metric.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        int end = words.Length;
        for (int i = 1; i < words.Length; i++)
            if (EndsHeadPhrase(words[i], words[i - 1])) { end = i; break; }
        if (end == 0) return null;
        // "slight drop in homeless applications in the city": a change in something counts what changed
        if (end < words.Length - 1 && words[end] == "in" && IsChangeNoun(words[end - 1]))
        {
            int after = end + 1;
            while (after < words.Length && !EndsHeadPhrase(words[after], words[after - 1])) after++;
            end = after;
        }
        string head = words[end - 1];
        // "an increase in passenger numbers to 7.2 billion": the word before "numbers" counts, as in a subject
        // ("Passenger numbers showed ...": the sentence's first word, written with a capital)
        string counter = end >= 2 && end - 2 == 0 && s.Span(s.First).SequenceEqual(words[0]) && words[0].Skip(1).All(char.IsLower)
            ? words[0].ToLowerInvariant() : end >= 2 ? words[end - 2] : "";
        if (head == "numbers" && end >= 2 && counter.All(char.IsLower) && counter.All(char.IsLetter)
            && (Lexicon.Classify(counter) & (WordClass.Stopword | WordClass.Determiner)) == 0)
            head = Inflection.IsPlural(counter) ? counter : counter + "s";
        // "Deaths reached 31": a one-word metric opening the sentence is written with a capital
        if (end == 1 && char.IsUpper(head[0]) && head.Skip(1).All(char.IsLower)) head = head.ToLowerInvariant();
        if (!char.IsLower(head[0]) || !head.All(char.IsLetter) || !Inflection.IsPlural(head)) return null;
        // "stats aligns": a plural noun before it makes the -s word its verb
        if (end >= 2 && char.IsLower(words[end - 2][0]) && Inflection.IsPlural(words[end - 2])) return null;
        // "India census reflects": a head the sentence uses as a verb (before its object) is none
        for (int k = s.First; k < s.End; k++)
            if (s.Span(k).SequenceEqual(head) && (Clauses.IsVerbLike(s, k) || s.Has(k + 1, WordClass.Determiner))) return null;
        string singular = Inflection.Singular(head);
        return NotCounts.Contains(singular) || MetricHeadsThatAreNotCounted.Contains(singular) ? null : singular;
    }

    private static bool IsChangeNoun(string word) =>
        word is "drop" or "rise" or "increase" or "fall" or "decline" or "jump" or "surge" or "dip" or "decrease" or "reduction";

    // "jobs added by employers", "patients on trolleys", "applications which": where a metric's head noun ends
    private static bool EndsHeadPhrase(string word, string before) =>
        (Lexicon.Classify(word) & (WordClass.Preposition | WordClass.ClauseWord | WordClass.Auxiliary | WordClass.Conjunction)) != 0
        || Inflection.IsPlural(before) && word.Length > 4 && (word.EndsWith("ed", StringComparison.Ordinal) || word.EndsWith("ing", StringComparison.Ordinal));

    // plural heads of metrics that measure no counted thing ("Merck revenues" is in NotCounts; these are its kin)
    private static readonly HashSet<string> MetricHeadsThatAreNotCounted = ["proceed", "expense", "tax", "fee", "payment", "value", "total"];

    private static readonly HashSet<string> NotCounts =
        ["price", "rate", "figure", "number", "level", "cost", "wage", "earning", "revenue", "profit", "share", "stock", "return",
         "saving", "loss", "gain", "fund", "asset", "reserve", "emission", "yield", "sale", "export", "import", "estimate", "term", "data"];

    // "rail passes for the nine months were": the noun of a phrase after a preposition is not the subject's head,
    // unless it follows "number of".
    private static bool IsInPrepositionalPhrase(SentenceTokens s, int k, int start)
    {
        for (int b = k - 1; b >= start && s.IsWord(b); b--)
        {
            if (s.Has(b, WordClass.Preposition)) return !(s.Is(b, "of") && s.Is(b - 1, "number"));
            // ("Visitor numbers to national museums and heritage institutions": a plural joined to the next by "and" is in its phrase)
            if (Inflection.IsPlural(s.Span(b)) && s.IsLower(b) && !s.Has(b, WordClass.Stopword) && !s.Is(b + 1, "and") && !s.Is(b + 1, "or")) return false;
        }
        return false;
    }

    // The first plural noun after "the number of", before the figure: "the number of nesting pairs on the island".
    private static string? PluralAfter(SentenceTokens s, int from, int before)
    {
        for (int k = from; k < before && k < from + 5 && s.IsWord(k); k++)
        {
            if (s.Has(k, WordClass.Preposition | WordClass.Auxiliary | WordClass.ClauseWord)) return null;
            if (Inflection.IsPlural(s.Span(k)) && !s.Has(k, WordClass.Stopword)) return Inflection.Singular(s.Span(k));
        }
        return null;
    }

    // "$4.3 billion from 3.8 billion", "Rs 300 crore against 250 crore", "compared to 3.814 billion", "from $3.8 billion to
    // 4.3 billion": a scaled number set against an amount of money before it in its sentence is in that money
    private static string? ComparedAmount(SentenceTokens s, List<FigureDraft> figures, int f)
    {
        var c = figures[f];
        int k = s.Is(c.TextFirst - 1, "the") ? c.TextFirst - 2 : c.TextFirst - 1;
        // "400.3 million euros (Q1/2002: 391.1 million)", "18.2 million euros (41.5 million)": the comparative in brackets
        // right after an amount, after a label or alone, is in that amount's money
        if (c.Number.HasScale && f > 0 && figures[f - 1].Unit is { Class: UnitClass.Currency, Unit: { } before, Factor: 1 } && figures[f - 1].Number.HasScale
            && s.IsPunct(figures[f - 1].ExtentLast + 1, '(') && s.IsPunct(c.ExtentLast + 1, ')')
            && (c.TextFirst == figures[f - 1].ExtentLast + 2 || s.IsPunct(c.TextFirst - 1, ':') && c.TextFirst - figures[f - 1].ExtentLast <= 8))
            return before;
        // "up from 15 billion compared to Sh24.7 billion": the amount a bare one is compared with names its money
        if (c.Number.HasScale && f + 1 < figures.Count && figures[f + 1].Unit is { Class: UnitClass.Currency, Unit: { } after, Factor: 1 }
            && figures[f + 1].Number.HasScale && s.Is(c.ExtentLast + 1, "compared") && (s.Is(c.ExtentLast + 2, "to") || s.Is(c.ExtentLast + 2, "with"))
            && figures[f + 1].TextFirst == c.ExtentLast + 3)
            return after;
        if (!c.Number.HasScale || !s.IsLower(k)) return null;
        for (int g = f - 1; g >= 0; g--)
        {
            if (figures[g].Unit is not { Class: UnitClass.Currency, Unit: { } code, Factor: 1 } || !figures[g].Number.HasScale) continue;
            // ("$904 billion instead of the more than one trillion we inherited": what replaced it)
            bool compared = s.Span(k) is "from" or "against" or "versus" or "vs" or "than" || s.Is(k, "of") && s.Is(k - 1, "instead")
                || (s.Is(k, "to") || s.Is(k, "with")) && (s.Is(k - 1, "compared") || s.Is(k - 1, "comparison"))
                || s.Is(k, "to") && figures[g].ExtentLast + 1 == k && s.Is(figures[g].TextFirst - 1, "from");
            return compared ? code : null;
        }
        return null;
    }

    /// <summary>The nearest earlier count or measure of the same scale (both with or both without "million"), or -1.</summary>
    public static int BorrowedFrom(List<FigureDraft> figures, int f)
    {
        int tiny = -1;
        for (int g = f - 1; g >= 0; g--)
        {
            // "over a stretch of two decades ... the death toll reducing from 680000": a duration lends its unit only to the
            // number right after it ("from 18 weeks to 21")
            if (figures[g].Unit.Unit is "decade" or "year" && figures[g].ExtentLast + MaxDurationGap < figures[f].TextFirst) continue;
            if (figures[g].Unit.Class is not (UnitClass.Counted or UnitClass.Measure) || figures[g].Number.HasScale != figures[f].Number.HasScale) continue;
            // ("a 6.9 magnitude earthquake ... a death toll of over 6,400": a reading on a scale measures no amount of anything)
            if (figures[g].Unit.Unit == "magnitude") continue;
            // ("29 states ... the federally mandated minimum wage of 7.25 per hour": a whole count lends no unit to a fraction; "22.8
            // men marrying per 1,000 ..., down from 24.5", a rate, does)
            if (figures[g].Unit.Class == UnitClass.Counted && !figures[f].Number.HasScale && !IsWhole(figures[f].Value) && IsWhole(figures[g].Value)
                && !figures[g].Number.HasScale && figures[g].Unit.Unit is not ("year" or "month" or "week" or "day" or "hour")) continue;
            // "149,572 police officers in the 43 territorial police forces— a 21,139 increase": a count a hundred times smaller
            // names something else; a larger one before it lends the unit
            if (figures[g].Value * TinyRatio < figures[f].Value) { if (tiny < 0) tiny = g; continue; }
            return g;
        }
        return tiny;
    }

    private const double TinyRatio = 100;

    private static bool IsWhole(double value) => value == Math.Floor(value);

    private const int MaxDurationGap = 3;
}
