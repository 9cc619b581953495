namespace NewsFigures;

/// <summary>
/// What the kind rules (Rules/Kind) read around a figure: change words near it ("a 43 percent increase", "dipped 50
/// percent"; falls are negative), change nouns it sizes ("growth of 182,000"), a change verb before "by" or "at" a rate,
/// "add", the ends of a range, share cues ("of", "accounted for", "market share", "the unemployment rate", "against a
/// target of") and forecast cues (expectation and possibility in its clause, "will" for the figure it governs).
/// </summary>
internal static class KindCues
{
    private const int ChangeWindowBefore = 4;
    private const int ChangeWindowAfter = 2;

    /// <summary>"dropped to 3.9%" states the level reached, "up from 3.6 times" the level before: not a change.</summary>
    public static bool StatesLevel(SentenceTokens s, FigureDraft c) =>
        s.Is(c.TextFirst - 1, "to") || s.Is(c.TextFirst - 1, "at") || s.Is(c.TextFirst - 1, "from")
        // "revised it down to between 8 and 10 percent": the range reached
        || s.Is(c.TextFirst - 1, "between") && (s.Is(c.TextFirst - 2, "to") || s.Is(c.TextFirst - 2, "at"));

    /// <summary>+1 or -1 for the nearest change word around the figure in its clause, 0 for none. "expected to raise £4.4bn"
    /// raises money, no change.</summary>
    public static int ChangeDirection(SentenceTokens s, FigureDraft c, int clauseStart, int clauseEnd)
    {
        int from = Math.Max(clauseStart, c.Number.First - ChangeWindowBefore), to = Math.Min(clauseEnd - 1, c.TextLast + ChangeWindowAfter);
        // "10% more than in 2024", "20 percent less"
        if (s.Is(c.TextLast + 1, "more") || s.Is(c.TextLast + 1, "larger") || s.Is(c.TextLast + 1, "bigger")) return 1;
        if (s.Is(c.TextLast + 1, "less") || s.Is(c.TextLast + 1, "fewer") || s.Is(c.TextLast + 1, "smaller")) return -1;
        // "3.9 percent above that of two years ago", "2.8 percent below the level of June 2008"
        if (c.Unit.Class == UnitClass.Percent && s.Is(c.TextLast + 1, "above")) return 1;
        if (c.Unit.Class == UnitClass.Percent && s.Is(c.TextLast + 1, "below")) return -1;
        // "running 25pc off last year's pace", "30% off their peak": a percent off something is below it
        if (c.Unit.Class == UnitClass.Percent && s.Is(c.TextLast + 1, "off") && s.IsWord(c.TextLast + 2)) return -1;
        // "a 3.8% year-on-year drop": a hyphenated compound between the figure and its change noun
        if (AfterCompound(s, c.TextLast + 1) is var noun && noun > c.TextLast + 1 && noun < clauseEnd)
        {
            if (s.Has(noun, WordClass.ChangeDown)) return -1;
            if (s.Has(noun, WordClass.ChangeUp)) return 1;
        }
        int found = 0, bestDistance = int.MaxValue;
        for (int k = from; k <= to; k++)
        {
            if (k >= c.TextFirst && k <= c.TextLast) continue;
            if (k == c.TextFirst - 1 && c.Unit.Class == UnitClass.Currency && IsRaise(s.Span(k))) continue;
            // "a $770-million loss", "the loss of $427 million": money lost is an amount, a level of the loss
            if (c.Unit.Class == UnitClass.Currency && s.IsLower(k) && s.Span(k) is "loss" or "losses") continue;
            int sign = s.Has(k, WordClass.ChangeDown) ? -1 : s.Has(k, WordClass.ChangeUp) ? 1 : 0;
            if (sign == 0) continue;
            int distance = k < c.TextFirst ? c.TextFirst - k : k - c.TextLast;
            if (distance < bestDistance) (found, bestDistance) = (sign, distance);
        }
        return found;
    }

