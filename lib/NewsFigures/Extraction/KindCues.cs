namespace NewsFigures;

/// <summary>
/// What the kind rules (Rules/Kind) read around a figure: change words near it ("a 43 percent increase", "dipped 50
/// percent"; falls are negative), change nouns it sizes ("growth of 182,000"), a change verb before "by" or "at" a rate,
/// "add" and "cut", the ends of a range and the lists that go on from a change. Share and rate cues are in KindCues.Shares.cs,
/// forecast cues in KindCues.Forecasts.cs.
/// </summary>
internal static partial class KindCues
{
    private const int ChangeWindowBefore = 4;
    private const int ChangeWindowAfter = 2;

    /// <summary>"dropped to 3.9%" states the level reached, "up from 3.6 times" the level before: not a change.</summary>
    public static bool StatesLevel(SentenceTokens s, FigureDraft c) =>
        IsLevelPreposition(s, c.TextFirst - 1)
        // "down from the $6 billion seen a year earlier": an article between
        || s.Is(c.TextFirst - 1, "the") && IsLevelPreposition(s, c.TextFirst - 2)
        // "up on the £35bn recorded in March 2014": the base the change is measured on
        || s.Is(c.TextFirst - 1, "the") && s.Is(c.TextFirst - 2, "on") && (s.Is(c.TextFirst - 3, "up") || s.Is(c.TextFirst - 3, "down"))
        // "3.3 percent lower than the $556.9 billion at year-end": the base a change is compared with
        || IsBaseOfComparedChange(s, c.TextFirst)
        // "up from last year's 8.76 sen": a time's possessive between
        || PossessiveTimeAfter(s, c.TextFirst - 1) is > 0 and var owner && IsLevelPreposition(s, owner - 1)
        // "revised it down to between 8 and 10 percent": the range reached
        || s.Is(c.TextFirst - 1, "between") && (s.Is(c.TextFirst - 2, "to") || s.Is(c.TextFirst - 2, "at"))
        // "fell below 3%", "has risen above five million": the line crossed, a level
        || c.TextFirst < c.Number.First && (s.Is(c.TextFirst, "below") || s.Is(c.TextFirst, "above") || s.Is(c.TextFirst, "under")
            || s.Is(c.TextFirst, "past") || s.Is(c.TextFirst, "beyond")) && s.Has(c.TextFirst - 1, WordClass.ChangeUp | WordClass.ChangeDown);

    // "last year's", "the previous quarter's" ending at k: where the time starts, else 0
    private static int PossessiveTimeAfter(SentenceTokens s, int k)
    {
        if (!MetricReader.IsPossessive(s, k) || !s.IsLower(k) || s.Span(k)[..^2] is not ("year" or "month" or "quarter" or "week")) return 0;
        int first = k;
        while (first - 1 >= s.First && k - first < 3 && s.IsLower(first - 1) && s.Has(first - 1, WordClass.RelativeFrame | WordClass.Determiner)) first--;
        return first < k ? first : 0;
    }

    /// <summary>"3.3 percent lower than the $556.9 billion", "5% higher than $20 million": the figure after "than" that a
    /// change's comparative compares with.</summary>
    internal static bool IsBaseOfComparedChange(SentenceTokens s, int figure)
    {
        int than = s.Is(figure - 1, "the") ? figure - 2 : figure - 1;
        int change = than - 2;
        return s.Is(than, "than") && s.IsLower(than - 1) && s.Span(than - 1) is "higher" or "lower" or "more" or "less" or "larger" or "smaller"
                   or "bigger" or "greater" or "above" or "below"
               && (s.IsPunct(change, '%') || s.Is(change, "percent") || s.Is(change, "cent") || s.Is(change, "points"));
    }

    // "increases ranging from 14% in the Midwest to 60% in Texas": the ends of a range of changes are no levels
    private static bool IsLevelPreposition(SentenceTokens s, int k) =>
        (s.Is(k, "to") || s.Is(k, "at") || s.Is(k, "from")) && !RangesOverChanges(s, k);

    internal static bool RangesOverChanges(SentenceTokens s, int preposition)
    {
        int ranging = preposition;
        while (ranging > s.First && preposition - ranging <= 20 && !s.Is(ranging, "ranging")) ranging--;
        if (!s.Is(ranging, "ranging") || !(s.Has(ranging - 1, WordClass.ChangeUp | WordClass.ChangeDown) && s.IsLower(ranging - 1))) return false;
        for (int k = ranging + 1; k < preposition; k++) if (s.IsPunct(k, ';') || s.Has(k, WordClass.ClauseWord)) return false;
        return s.Is(ranging + 1, "from") || s.Is(ranging + 1, "between");
    }

    /// <summary>+1 or -1 for the nearest change word around the figure in its clause, 0 for none. "expected to raise £4.4bn"
    /// raises money, no change.</summary>
    // "Cisco's increased offer of $4.5 billion", "a reduced fee of £20": an -ed word of change before the noun that owns the
    // figure describes the noun; the figure is its level
    private static bool ModifiesOwnerOfFigure(SentenceTokens s, int k, int figureFirst)
    {
        if (k + 3 != figureFirst || !s.Is(k + 2, "of") || !s.IsLower(k + 1) || s.Span(k + 1).EndsWith("ed") || !s.Span(k).EndsWith("ed")) return false;
        var before = s.Span(k - 1);
        return s.Has(k - 1, WordClass.Determiner) || before.EndsWith("'s") || before.EndsWith("’s");
    }

    // "Viet Nam gained a trade surplus of US$31.2 billion": the figure sizes the verb's object, a noun of no change (not "a
    // total of", "an average of", which say by how much)
    private static bool VerbOverSizedNoun(SentenceTokens s, int k, int figureFirst)
    {
        if (k >= figureFirst || !s.Is(figureFirst - 1, "of") || !s.Has(k + 1, WordClass.Determiner) || figureFirst - k < 4 || figureFirst - k > 6) return false;
        for (int j = k + 2; j < figureFirst - 1; j++)
            if (!s.IsLower(j) || s.Has(j, WordClass.ChangeUp | WordClass.ChangeDown | WordClass.Preposition) || ChangeSign(s, j) != 0
                || s.Span(j) is "total" or "further" or "additional" or "net" or "average" or "combined" or "cumulative" or "whopping" or "staggering")
                return false;
        return true;
    }

    // "fell", "declined", "was up": a change verb that has a subject (not the noun "decrease", not a comparative)
    private static bool IsFiniteChangeVerb(SentenceTokens s, int k) =>
        s.IsLower(k) && (s.Span(k).EndsWith("ed") || s.Span(k) is "fell" or "rose" or "grew" or "sank" or "slid" or "shrank"
            || (s.Is(k, "up") || s.Is(k, "down")) && Clauses.IsFormOfBe(s, k - 1));

    // "fell 12.8 percent", "rose by 4%", "rose to $6 billion": a figure right after the change word (or its "by" or "to")
    private static bool SizedByFigureAfter(SentenceTokens s, int k)
    {
        int j = s.Is(k + 1, "by") || s.Is(k + 1, "to") ? k + 2 : k + 1;
        return s.IsDigits(j) || s.InRange(j) && s[j].Kind == TokenKind.Symbol && s.IsDigits(j + 1)
            || s.IsWord(j) && UnitReader.IsCurrencyPrefix(s.Span(j)) && s.IsDigits(j + 1);
    }