    // the token after a hyphenated compound that starts at k ("year-on-year", "month-on-month"), or k when none starts there
    private static int AfterCompound(SentenceTokens s, int k)
    {
        int j = k;
        while (s.IsWord(j) && s.IsPunct(j + 1, '-') && s.Touches(j + 1) && s.IsWord(j + 2) && s.Touches(j + 2)) j += 2;
        return j > k ? j + 1 : k;
    }

    private static bool IsRaise(ReadOnlySpan<char> w) => w is "raise" or "raised" or "raises" or "raising";

    /// <summary>+1 or -1 for the nearest change verb in the clause before <paramref name="before"/>, 0 for none.</summary>
    public static int ChangeVerbBefore(SentenceTokens s, int clauseStart, int before)
    {
        for (int k = before - 1; k >= clauseStart; k--)
        {
            if (s.Has(k, WordClass.ChangeDown)) return -1;
            if (s.Has(k, WordClass.ChangeUp)) return 1;
        }
        return 0;
    }

    public static bool IsShare(SentenceTokens s, FigureDraft c, int clauseStart)
    {
        if (c.Number.Form == NumberForm.Fraction || s.Is(c.TextLast + 1, "of")) return true;
        for (int k = Math.Max(clauseStart, c.TextFirst - 3); k < c.TextFirst; k++)
            if (s.Has(k, WordClass.ShareCue)) return true;
        return false;
    }

    /// <summary>A percent, also one written into a compound ("a 67-percent rise").</summary>
    public static bool IsPercent(FigureDraft c) => c.Unit.Class == UnitClass.Percent || c.Unit.Unit == "percent";

    /// <summary>"Visits fell 12,000 in May", "payrolls rose 103,000": a count right after a verb of change (with only its
    /// qualifier between) is the size of the change.</summary>
    public static bool CountRightAfterChangeVerb(SentenceTokens s, FigureDraft c) =>
        c.Unit.Class is UnitClass.Counted or UnitClass.None && (s.IsLower(c.TextFirst - 1) && s.Has(c.TextFirst - 1, WordClass.ChangeUp | WordClass.ChangeDown)
        && Clauses.IsVerbLike(s, c.TextFirst - 1) && !s.Is(c.TextFirst - 1, "up") && !s.Is(c.TextFirst - 1, "down")
        // "154,000 more people found work", "29,504 more than last year"
        || CountedBeforeComparative(s, c));

    // the figure, then its counted noun if any, then "more" or "fewer"
    private static bool CountedBeforeComparative(SentenceTokens s, FigureDraft c) =>
        s.Is(c.TextLast + 1, "more") || s.Is(c.TextLast + 1, "fewer");

    /// <summary>A measure, or a bare number that opens a range whose other end is one ("7-9%": the 7 is a percent too).</summary>
    public static bool IsMeasureOrRangeStart(SentenceTokens s, IReadOnlyList<FigureDraft> figures, int f) =>
        figures[f].IsMeasure || IsPercent(figures[f])
        || figures[f].Unit.Class == UnitClass.None && f + 1 < figures.Count && JoinsRange(s, figures[f], figures[f + 1]) && figures[f + 1].IsMeasure;

    /// <summary>"7-9%", "5%–10%", "between £2bn and £10bn": two figures that are the ends of one range.</summary>
    public static bool JoinsRange(SentenceTokens s, FigureDraft first, FigureDraft second)
    {
        int gap = second.TextFirst - first.TextLast;
        if (gap == 2 && (s.IsPunct(first.TextLast + 1, '-') || s.IsPunct(first.TextLast + 1, '–')) && s.Touches(first.TextLast + 1)
            && s.Touches(second.TextFirst)) return true;
        return gap == 2 && s.Is(first.TextLast + 1, "and") && s.Is(first.TextFirst - 1, "between");
    }

    /// <summary>+1 or -1 for a change noun the figure sizes: right after it ("a 50-percent increase", "the 100,000 barrel
    /// per day increase") or before "of" it ("an increase of 100,000 barrels per day", "monthly growth of 182,000"); else 0.</summary>
    public static int ChangeNounDirection(SentenceTokens s, FigureDraft c, int clauseStart)
    {
        if (IsDuration(c)) return 0; // "a seven-day surge" lasted seven days
        // "The combined monthly increase in output stood at 160,000 b/d": the figure a change noun is
        if (!s.Is(c.TextFirst - 1, "from") && SubjectChangeNoun(s, clauseStart, c.TextFirst) is var subjectDirection and not 0) return subjectDirection;
        if (s.Is(c.TextFirst - 1, "of") && NounDirection(s, c.TextFirst - 2) is var before and not 0) return before;
        // skip the rest of the unit ("barrel per day", "-percent") up to the noun
        for (int k = c.TextLast + 1; s.InRange(k) && k - c.TextLast <= 5; k++)
        {
            if (NounDirection(s, k) is var after and not 0) return after;
            bool unitWord = s.IsLower(k) && !s.Has(k, WordClass.Determiner | WordClass.Auxiliary | WordClass.ClauseWord | WordClass.Conjunction)
                && (!s.Has(k, WordClass.Preposition) || s.Is(k, "per"));
            if (!unitWord && !(s.IsPunct(k, '-') && s.Touches(k))) return 0;
        }
        return 0;
    }

    // "The combined monthly increase in OPEC's output stood at": the clause opens with a change noun followed by a
    // preposition or a verb ("Sales rise 5 percent" opens with a verb)
    private static int SubjectChangeNoun(SentenceTokens s, int clauseStart, int before)
    {
        for (int k = clauseStart; k < before && k - clauseStart < 6 && s.IsWord(k); k++)
        {
            if (NounDirection(s, k) is var direction and not 0)
                return s.Has(k + 1, WordClass.Preposition | WordClass.Auxiliary) && !s.Is(k + 1, "to") && !s.Is(k + 1, "by") && !s.Is(k + 1, "from") ? direction : 0;
            if (s.Has(k, WordClass.Preposition | WordClass.ClauseWord | WordClass.Auxiliary) || Clauses.IsVerbLike(s, k) && !s.Span(k).EndsWith("ed")) return 0;
        }
        return 0;
    }

    private static bool IsDuration(FigureDraft c) =>
        c.Unit.Unit is "day" or "week" or "month" or "year" or "hour" or "minute" or "decade" or "quarter" or "second";

    // nouns of change; "loss" is a level ("a loss of 8.7 billion units"), not a fall
    private static int NounDirection(SentenceTokens s, int k)
    {
        if (!s.IsLower(k)) return 0;
        var w = s.Span(k);
        if (w is "increase" or "increases" or "rise" or "rises" or "growth" or "gain" or "gains" or "jump" or "surge" or "hike"
            or "boost" or "climb" or "expansion" or "rebound" or "uptick" or "bump") return 1;
        if (w is "decrease" or "decreases" or "fall" or "falls" or "drop" or "decline" or "declines" or "reduction" or "cut"
            or "cuts" or "dip" or "slump" or "contraction") return -1;
        if (w is "revision" or "revisions") return s.Is(k - 1, "downward") ? -1 : 1;
        return 0;
    }