    // "(or almost 8 percent)": a restatement in brackets right after a figure; the token after it, else k itself. "or 0.3 TWh
    // lower", "36 tonnes, or 15 per cent, more": unbracketed, the restated figure reaches up to its comparative when it says
    // the change in the other measure (a percent for an amount or the reverse; "39.7 million tonnes, or 0.1 million tonnes
    // less than forecast" is a level and its difference).
    private static int AfterRestatement(SentenceTokens s, int k, bool percent)
    {
        int start = k;
        if (s.IsPunct(k, ',') && s.Is(k + 1, "or")) k++;
        if (s.Is(k, "or") && (s.IsDigits(k + 1) || s.IsPunct(k + 1, '$') || s.IsPunct(k + 1, '£') || s.IsPunct(k + 1, '€')))
        {
            bool restatedPercent = false;
            for (int j = k + 2; j < s.End && j - k <= 6; j++)
            {
                restatedPercent |= s.IsPunct(j, '%') || s.Is(j, "percent") || s.Is(j, "cent");
                if (s.Span(j) is "more" or "less" or "fewer" or "higher" or "lower" or "larger" or "smaller" or "bigger" or "ahead" or "behind")
                    return restatedPercent != percent ? j : start;
            }
            return start;
        }
        // ("15% (166 Bcf) less than": a figure restated in brackets, with or without "or")
        bool restated = s.Is(k + 1, "or") || s.IsDigits(k + 1) || s.IsPunct(k + 1, '$') || s.IsPunct(k + 1, '£') || s.IsPunct(k + 1, '€');
        if (!s.IsPunct(k, '(') || !restated) return k;
        for (int close = k + 2; close < s.End && close - k <= 8; close++)
            if (s.IsPunct(close, ')')) return close + 1;
        return k;
    }

    /// <summary>1 for "ahead of" at k, -1 for "behind" (before a word), else 0.</summary>
    public static int IsAheadOrBehind(SentenceTokens s, int k) =>
        s.Is(k, "ahead") && s.Is(k + 1, "of") ? 1 : s.Is(k, "behind") && s.IsLower(k) && s.IsWord(k + 1) ? -1 : 0;

    public static int ChangeDirection(SentenceTokens s, FigureDraft c, int clauseStart, int clauseEnd)
    {
        // "a trade surplus of about $1.08 billion, higher than the $770 million surplus": what a level is compared with is a
        // level, whatever comparative comes before its "than"
        if (s.Is(c.TextFirst - 1, "than") || s.Is(c.TextFirst - 1, "the") && s.Is(c.TextFirst - 2, "than")) return 0;
        // "fell by a more modest 27 percent": the window opens before the figure's article and adjectives
        int before = Clauses.FigureArticle(s, c.TextFirst) is >= 0 and var article
            && (s.Is(article - 1, "by") || s.Has(article - 1, WordClass.ChangeUp | WordClass.ChangeDown)) ? article : c.Number.First;
        // "around 8-13% higher", "a 5-10% increase": the first end of a range reads what follows the range
        int last = RangeSecondEnd(s, c.TextLast) ?? c.TextLast;
        int from = Math.Max(clauseStart, before - ChangeWindowBefore), to = Math.Min(clauseEnd - 1, last + ChangeWindowAfter);
        // "accounted for 95 percent of net new advertising growth": a percent's "of" names its whole, whose words size nothing
        if (IsPercent(c) && s.Is(last + 1, "of")) to = last;
        // "filed six times more patents than the United States", "three times higher than a year ago": a multiple compares
        // ("increased twice as fast as those in the North", "grew three times as much as wages": so does "as ... as")
        if (c.Unit.Class == UnitClass.Times && (ComparesWithThan(s, last + 1, clauseEnd)
            || s.Is(last + 1, "as") && s.IsLower(last + 2) && s.Is(last + 3, "as"))) return 0;
        // "10% more than in 2024", "20 percent less", "$228 billion (or almost 8 percent) more than receipts in 2014"
        int next = AfterRestatement(s, last + 1, c.Unit.Class == UnitClass.Percent);
        // "36 tonnes, or 15 per cent, more than in 2015": the restating figure set off by commas
        if (s.Is(c.TextFirst - 1, "or") && s.IsPunct(next, ',') && s.IsWord(next + 1)) next++;
        if (s.Is(next, "more") || s.Is(next, "larger") || s.Is(next, "bigger") || next > last + 1 && s.Is(next, "higher")) return 1;
        if (s.Is(next, "less") || s.Is(next, "fewer") || s.Is(next, "smaller") || next > last + 1 && s.Is(next, "lower")) return -1;
        if (UpOrDownOn(s, next) is not 0 and var comparedOn) return comparedOn;
        if (RespectivelyComparative(s, last) is not 0 and var listed) return listed;
        // "which was just 0.3%, or 300m litres, ahead of 2018 production levels", "sales ran 12% behind last year": how far one
        // level lies ahead of another (a percent, or a figure restating one; "two days behind schedule" is a wait)
        // (points ahead are kind.point-change's)
        if (IsAheadOrBehind(s, next) is var lead and not 0 && (c.Unit.Class == UnitClass.Percent && c.Unit.Unit == "percent" || next > last + 1))
            return lead;
        // "3.9 percent above that of two years ago", "2.8 percent below the level of June 2008"
        if (c.Unit.Class == UnitClass.Percent && s.Is(last + 1, "above")) return 1;
        if (c.Unit.Class == UnitClass.Percent && s.Is(last + 1, "below")) return -1;
        // "pushed spending to £79.3bn, £5.8bn above the same month last year": an amount above or below an earlier time's level
        if (s.Is(last + 1, "above") && IsEarlierTimeAt(s, last + 2)) return 1;
        if (s.Is(last + 1, "below") && IsEarlierTimeAt(s, last + 2)) return -1;
        // "running 25pc off last year's pace", "30% off their peak": a percent off something is below it
        if (c.Unit.Class == UnitClass.Percent && s.Is(last + 1, "off") && s.IsWord(last + 2)) return -1;
        // "a 3.8% year-on-year drop": a hyphenated compound between the figure and its change noun
        // ("a 5 percent year-on-year (YoY) decline": its abbreviation's bracket ends no clause)
        // ("a 17.3-percent year-on-year decline": past a unit hyphened to the figure)
        int unitEnd = s.IsPunct(last + 1, '-') && s.Touches(last + 1) && s.Is(last + 2, "percent") && s.Touches(last + 2)
            ? last + 2 : last;
        if (AfterCompound(s, unitEnd + 1) is var noun && noun > unitEnd + 1 && (noun < clauseEnd || s.IsPunct(noun - 1, ')')))
        {
            // "a 16 percent year-over-year sales increase": a noun may stand between
            if (!s.Has(noun, WordClass.ChangeUp | WordClass.ChangeDown) && s.IsLower(noun) && !s.Has(noun, WordClass.Preposition | WordClass.Stopword | WordClass.Determiner)
                && noun + 1 < clauseEnd && s.IsLower(noun + 1)) noun++;
            if (s.Has(noun, WordClass.ChangeDown)) return -1;
            if (s.Has(noun, WordClass.ChangeUp)) return 1;
        }
        // "circulation slipping 7 percent", "soaring by 18%": a participle of change right before the figure (elsewhere
        // "soaring prices" and "climbing costs" are adjectives, so these stay out of the lexicon's verbs)
        int participle = ParticipleBefore(s, c.TextFirst);
        // "grew slightly, by 4.2 percent, to $403.4 million", "fell sharply, 11.7 percent, in ...": the figure (or its "by") set
        // off after its verb and an adverb
        // ("commercial rose even faster, by 23 per cent": or a comparative adverb, past its own adverb)
        int comma = s.Is(c.TextFirst - 1, "by") ? c.TextFirst - 2 : c.TextFirst - 1;
        int adverb = comma - 1, verb = s.Is(adverb - 1, "even") || s.Is(adverb - 1, "much") || s.Is(adverb - 1, "still") ? adverb - 2 : adverb - 1;
        if (s.IsPunct(comma, ',') && s.IsLower(adverb) && (s.Span(adverb).EndsWith("ly") && verb == adverb - 1 || s.Span(adverb) is "faster" or "further")
            && s.IsLower(verb) && ChangeSign(s, verb) is not 0 and var setOff)
            return setOff;
        // ("with Tesla Plunging 46%": a headline's capital too)
        if (ParticipleSignAt(s, participle) is not 0 and var direction) return direction;
        if (ChangeVerbOverObject(s, c.TextFirst, clauseStart, c.Unit.Class == UnitClass.Currency) is not 0 and var overObject) return overObject;
        if (ChangeNounOverIn(s, c.TextFirst) is not 0 and var overIn) return overIn;
        int found = 0, bestDistance = int.MaxValue;
        for (int k = from; k <= to; k++)
        {
            if (k >= c.TextFirst && k <= last) continue;
            // "handles 102 EFLOPS and cut training cycles by six months": past a conjunction after the figure, another verb
            if (k > last && (s.Is(k, "and") || s.Is(k, "but") || s.Is(k, "while") || s.Is(k, "whereas"))) break;
            if (c.Unit.Class == UnitClass.Currency && IsRaise(s.Span(k)) && RaisesFigure(s, k, c)) continue;
            // "a $770-million loss", "the loss of $427 million": money lost is an amount, a level of the loss
            if (c.Unit.Class == UnitClass.Currency && s.IsLower(k) && s.Span(k) is "loss" or "losses") continue;
            if (IsUpOfNoRise(s, k)) continue;
            int sign = ChangeSign(s, k);
            if (sign == 0 || ModifiesOwnerOfFigure(s, k, c.TextFirst) || VerbOverSizedNoun(s, k, c.TextFirst)) continue;
            if (FallsWithin(s, k)) continue;
            // "total profits of 173 million rupees which fell 12.8 percent", "Revenue of $5 billion rose to $6 billion": a change
            // word after the figure with a figure of its own sizes that one
            if (k > last && IsFiniteChangeVerb(s, k) && SizedByFigureAfter(s, k)) continue;
            // "an improvement over the company's 12.1 percent share", "a 5 percent increase over the 1,734 BU generated": the
            // figure after "over" is the base, not the change
            if (k < c.TextFirst && s.Is(k + 1, "over") && c.TextFirst - k <= 5 && (s.Is(k, "improvement") || Clauses.IsChangeNoun(s, k))) continue;
            int distance = k < c.TextFirst ? c.TextFirst - k : k - last;
            if (distance < bestDistance) (found, bestDistance) = (sign, distance);
        }
        return found;
    }