    /// <summary>"employers added 326,000 jobs in February and 176,000 in January": a count that the verb "add" governs in its
    /// clause (not "added that ...", which reports). A measure added ("added 277 GW of solar capacity") is the level of what
    /// was installed.</summary>
    public static bool IsAdded(SentenceTokens s, FigureDraft c, int clauseStart)
    {
        if (c.Unit.Class != UnitClass.Counted && !c.BorrowedUnit) return false;
        for (int k = c.TextFirst - 1; k >= clauseStart && c.TextFirst - k <= MaxAddedGap; k--)
        {
            if (s.IsLower(k) && s.Has(k, WordClass.Auxiliary | WordClass.ClauseWord) && !s.Is(k, "that") || s.Is(k, "to")) return false;
            if ((s.Is(k, "added") || s.Is(k, "adds") || s.Is(k, "add") || s.Is(k, "adding")) && s.IsLower(k)
                && !(s.IsPunct(k - 1, '-') && s.Touches(k)) && !(s.IsPunct(k + 1, '-') && s.Touches(k + 1)) && !s.Is(k + 1, "that")) return true;
        }
        return false;
    }

    private const int MaxAddedGap = 8;

    /// <summary>"cutting about 12,000 jobs", "to lay off an additional 9,000 workers", "slash roughly 10,000 corporate jobs": a
    /// count a verb of removal governs in its clause, with nothing but its qualifier and modifiers between.</summary>
    public static bool IsRemoved(SentenceTokens s, FigureDraft c, int clauseStart)
    {
        if (c.Unit.Class != UnitClass.Counted && !c.BorrowedUnit) return false;
        for (int k = c.TextFirst - 1; k >= clauseStart && c.TextFirst - k <= 4; k--)
        {
            if (!s.IsLower(k)) return false;
            var w = s.Span(k);
            if (w is "cut" or "cuts" or "cutting" or "slash" or "slashed" or "slashing" or "shed" or "sheds" or "shedding"
                or "eliminate" or "eliminated" or "eliminating" or "axe" or "axed" or "axing") return true;
            if ((w is "off") && s.IsLower(k - 1) && s.Span(k - 1) is "lay" or "laid" or "laying" or "lays") return true;
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
            if (s.Is(k, "at")) return s.Has(k - 1, WordClass.ChangeDown) ? -1 : s.Has(k - 1, WordClass.ChangeUp) ? 1 : 0;
            if (!(s.IsLower(k) && (s.Is(k, "rate") || s.Is(k, "of") || s.Has(k, WordClass.Determiner) || IsRateWord(s.Span(k))))) return 0;
        }
        return 0;
    }

    private static bool IsRateWord(ReadOnlySpan<char> w) =>
        w is "annual" or "annualized" or "annualised" or "yearly" or "monthly" or "average" or "compound" or "steady" or "pace"
            or "better" or "worse" or "more" or "less" or "than" or "nearly" or "almost" or "about" or "around" or "roughly";

    /// <summary>"a 59.5 percent share", "market share ... rose to 7.2 percent", "the unemployment rate was 4.1 percent": a percent
    /// that sizes a share, or a rate that is the share of a population.</summary>
    public static bool SizesShare(SentenceTokens s, FigureDraft c, int clauseStart)
    {
        if (s.Is(c.TextLast + 1, "share")) return true;
        for (int k = clauseStart; k < c.TextFirst; k++)
        {
            if (!s.IsLower(k)) continue;
            // "market share", "the current share of coal": the noun, not "to share" nor a "share price"
            if (s.Is(k, "share") && !s.Has(k - 1, WordClass.Auxiliary) && !s.Is(k - 1, "to") && !s.Is(k + 1, "price") && !s.Is(k + 1, "prices"))
                return true;
            if (s.Is(k, "rate") && k > clauseStart && IsPopulationRate(s.Span(k - 1))) return true;
        }
        return false;
    }

    // rates that count a part of a population, not prices or paces ("interest rate", "growth rate")
    private static bool IsPopulationRate(ReadOnlySpan<char> w) =>
        w is "unemployment" or "employment" or "penetration" or "participation" or "vaccination" or "literacy" or "poverty"
            or "occupancy" or "utilization" or "utilisation" or "adoption" or "approval" or "turnout" or "completion" or "enrollment"
            or "enrolment" or "ownership" or "homeownership" or "vacancy" or "coverage" or "response" or "pass" or "dropout";