    // "These products were 32.7 per cent, 25.6 per cent and 17.2 per cent, respectively, more expensive": a list of percents
    // (this figure among them) that "respectively" and a comparative close; the comparative's direction, else 0
    private static int RespectivelyComparative(SentenceTokens s, int last)
    {
        for (int k = last + 1; k < s.End && k - last <= MaxListTokens; k++)
        {
            if (s.Is(k, "respectively"))
            {
                int j = s.IsPunct(k + 1, ',') ? k + 2 : k + 1;
                return s.Span(j) is "more" or "higher" or "larger" or "bigger" ? 1 : s.Span(j) is "less" or "lower" or "fewer" or "smaller" ? -1 : 0;
            }
            if (!(s.IsDigits(k) || s.IsPunct(k, '%') || s.IsPunct(k, ',') || s.Is(k, "and") || s.Is(k, "per") || s.Is(k, "cent") || s.Is(k, "percent")))
                return 0;
        }
        return 0;
    }

    private const int MaxListTokens = 20;

    // the last token of the second end of a range or pair that starts with the figure ending at k ("8-13%", "5–10 per cent",
    // "a 1.9 per cent and 4.9 per cent drop", "a 5 to 10% rise"), or null
    private static int? RangeSecondEnd(SentenceTokens s, int k)
    {
        bool dash = NonFigureRules.IsDashBetween(s, k + 1);
        bool joined = s.IsLower(k + 1) && s.Span(k + 1) is "and" or "or" or "to";
        if (!(dash || joined) || !s.IsDigits(k + 2)) return null;
        int end = k + 2;
        if (s.IsPunct(end + 1, '%')) return end + 1;
        if (s.Is(end + 1, "percent")) return end + 1;
        return s.Is(end + 1, "per") && s.Is(end + 2, "cent") ? end + 2 : end;
    }

    // "boosted first-quarter profit 23 percent", "raised its dividend 5%": a verb of change, its object's words, then the
    // figure (past the fixed window before it)
    private static int ChangeVerbOverObject(SentenceTokens s, int figure, int clauseStart, bool money)
    {
        // a cheap look for a past verb of change past the window before the object's words are read
        bool any = false;
        for (int j = figure - ChangeWindowBefore - 1; j >= clauseStart && figure - j <= MaxObjectWords + 1 && !any; j--)
            any = s.Has(j, WordClass.ChangeUp | WordClass.ChangeDown) && s.Span(j).EndsWith("ed");
        if (!any) return 0;
        int k = figure - 1;
        while (k > clauseStart && figure - k <= MaxObjectWords && (s.IsPunct(k, '-') && s.Touches(k)
               || s.IsWord(k) && !Clauses.IsVerbLike(s, k) && !s.Has(k, WordClass.Preposition | WordClass.ClauseWord | WordClass.Conjunction)))
            k--;
        if (k == figure - 1 || figure - k <= ChangeWindowBefore || !s.IsLower(k) || !s.Span(k).EndsWith("ed") || !Clauses.IsVerbLike(s, k)) return 0;
        if (money && IsRaise(s.Span(k))) return 0; // "raised a record-breaking £63.7 million": money raised
        return ChangeSign(s, k);
    }

    private const int MaxObjectWords = 7;

    // "an increase in operating profit in local currencies of 14%": a noun of change, "in" and what changed, then "of" and
    // the figure (past the fixed window before it)
    private static int ChangeNounOverIn(SentenceTokens s, int figure)
    {
        if (!s.Is(figure - 1, "of")) return 0;
        for (int k = figure - 2; k > s.First && figure - k <= MaxObjectWords + 2; k--)
        {
            if (s.IsClauseBreak(k) || s.IsDigits(k) || Clauses.IsVerbLike(s, k) && !Clauses.IsChangeNoun(s, k)) return 0;
            // ("Growth in the United States of 29 GW": the noun may open the sentence)
            if (s.Is(k, "in") && (Clauses.IsChangeNoun(s, k - 1) || k - 1 == s.First && s.IsCapitalized(k - 1))) return ChangeSign(s, k - 1);
        }
        return 0;
    }

    // a comparative at k ("more", "higher") with its "than" a few words on
    private static bool ComparesWithThan(SentenceTokens s, int k, int clauseEnd)
    {
        if (!(s.Span(k) is "more" or "higher" or "larger" or "bigger" or "greater" or "faster" or "less" or "lower" or "smaller" or "fewer")) return false;
        for (int j = k + 1; j < clauseEnd && j - k <= 8; j++)
            if (s.Is(j, "than")) return true;
        return false;
    }