    /// <summary>The sign of the change percent a list goes on from ("fell 13.4% to 2.8 million tons in Germany, 31.2% to ..."):
    /// the sentence's last percent before the figure, read as a change, with no verb or clause word between, or the change
    /// just before that the percent restates ("up $320 billion, or 23.2%"); 0 for none.</summary>
    public static int ContinuedChange(SentenceTokens s, IReadOnlyList<FigureDraft> figures, int f)
    {
        // "up about $320 billion, or 23.2%", "gained 3% or US$370": the same change again, in another unit
        if (f > 0 && figures[f - 1].Kind == FigureKind.Change && s.Is(figures[f].TextFirst - 1, "or")
            && (figures[f - 1].TextLast + 1 == figures[f].TextFirst - 1 || s.IsPunct(figures[f - 1].TextLast + 1, ',') && figures[f - 1].TextLast + 2 == figures[f].TextFirst - 1))
            return Math.Sign(figures[f - 1].Value);
        if (!IsPercent(figures[f])) return 0;
        int p = f - 1;
        while (p >= 0 && !IsPercent(figures[p])) p--;
        if (p < 0 || figures[p].Kind != FigureKind.Change) return 0;
        for (int k = figures[p].TextLast + 1; k < figures[f].TextFirst; k++)
            if (Clauses.IsVerbLike(s, k) || s.Has(k, WordClass.ClauseWord) || s.IsPunct(k, ';')) return 0;
        return Math.Sign(figures[p].Value);
    }

    /// <summary>"inflation of 3.5 per cent", "exports growth accelerated to 14.4 percent from 12.5 percent": an inflation or
    /// growth noun earlier in the sentence, which the percent measures.</summary>
    public static bool MeasuresRateOfChange(SentenceTokens s, FigureDraft c)
    {
        // a rate of change wherever the sentence names it before the figure ("inflation slowed to 10.6 percent from 11.6
        // percent", "remains above inflation, which dropped to 1.7%"), up to a semicolon
        for (int k = c.TextFirst - 1; k >= s.First && !s.IsPunct(k, ';'); k--)
            if (s.IsLower(k) && s.Span(k) is "inflation" or "growth") return true;
        return false;
    }

    /// <summary>"The average 30-year mortgage rate rose to 4.65 percent", "raised its benchmark rate by 50 basis points to
    /// 10.75%": a rate that prices money or goods (interest, mortgage, repo, yield, tax, levy) named before the percent in its
    /// clause.</summary>
    public static bool IsPriceRate(SentenceTokens s, FigureDraft c, int clauseStart)
    {
        for (int k = clauseStart; k < c.TextFirst; k++)
            if (s.IsLower(k) && IsPriceWord(s.Span(k))
                // a rate moved in basis points is a central bank's or a lender's
                || s.Is(k, "basis") && (s.Is(k + 1, "points") || s.Is(k + 1, "point")))
                return true;
        // "lifting the repo rate, which it uses to inject money, to 7.75 per cent": the nearest rate the sentence named before
        for (int k = c.TextFirst - 1; k > s.First; k--)
            if (s.IsLower(k) && s.Span(k) is "rate" or "rates")
                return IsPriceWord(s.Span(k - 1)) || s.IsLower(k - 2) && IsPriceWord(s.Span(k - 2));
        return false;
    }

    private static bool IsPriceWord(ReadOnlySpan<char> w) =>
        w is "interest" or "mortgage" or "mortgages" or "yield" or "yields" or "tax" or "levy" or "coupon" or "repo" or "benchmark"
            or "lending" or "borrowing" or "tariff" or "tariffs" or "discount" or "apr";

    /// <summary>"22% of patients waited, against a target of five per cent": a percent set against a share in the sentence
    /// is a share of the same whole.</summary>
    public static bool ComparedWithShare(SentenceTokens s, IReadOnlyList<FigureDraft> figures, int f)
    {
        var c = figures[f];
        if (!IsPercent(c) || f == 0 || !figures.Take(f).Any(b => b.Kind == FigureKind.Share && IsPercent(b))) return false;
        for (int k = c.TextFirst - 1; k >= Math.Max(s.First, c.TextFirst - 4); k--)
            if (s.Is(k, "against") || s.Is(k, "target") || s.Is(k, "versus") || s.Is(k, "vs") || s.Is(k, "compared")) return true;
        return false;
    }

    // "set to rise" and "estimated to reach" look ahead; "a set of" and "estimated at 1.2 trillion yuan" (an estimate of
    // the present) do not
    private static bool IsCueOnlyBeforeTo(SentenceTokens s, int k) => s.Is(k, "set") || s.Is(k, "estimated") || s.Is(k, "poised");

    // "plans to", "aims to": intent; "its own targets", "the plan": nouns, no forecast of a figure
    private static bool IsIntent(SentenceTokens s, int k) =>
        s.Is(k, "will") || s.Is(k, "plans") || s.Is(k, "plan") || s.Is(k, "planned") || s.Is(k, "aims") || s.Is(k, "aim")
        || s.Is(k, "intends") || s.Is(k, "targets");

    /// <summary>A cue of the future for the figure: a word of expectation or a modal of possibility anywhere in its clause
    /// ("is expected to reach", "could cost £40bn", "might have to spend ... for up to four years"); "will", "plans to",
    /// "aims to" only for the figure they govern ("will pay £320m", not "will run for three years" nor the "£5bn deal" after
    /// "will pay £4bn of"); "planned" for the figure it follows ("250 routes planned").</summary>
    public static bool HasForecastCue(SentenceTokens s, IReadOnlyList<FigureDraft> figures, int f, int clauseStart, int clauseEnd)
    {
        var c = figures[f];
        if (s.Is(c.ExtentLast + 1, "planned") || s.Is(c.ExtentLast + 1, "targeted") || s.Is(c.ExtentLast + 1, "proposed")) return true;
        for (int k = clauseStart; k < clauseEnd; k++)
        {
            if (!s.IsLower(k)) continue;
            if (s.Is(k, "could") || s.Is(k, "might") || s.Is(k, "may")) return true;
            if (!s.Has(k, WordClass.ForecastCue)) continue;
            if (IsIntent(s, k))
            {
                if (k < c.TextFirst && Governs(s, figures, f, k)) return true;
                continue;
            }
            if (!(IsCueOnlyBeforeTo(s, k) && !s.Is(k + 1, "to"))) return true;
        }
        return false;
    }

    // "will pay £320m", "plans to build 40 GW", "will rise to $5 billion": the first figure after the cue, with no preposition
    // or clause word between but the one that brings the figure ("will run for three years" is not a forecast of three)
    private static bool Governs(SentenceTokens s, IReadOnlyList<FigureDraft> figures, int f, int cue)
    {
        if (f > 0 && figures[f - 1].TextFirst > cue) return false;
        bool infinitive = !s.Is(cue, "will");
        if (infinitive && !s.Is(cue + 1, "to") || s.Has(cue - 1, WordClass.Determiner)) return false;
        for (int k = infinitive ? cue + 2 : cue + 1; k < figures[f].TextFirst; k++)
            if (s.Has(k, WordClass.Preposition | WordClass.ClauseWord) && !LeadsToFigure(s, k, figures[f].TextFirst) || s.IsClauseBreak(k)) return false;
        return true;
    }

    // "will rise to $5 billion", "will stand at 4 percent", "will cost an average of": the preposition that brings the figure
    private static bool LeadsToFigure(SentenceTokens s, int k, int figureFirst) =>
        k == figureFirst - 1 && (s.Is(k, "to") || s.Is(k, "at") || s.Is(k, "of") || s.Is(k, "about") || s.Is(k, "around"));
}