    // the token after a hyphenated compound that starts at k ("year-on-year", "month-on-month"), or k when none starts there;
    // past its abbreviation in brackets ("month-on-month (MoM) rise")
    private static int AfterCompound(SentenceTokens s, int k)
    {
        int j = k;
        while (s.IsWord(j) && s.IsPunct(j + 1, '-') && s.Touches(j + 1) && s.IsWord(j + 2) && s.Touches(j + 2)) j += 2;
        if (j == k) return k;
        return s.IsPunct(j + 1, '(') && s.IsWord(j + 2) && s.IsPunct(j + 3, ')') ? j + 4 : j + 1;
    }

    /// <summary>Where the verb before a figure stands: before its "by" and an adverb of direction ("surging ahead 10.7%",
    /// "rising by 3%").</summary>
    public static int ParticipleBefore(SentenceTokens s, int figure)
    {
        int verb = s.Is(figure - 1, "by") ? figure - 2 : figure - 1;
        return s.Is(verb, "ahead") || s.Is(verb, "back") ? verb - 1 : verb;
    }

    /// <summary>Whether the word at k is an -ing verb of change ("attendances rising", "advertising surging"), in or out of
    /// the lexicon's verbs (which leave out those that are mostly adjectives, "soaring prices").</summary>
    public static bool IsChangingParticiple(SentenceTokens s, int k) =>
        s.IsWord(k) && (ParticipleSignAt(s, k) != 0
                        || s.Has(k, WordClass.ChangeUp | WordClass.ChangeDown) && s.Span(k).EndsWith("ing"));

    // the sign of an -ing verb of change at k, in lower case or a headline's capitals (lower-cased only then, off the common path)
    private static int ParticipleSignAt(SentenceTokens s, int k) =>
        !s.IsWord(k) ? 0 : s.IsLower(k) ? ParticipleOfChange(s.Span(k)) : ParticipleOfChange(s.Span(k).ToString().ToLowerInvariant());

    private static int ParticipleOfChange(ReadOnlySpan<char> w) => w switch
    {
        "soaring" or "surging" or "climbing" or "jumping" or "advancing" or "rallying" or "rebounding" or "gaining" => 1,
        "slipping" or "sliding" or "tumbling" or "plunging" or "dropping" or "dipping" or "diving" or "plummeting" or "retreating"
            or "shrinking" or "slumping" => -1,
        _ => 0,
    };

    private static bool IsRaise(ReadOnlySpan<char> w) => w is "raise" or "raised" or "raises" or "raising";

    // "raised £61.5m", "raised a record £60m", "A record £61.5m was raised", "every £1 raised": money raised is an amount
    private static bool RaisesFigure(SentenceTokens s, int k, FigureDraft c)
    {
        if (k < c.TextFirst)
        {
            // ("a record-breaking £63.7 million": what a hyphen joins to those words too)
            for (int j = k + 1; j < c.TextFirst; j++)
                if (!(s.Is(j, "a") || s.Is(j, "an") || s.Is(j, "record") || s.Is(j, "new") || s.Is(j, "further")
                    || s.IsPunct(j, '-') && s.Touches(j) || s.IsLower(j) && s.IsPunct(j - 1, '-') && s.Touches(j))) return false;
            return true;
        }
        return k == c.TextLast + 1 || k == c.TextLast + 2 && (s.Is(k - 1, "was") || s.Is(k - 1, "were"))
            || k == c.TextLast + 3 && s.Is(k - 1, "been") && (s.Is(k - 2, "has") || s.Is(k - 2, "have") || s.Is(k - 2, "had"));
    }

    /// <summary>The token before a figure that may be its "by": "by 5%", and past "between" ("reduce offers by between 0.9 per
    /// cent and 9.7 per cent").</summary>
    public static int ByBefore(SentenceTokens s, int figureFirst)
    {
        int k = figureFirst - 1;
        if (s.Is(k, "between") && s.Is(k - 1, "by")) return k - 1;
        // "raised the rate by another 50 basis points", "by a further 0.25 points"
        if (s.IsLower(k) && s.Span(k) is "another" or "further" or "additional" or "extra")
        {
            int by = s.Is(k - 1, "a") || s.Is(k - 1, "an") ? k - 2 : k - 1;
            if (s.Is(by, "by")) return by;
        }
        // "improved by only 0.3 percent", "fell by just 2%": a word that only plays the change down
        if (s.IsLower(k) && s.Span(k) is "only" or "just" or "merely" && s.Is(k - 1, "by")) return k - 1;
        return k;
    }

    /// <summary>+1 or -1 for the nearest change verb in the clause before <paramref name="before"/>, 0 for none.</summary>
    public static int ChangeVerbBefore(SentenceTokens s, int clauseStart, int before)
    {
        for (int k = before - 1; k >= clauseStart; k--)
            if (ChangeSign(s, k) is not 0 and var sign && !IsUpOfNoRise(s, k)) return sign;
        return 0;
    }

    // "the same month last year", "last year", "a year earlier", "the previous quarter", "2019": an earlier time as a base
    private static bool IsEarlierTimeAt(SentenceTokens s, int k) =>
        s.Is(k, "the") && (s.Is(k + 1, "same") || s.Is(k + 1, "previous") || s.Is(k + 1, "prior") || s.Is(k + 1, "corresponding"))
        || s.Is(k, "last") && s.Has(k + 1, WordClass.TimeUnit) || s.Is(k, "a") && s.Is(k + 1, "year") && (s.Is(k + 2, "earlier") || s.Is(k + 2, "ago"))
        || s.IsDigits(k) && NonFigureRules.IsYearDigits(s.Span(k));

    // "Exports make up 40 per cent of GDP", "make up a substantial share (19%)": "make up" is a part of a whole, no rise;
    // "the market chalked up GWP of UGX542.3bn", "racked up": a verb of recording, no rise
    private static bool IsUpOfNoRise(SentenceTokens s, int k) =>
        s.Is(k, "up") && s.Span(k - 1) is "make" or "makes" or "made" or "making" or "chalked" or "chalks" or "racked" or "racks"
            or "notched" or "notches" or "rang" or "rung" or "signed" or "signs" or "set" or "sets";

    /// <summary>-1 for a word of falling at k, +1 for one of rising, else 0 (falling first: "cut" and "up" are both).</summary>
    internal static int ChangeSign(SentenceTokens s, int k) =>
        s.Has(k, WordClass.ChangeDown) ? -1 : s.Has(k, WordClass.ChangeUp) ? 1 : 0;

    public static bool IsShare(SentenceTokens s, FigureDraft c, int clauseStart)
    {
        if (c.Number.Form == NumberForm.Fraction || s.Is(c.TextLast + 1, "of")) return true;
        for (int k = Math.Max(clauseStart, c.TextFirst - 3); k < c.TextFirst; k++)
            if (s.Has(k, WordClass.ShareCue)) return true;
        return false;
    }

    /// <summary>A percent, also one written into a compound ("a 67-percent rise").</summary>
    public static bool IsPercent(FigureDraft c) => c.Unit.Class == UnitClass.Percent || c.Unit.Unit == "percent";

    /// <summary>"Visits fell 12,000 in May", "payrolls rose 103,000", "154,000 more people": a count right after a verb of change
    /// (its qualifier inside its text), or right before "more" or "fewer", is the size of the change.</summary>
    public static bool CountRightAfterChangeVerb(SentenceTokens s, FigureDraft c) =>
        c.Unit.Class is UnitClass.Counted or UnitClass.None && (s.IsLower(c.TextFirst - 1) && s.Has(c.TextFirst - 1, WordClass.ChangeUp | WordClass.ChangeDown)
        && Clauses.IsVerbLike(s, c.TextFirst - 1) && !s.Is(c.TextFirst - 1, "up") && !s.Is(c.TextFirst - 1, "down")
        || CountedBeforeComparative(s, c) || UpFrom(s, c) || UpOrDownOn(s, AfterRestatement(s, c.ExtentLast + 1, false)) != 0);

    // "370,000 (17%) up on Q1 of 2024", "12% down on last year": "up on" or "down on" right after a figure (past its
    // restatement) sets it against a base, as "more than" does; 1 or -1, else 0
    private static int UpOrDownOn(SentenceTokens s, int k) =>
        !s.Is(k + 1, "on") || !s.IsLower(k) ? 0 : s.Is(k, "up") ? 1 : s.Is(k, "down") ? -1 : 0;

    // "soared to 733, up 197 from last week": a count between "up" or "down" and the "from" of its base
    // (", and stalking, up 1,135 crimes": or after a comma, a change set off as "up 8%" is; "arrivals were up 8300 to 147,300",
    // "were down 1000": or after a form of "be")
    private static bool UpFrom(SentenceTokens s, FigureDraft c) =>
        (s.Is(c.TextFirst - 1, "up") || s.Is(c.TextFirst - 1, "down")) && s.IsLower(c.TextFirst - 1)
        && (s.Is(c.ExtentLast + 1, "from") || s.IsPunct(c.TextFirst - 2, ',')
            || s.IsLower(c.TextFirst - 2) && s.Span(c.TextFirst - 2) is "is" or "are" or "was" or "were" or "been");

    // "more" or "fewer" right after the figure ("154,000 more people", "29,504 more than last year")
    private static bool CountedBeforeComparative(SentenceTokens s, FigureDraft c) =>
        s.Is(c.TextLast + 1, "more") || s.Is(c.TextLast + 1, "fewer");

    /// <summary>A measure, or a bare number that opens a range whose other end is one ("7-9%": the 7 is a percent too).</summary>
    public static bool IsMeasureOrRangeStart(SentenceTokens s, IReadOnlyList<FigureDraft> figures, int f) =>
        figures[f].IsMeasure || IsPercent(figures[f])
        || figures[f].Unit.Class == UnitClass.None && f + 1 < figures.Count && JoinsRange(s, figures[f], figures[f + 1]) && figures[f + 1].IsMeasure;

    /// <summary>"7-9%", "5%–10%", "between £2bn and £10bn": two figures that are the ends of one range.</summary>
    public static bool JoinsRange(SentenceTokens s, FigureDraft first, FigureDraft second)
    {
        if (second.TextFirst - first.TextLast != 2) return false;
        if (NonFigureRules.IsDashBetween(s, first.TextLast + 1)) return true;
        if (s.Is(first.TextLast + 1, "and") && s.Is(first.TextFirst - 1, "between")) return true;
        // "climbed 13 to 14 percent": a bare number before "to" and a larger one with its unit make a range (not "from 13 to")
        if (s.Is(first.TextLast + 1, "to") && !s.Is(first.TextFirst - 1, "from") && first.TextLast == first.Number.Last
            && first.Number.Form == NumberForm.Digits && !first.Number.HasScale && second.Unit.Class == UnitClass.Percent
            && second.Number.Form == NumberForm.Digits && first.Value < second.Value) return true;
        // "20 per cent to 59 per cent below normal", "a 1.9 per cent and 4.9 per cent drop": a pair before what both are (not
        // "from 5% to 10%", where the second is the level reached, nor numbers of two scales: "crossed 700 million and two more
        // operators joined")
        return (s.Is(first.TextLast + 1, "to") || s.Is(first.TextLast + 1, "and")) && !s.Is(first.TextFirst - 1, "from")
            && first.Number.HasScale == second.Number.HasScale
            && (s.Span(second.TextLast + 1) is "higher" or "lower" or "more" or "less" or "above" or "below"
                || s.Has(second.TextLast + 1, WordClass.ChangeUp | WordClass.ChangeDown) && Clauses.IsChangeNoun(s, second.TextLast + 1));
    }

    private const int MaxLabelWords = 6;

    // "a turnout of 65.4% falls within Elog's range", "fell into the category": where a level lies, no fall
    private static bool FallsWithin(SentenceTokens s, int k) =>
        s.IsLower(k) && s.Span(k) is "falls" or "fall" or "fell" or "falling" && (s.Is(k + 1, "within") || s.Is(k + 1, "into"));

    /// <summary>+1 or -1 for a change noun the figure sizes: right after it ("a 50-percent increase", "the 100,000 barrel
    /// per day increase") or before "of" it ("an increase of 100,000 barrels per day", "monthly growth of 182,000"); else 0.</summary>
    public static int ChangeNounDirection(SentenceTokens s, FigureDraft c, int clauseStart)
    {
        // "a seven-day surge" lasted seven days ("a fall of two and a half months" sizes the fall)
        if (IsDuration(c) && !(s.Is(c.TextFirst - 1, "of") && NounDirection(s, c.TextFirst - 2) != 0)) return 0;
        // "Quarterly change (seasonally adjusted): 2.2%": a label that ends in a change noun (past an aside in brackets)
        if (s.IsPunct(c.TextFirst - 1, ':'))
        {
            int label = c.TextFirst - 2;
            if (s.IsPunct(label, ')'))
                for (int open = label - 1; open >= s.First && label - open <= 6; open--)
                    if (s.IsPunct(open, '(')) { label = open - 1; break; }
            // (a label opens its line, "Annual change: -1.2%", unlike "drawing research gain: nearly one-third of ...")
            if (label - s.First <= MaxLabelWords && NounDirection(s, label) is var labelled and not 0) return labelled;
        }
        // "a premium of about 33% to Acacia's last closing price", "a 20% premium": how far a price lies above another
        if (IsPercent(c) && (s.Is(c.TextFirst - 1, "of") && s.Is(c.TextFirst - 2, "premium") || s.Is(c.TextLast + 1, "premium"))) return 1;
        // "The combined monthly increase in output stood at 160,000 b/d": the figure a change noun is
        // ("and a reduction of six per cent in slightly injured to 208,648": the level reached after the change's own figure)
        // "a decrease in the goods deficit of $1.2 billion ... and an increase in the services surplus of $0.3 billion": the
        // change noun that governs the figure comes before the one its clause opens with
        if (s.Is(c.TextFirst - 1, "of"))
        {
            if (NounDirection(s, c.TextFirst - 2) is var before and not 0) return before;
            // "The sales growth in the period puts Aldi on a market share of 9.1%": a share's size, whatever changed
            if (s.Is(c.TextFirst - 2, "share") && IsPercent(c)) return 0;
            // "an increase of 0.1% over the August 2021 total of $47.3 billion": the base the change is measured against
            if (IsTotalComparedWith(s, clauseStart, c.TextFirst)) return 0;
            if (ChangeInPhraseBefore(s, c.TextFirst - 2) is var over and not 0) return over;
        }
        if (!s.Is(c.TextFirst - 1, "from") && !(s.Is(c.TextFirst - 1, "to") && HasNumberBetween(s, clauseStart, c.TextFirst - 1))
            && SubjectChangeNoun(s, clauseStart, c.TextFirst) is var subjectDirection and not 0) return subjectDirection;
        if (ExtendedChange(s, c, clauseStart) is var extended and not 0) return extended;
        if (ChangePutAt(s, c, clauseStart) is var put and not 0) return put;
        // "the SNP's £1.5billion worth of cuts to councils": the worth of a change is its size
        if (s.Is(c.TextLast + 1, "worth") && s.Is(c.TextLast + 2, "of") && NounDirection(s, c.TextLast + 3) is var worth and not 0) return worth;
        // skip the rest of the unit ("barrel per day", "-percent") up to the noun
        for (int k = c.TextLast + 1; s.InRange(k) && k - c.TextLast <= 5; k++)
        {
            // "an 18% (111,971) decrease": past a restatement in brackets, and out of the figure's own brackets
            if (s.IsPunct(k, '(') && RestatementEnd(s, k) is > 0 and var close) { k = close; continue; }
            if (k == c.TextLast + 1 && s.IsPunct(k, ')') && s.IsPunct(c.TextFirst - 1, '(')) continue;
            // "28 growth or late-stage deals": a word of change that modifies the noun the figure counts
            if (c.Unit.HasNoun && k < c.Unit.NounHead) continue;
            if (NounDirection(s, k) is var after and not 0) return after;
            // ("Twenty-two states implemented pay increases": not past the counted noun's verb)
            bool unitWord = s.IsLower(k) && !s.Has(k, WordClass.Determiner | WordClass.Auxiliary | WordClass.ClauseWord | WordClass.Conjunction)
                && (!s.Has(k, WordClass.Preposition) || s.Is(k, "per")) && !(k > c.TextLast + 1 && Clauses.IsVerbLike(s, k)
                    && (s.Span(k).EndsWith("ed") || c.Unit.Class == UnitClass.Counted && !s.Has(k, WordClass.ChangeUp | WordClass.ChangeDown)));
            if (!unitWord && !(s.IsPunct(k, '-') && s.Touches(k))) return 0;
        }
        return 0;
    }

    // "The Federal Statistical Office puts the increase in real wages at 2.9 percent": a change noun an object names, then
    // "at" and its size (a verb between, "The monthly increase in output stood at", is the subject's, read above)
    private static int ChangePutAt(SentenceTokens s, FigureDraft c, int clauseStart)
    {
        if (!s.Is(c.TextFirst - 1, "at")) return 0;
        for (int k = c.TextFirst - 2; k > clauseStart && c.TextFirst - k <= MaxPutAtGap; k--)
        {
            if (!s.IsWord(k) || Clauses.IsVerbLike(s, k) && NounDirection(s, k) == 0) return 0;
            if (NounDirection(s, k) is var direction and not 0 && s.Has(k - 1, WordClass.Determiner)) return direction;
        }
        return 0;
    }

    private const int MaxPutAtGap = 8;

    // the ")" of a bracket at open that holds only a number ("(111,971)", "(1.2 million)", "(4.1%)"), else 0
    private static int RestatementEnd(SentenceTokens s, int open)
    {
        int k = open + 1;
        if (!s.IsDigits(k)) return 0;
        while (k < open + 4 && !s.IsPunct(k, ')') && (s.IsDigits(k) || s.Has(k, WordClass.Scale) || s.IsPunct(k, '%') || s.IsPunct(k, '.'))) k++;
        return s.IsPunct(k, ')') ? k : 0;
    }

    // "extending its drop in the past month to 12%", "stretched its retreat from a high to more than 10%", "bringing its 7-day
    // decline to 36%", "taking their gain this year to 25%": the whole change so far, which the verb carries to the figure
    // (the first change noun after the verb; "taking the total to 25%" names none)
    private static int ExtendedChange(SentenceTokens s, FigureDraft c, int clauseStart)
    {
        if (!s.Is(c.TextFirst - 1, "to")) return 0;
        for (int verb = c.TextFirst - 3; verb >= clauseStart && c.TextFirst - verb <= MaxExtendedGap; verb--)
        {
            if (!s.IsWord(verb) || !IsExtendingVerb(s.Span(verb))) continue;
            for (int k = verb + 1; k < c.TextFirst - 1; k++)
            {
                if (NounDirection(s, k) is var direction and not 0) return direction;
                if (s.Is(k, "retreat") || s.Is(k, "slide") || s.Is(k, "losses") || s.Is(k, "loss")) return -1;
            }
            return 0;
        }
        return 0;
    }

    private const int MaxExtendedGap = 16; // from the verb: "stretched its retreat from an almost two-year high on April 8 to"

    private static bool IsExtendingVerb(ReadOnlySpan<char> w) =>
        w is "extending" or "extended" or "extends" or "extend" or "stretching" or "stretched" or "stretches" or "widening"
            or "widened" or "widens" or "deepening" or "deepened" or "deepens" or "bringing" or "brought" or "brings" or "taking" or "took"
            or "takes";

    // "declines in onshore turbine prices of up to 45%": a change noun, "in" and what changed, then "of" and the figure
    private static int ChangeInPhraseBefore(SentenceTokens s, int last)
    {
        for (int k = last; k > s.First && last - k < MaxChangedPhraseWords; k--)
        {
            if (!s.IsWord(k) || s.Has(k, WordClass.Auxiliary | WordClass.ClauseWord) || Clauses.IsVerbLike(s, k) && !s.Is(k, "in")) return 0;
            if (s.Is(k, "in")) return k < last ? NounDirection(s, k - 1) : 0;
        }
        return 0;
    }

    private const int MaxChangedPhraseWords = 6;

    /// <summary>"... over the August 2021 total of", "compared to the July 2022 total of", "a decrease of 4,000 from the
    /// previous week's revised level of": a word of comparison after the change's own figure, then a noun phrase ending in
    /// "of" before this one: the figure is the change's base.</summary>
    internal static bool IsTotalComparedWith(SentenceTokens s, int clauseStart, int figure)
    {
        for (int k = figure - 2; k > clauseStart && figure - k <= MaxChangedPhraseWords + 2; k--)
        {
            if (!s.IsWord(k) && !s.IsDigits(k)) return false; // ("the August 2021 total")
            bool compared = s.Is(k, "over") || s.Is(k, "against") || s.Is(k, "versus") || s.Is(k, "than") || s.Is(k, "from")
                || (s.Is(k, "to") || s.Is(k, "with")) && s.Is(k - 1, "compared");
            if (compared) return HasNumberBetween(s, clauseStart, s.Is(k - 1, "compared") ? k - 1 : k);
        }
        return false;
    }

    internal static bool HasNumberBetween(SentenceTokens s, int from, int to)
    {
        for (int k = from; k < to; k++) if (s.IsDigits(k) || s.Has(k, WordClass.Cardinal)) return true;
        return false;
    }

    // "The combined monthly increase in OPEC's output stood at": the clause opens with a change noun followed by a
    // preposition or a verb ("Sales rise 5 percent" opens with a verb)
    private static int SubjectChangeNoun(SentenceTokens s, int clauseStart, int before)
    {
        for (int k = clauseStart; k < before && k - clauseStart < 6 && s.IsWord(k); k++)
        {
            // "showed an increase in passenger numbers to 7.2 billion": the level what increased reached
            if (NounDirection(s, k) is var direction and not 0)
                return s.Has(k + 1, WordClass.Preposition | WordClass.Auxiliary) && !s.Is(k + 1, "to") && !s.Is(k + 1, "by") && !s.Is(k + 1, "from")
                    && !(s.Is(k + 1, "in") && s.Is(before - 1, "to")) && !IsCauseOrAside(s, k + 1, before) ? direction : 0;
            if (s.Has(k, WordClass.Preposition | WordClass.ClauseWord | WordClass.Auxiliary) || Clauses.IsVerbLike(s, k) && !s.Span(k).EndsWith("ed")) return 0;
        }
        return 0;
    }

    // "The monthly drop in production was mainly due to lower supply from the country's two largest miners": the figure sits
    // in the change's cause, not in what the change was; "The rise is less than the increase ... which has been adopted by 84
    // councils": or in a relative clause of another noun
    private static bool IsCauseOrAside(SentenceTokens s, int from, int to)
    {
        for (int k = from; k < to - 1; k++)
            if ((s.Is(k, "due") || s.Is(k, "owing") || s.Is(k, "thanks")) && s.Is(k + 1, "to") || s.Is(k, "because") && s.Is(k + 1, "of")
                || s.Is(k, "which") || s.Is(k, "who"))
                return true;
        return false;
    }

    private static bool IsDuration(FigureDraft c) =>
        c.Unit.Unit is "day" or "week" or "month" or "year" or "hour" or "minute" or "decade" or "quarter" or "second";

    // nouns of change; "loss" is a level ("a loss of 8.7 billion units"), not a fall
    internal static int NounDirection(SentenceTokens s, int k)
    {
        if (!s.IsLower(k)) return 0;
        var w = s.Span(k);
        if (w is "increase" or "increases" or "rise" or "rises" or "growth" or "gain" or "gains" or "jump" or "jumps" or "surge" or "surges"
            or "hike" or "hikes" or "boost" or "climb" or "expansion" or "rebound" or "uptick" or "bump" or "advance" or "rally" or "change") return 1;
        if (w is "improvement" && !s.Is(k + 1, "over")) return 1; // "an improvement over the 12.1 percent share" improves on it
        if (FallsWithin(s, k)) return 0;
        if (w is "decrease" or "decreases" or "fall" or "falls" or "drop" or "drops" or "decline" or "declines" or "reduction" or "reductions"
            or "cut" or "cuts" or "dip" or "dips" or "slump" or "contraction" or "downturn" or "downturns" or "plunge") return -1;
        if (w is "revision" or "revisions") return s.Is(k - 1, "downward") ? -1 : 1;
        return 0;
    }

    /// <summary>"employers added 326,000 jobs in February and 176,000 in January": a count that the verb "add" governs in its
    /// clause (not "added that ...", which reports). A measure added ("added 277 GW of solar capacity") is the level of what
    /// was installed.</summary>
    public static bool IsAdded(SentenceTokens s, FigureDraft c, int clauseStart)
    {
        // "Alexander Forbes added 1.66% to R5.52", "the indices adding 1.46%": a percent added right after the verb moves a price
        if (c.Unit.Class == UnitClass.Percent && s.IsLower(c.TextFirst - 1) && s.Span(c.TextFirst - 1) is "added" or "adding" or "adds") return true;
        if (c.Unit.Class != UnitClass.Counted && !c.BorrowedUnit && !(c.Unit.Class == UnitClass.Currency && AddedToAmount(s, c))) return false;
        if (AddedByClauseAfter(s, c)) return true;
        for (int k = c.TextFirst - 1; k >= clauseStart && c.TextFirst - k <= MaxAddedGap; k--)
        {
            if (s.IsLower(k) && s.Has(k, WordClass.Auxiliary | WordClass.ClauseWord) && !s.Is(k, "that") || s.Is(k, "to")) return false;
            if ((s.Is(k, "added") || s.Is(k, "adds") || s.Is(k, "add") || s.Is(k, "adding")) && s.IsLower(k)
                && !(s.IsPunct(k - 1, '-') && s.Touches(k)) && !(s.IsPunct(k + 1, '-') && s.Touches(k + 1)) && !s.Is(k + 1, "that")) return true;
        }
        return false;
    }

    private const int MaxAddedGap = 8;

    // "fewer than the 2.5 million it added", "the 8.8 million members they added in 2019": a count a clause after it says its
    // subject added (a pronoun and "added", past the counted noun)
    private static bool AddedByClauseAfter(SentenceTokens s, FigureDraft c)
    {
        int k = c.ExtentLast + 1;
        if (s.IsLower(k) && Inflection.IsPlural(s.Span(k)) && !s.Has(k, WordClass.Pronoun | WordClass.Stopword)) k++;
        return s.IsLower(k) && s.Span(k) is "it" or "they" or "we" && s.IsLower(k + 1) && s.Span(k + 1) is "added" or "adds" or "add";
    }

    // "It added $50 billion this year to the $1.017 trillion spent in 2015": money added to another amount the sentence
    // names is a change of it (money "added" alone may be a contribution: "tourism added $5bn to the economy")
    private static bool AddedToAmount(SentenceTokens s, FigureDraft c)
    {
        for (int k = c.ExtentLast + 1; k < s.End && k - c.ExtentLast <= 5; k++)
            if (s.Is(k, "to"))
            {
                int at = s.Is(k + 1, "the") ? k + 2 : k + 1;
                return s.IsDigits(at) || s.IsPunct(at, '$') || s.IsPunct(at, '£') || s.IsPunct(at, '€') || s.IsWord(at) && UnitReader.IsCurrencyPrefix(s.Span(at));
            }
        return false;
    }

    /// <summary>"cutting about 12,000 jobs", "to lay off an additional 9,000 workers", "slash roughly 10,000 corporate jobs",
    /// "cutting £10,000 for food": a count or a sum a verb of removal governs in its clause, with nothing but its qualifier
    /// and modifiers between.</summary>
    public static bool IsRemoved(SentenceTokens s, FigureDraft c, int clauseStart)
    {
        // "will be cutting 11% of its workforce": a percent of the stock too
        if (c.Unit.Class is not (UnitClass.Counted or UnitClass.Currency or UnitClass.Percent) && !c.BorrowedUnit) return false;
        for (int k = c.TextFirst - 1; k >= clauseStart && c.TextFirst - k <= 4; k--)
        {
            if (!s.IsLower(k)) return false;
            var w = s.Span(k);
            if (w is "cut" or "cuts" or "cutting" or "slash" or "slashed" or "slashing" or "shed" or "sheds" or "shedding"
                or "eliminate" or "eliminated" or "eliminating" or "axe" or "axed" or "axing") return true;
            if (w is "off" && s.IsLower(k - 1) && s.Span(k - 1) is "lay" or "laid" or "laying" or "lays") return true;
            if (!(w is "a" or "an" or "the" or "another" or "additional" or "further" or "some" or "about" or "roughly" or "around" or "nearly" or "almost" or "more" or "than" or "over")) return false;
        }
        return false;
    }

    /// <summary>"expanded at an annual rate of nearly 30 percent", "haven't increased at better than a 3 percent rate": a rate
    /// a change verb goes at is a change.</summary>
    public static int ChangeAtRate(SentenceTokens s, FigureDraft c, int clauseStart)
    {
        for (int k = c.TextFirst - 1; k >= clauseStart && c.TextFirst - k <= 7; k--)
        {
            // ("grew faster at 31 per cent": a comparative of pace may stand between the verb and "at")
            // ("slightly lower at 70.5% of GDP", "up at 5.1%": where a comparison ends is a level)
            if (s.Is(k, "at")) return s.IsLower(k - 1) && s.Span(k - 1) is "higher" or "lower" or "up" or "down" ? 0
                : ChangeSign(s, s.IsLower(k - 1) && s.Span(k - 1) is "faster" or "slower" or "quicker" ? k - 2 : k - 1);
            if (!(s.IsLower(k) && (s.Is(k, "rate") || s.Is(k, "of") || s.Has(k, WordClass.Determiner) || IsRateWord(s.Span(k))))) return 0;
        }
        return 0;
    }

    private static bool IsRateWord(ReadOnlySpan<char> w) =>
        w is "annual" or "annualized" or "annualised" or "yearly" or "monthly" or "average" or "compound" or "steady" or "pace"
            or "better" or "worse" or "more" or "less" or "than" or "nearly" or "almost" or "about" or "around" or "roughly" or "just"
            or "only" or "slower" or "faster" or "quicker" or "slow" or "fast" or "rapid" or "modest" or "robust" or "healthy";

    // "X or Y", "X, or Y", "X of its workforce, Y", "152 gigawatts (GW) or 8.3%": nothing but "or", a comma, a short "of"
    // phrase of X's and an abbreviation in brackets between them
    private static bool Restates(SentenceTokens s, FigureDraft before, FigureDraft figure)
    {
        int end = figure.TextFirst - 1;
        bool or = s.Is(end, "or");
        if (or) end--;
        int k = before.TextLast + 1;
        if (s.IsPunct(k, '(') && s.IsWord(k + 1) && s.IsPunct(k + 2, ')')) k += 3;
        if (s.Is(k, "per") && s.IsLower(k) && s.IsWord(k + 1)) k += 2; // "a reduction of £170 per acre, or 1.8%"
        if (end == k - 1) return or;
        if (or && s.IsPunct(end, '(') && end == k) return true; // "$228 billion (or almost 8 percent)"
        if (!s.IsPunct(end, ',')) return false;
        if (k == end) return or;
        if (!s.Is(k, "of") || end - k > MaxRestatedOfWords) return false;
        for (k++; k < end; k++)
            if (!s.IsWord(k) || Clauses.IsVerbLike(s, k) || s.Has(k, WordClass.ClauseWord | WordClass.Preposition)) return false;
        return true;
    }

    private const int MaxRestatedOfWords = 5;

    // "grew by 15 percent last year, higher than the 12 percent": a comparative and "than" after the change, a time and a comma
    // between at most (not "than the 2% target", a goal no change reached)
    private static bool IsComparedAfterThan(SentenceTokens s, FigureDraft change, FigureDraft figure)
    {
        const int MaxGap = 6;
        int than = s.Has(figure.TextFirst - 1, WordClass.Determiner) ? figure.TextFirst - 2 : figure.TextFirst - 1;
        if (!s.Is(than, "than") || than - change.ExtentLast > MaxGap || !s.IsLower(than - 1)
            || s.Span(than - 1) is not ("higher" or "lower" or "more" or "less" or "faster" or "slower" or "greater" or "smaller"
                or "bigger" or "stronger" or "weaker")) return false;
        return !(s.IsLower(figure.TextLast + 1) && s.Span(figure.TextLast + 1) is "target" or "goal" or "limit" or "threshold" or "cap");
    }

    /// <summary>The sign of the change percent a list goes on from ("fell 13.4% to 2.8 million tons in Germany, 31.2% to ..."):
    /// the sentence's last percent before the figure, read as a change, with no verb or clause word between, or the change
    /// just before that the percent restates ("up $320 billion, or 23.2%"); 0 for none.</summary>
    public static int ContinuedChange(SentenceTokens s, IReadOnlyList<FigureDraft> figures, int f)
    {
        // "up about $320 billion, or 23.2%", "gained 3% or US$370", "cut 2.5 percent of its workforce, roughly 19,000 jobs": the
        // same change again, in another unit
        if (f > 0 && figures[f - 1].Kind == FigureKind.Change && Restates(s, figures[f - 1], figures[f])) return Math.Sign(figures[f - 1].Value);
        if (!IsPercent(figures[f])) return ContinuedAmountChange(s, figures, f);
        // "increased by 10.7% compared with only 5.3% in the North", "grew by 15 percent, higher than the 12 percent GroupM had
        // predicted": the base a percent change is compared with changed too
        if (f > 0 && figures[f - 1] is { Kind: FigureKind.Change } change && IsPercent(change)
            && (IsComparedBase(s, figures[f].TextFirst) || IsComparedAfterThan(s, change, figures[f]))) return Math.Sign(change.Value);
        int p = f - 1;
        // ("CON 36%(-6), LAB 40%": points in brackets move the percent before them, no list of changes)
        while (p >= 0 && (!IsPercent(figures[p]) || IsBracketedPoints(s, figures[p]))) p--;
        return GoesOnFromChange(s, figures, p, figures[f], amount: false);
    }

    private static bool IsBracketedPoints(SentenceTokens s, FigureDraft c) =>
        c.Unit.Unit == "percentage point" && s.IsPunct(c.TextLast + 1, ')') && (s.IsPunct(c.TextFirst - 1, '(') || s.IsPunct(c.TextFirst - 2, '('));

    /// <summary>"grew by 6.1 per cent to Shs20.2bn, down from 7.7 per cent in September": the earlier rate of change a
    /// percent change is compared with, right after the level it reached; the change's sign, else 0.</summary>
    public static int EarlierRateOfChange(SentenceTokens s, IReadOnlyList<FigureDraft> figures, int f)
    {
        var c = figures[f];
        if (f < 2 || !IsPercent(c) || !s.Is(c.TextFirst - 1, "from") || !(s.Is(c.TextFirst - 2, "down") || s.Is(c.TextFirst - 2, "up"))
            || !s.IsPunct(c.TextFirst - 3, ',') || figures[f - 1].ExtentLast + 1 != c.TextFirst - 3 || IsPercent(figures[f - 1])) return 0;
        return figures[f - 2] is { Kind: FigureKind.Change } rate && IsPercent(rate) && s.Is(figures[f - 1].TextFirst - 1, "to") ? Math.Sign(rate.Value) : 0;
    }

    // "increased by 24 GW (5.2%) in Europe and 20 GW (6.3%) in North America": an amount after "and" or a comma that goes on
    // from an earlier change in the same unit, with no verb and no "to", "from" or "at" of its own, changes the same way
    private static int ContinuedAmountChange(SentenceTokens s, IReadOnlyList<FigureDraft> figures, int f)
    {
        var c = figures[f];
        if (c.Unit.Unit is null || !(s.Is(c.TextFirst - 1, "and") || s.IsPunct(c.TextFirst - 1, ','))) return 0;
        int p = f - 1;
        while (p >= 0 && figures[p].Unit.Unit != c.Unit.Unit) p--;
        return GoesOnFromChange(s, figures, p, c, amount: true);
    }

    // The sign of the change at p when the figure goes on from it: no verb, clause word or semicolon between them (and for an
    // amount no "to", "at" or "from" that brings a level of its own); 0 otherwise
    private static int GoesOnFromChange(SentenceTokens s, IReadOnlyList<FigureDraft> figures, int p, FigureDraft c, bool amount)
    {
        if (p < 0 || figures[p].Kind != FigureKind.Change) return 0;
        // ("Total footfall increased by 8.0%; High Streets by 12.9%": a semicolon may go on with the verb left out before "by")
        bool byAgain = s.Is(c.TextFirst - 1, "by") && s.Is(figures[p].TextFirst - 1, "by");
        for (int k = figures[p].TextLast + 1; k < c.TextFirst; k++)
            if (Clauses.IsVerbLike(s, k) && !IsComparisonOrModifier(s, k) || s.Has(k, WordClass.ClauseWord) || s.IsPunct(k, ';') && !byAgain
                || amount && IsLevelPreposition(s, k)) return 0;
        return Math.Sign(figures[p].Value);
    }

    // "fell 3.2 percent for the recently redesigned Tacoma and 7.9 percent ...", "rose 0.35% compared to the immediately
    // preceding period and 9.99% ...": "compared to" and a participle between an adverb in -ly and its noun are no verbs
    private static bool IsComparisonOrModifier(SentenceTokens s, int k) =>
        s.Is(k, "compared") && (s.Is(k + 1, "to") || s.Is(k + 1, "with"))
        || (s.Span(k).EndsWith("ed") || s.Span(k).EndsWith("ing")) && s.IsLower(k - 1) && s.Span(k - 1).EndsWith("ly") && s.IsWord(k + 1)
           && !s.Has(k + 1, WordClass.Preposition | WordClass.Determiner | WordClass.Stopword);
}
