namespace NewsFigures;

/// <summary>
/// Chooses among a sentence's time expressions for a figure, by rank: one the figure owns, then a period, then the
/// present, then anything else (a release date); within a rank the nearest. The base of a comparison ("from the
/// previous year") and a time another figure owns are never chosen.
/// </summary>
internal static class TimeChoice
{
    public const int Own = 0, Period = 1, Now = 2, Other = 3;

    /// <summary>The nearest time expression of the rank, or null (declines).</summary>
    public static PeriodProposal? Nearest(SentenceReading r, FigureDraft fig, int f, int rank)
    {
        int best = -1, bestDistance = int.MaxValue;
        for (int t = 0; t < r.Times.Count; t++)
        {
            if (RankOf(r, t, f, fig) != rank) continue;
            var e = r.Times[t];
            int distance = e.First > fig.TextLast ? e.First - fig.TextLast : fig.TextFirst - e.Last;
            if (distance < bestDistance) (best, bestDistance) = (t, distance);
        }
        // "has fallen by two-thirds since 2020": the figure's own "since" time leaves it no period, and no other time dates it
        // "31 percent in June" with no date to read June against: the figure's own time is unknown, and no other time dates it
        if (best < 0) return null;
        var chosen = r.Times[best];
        // ("since 2006—when the national census reported 1,411": the clause "when" opens is of that time, where "since" starts)
        // ("since the same period of 2019 when earnings dropped 23.80 percent": after "since", with no dash too)
        if (AfterSince(r.Tokens, chosen) && (InDashedWhenClause(r.Tokens, chosen, fig) || InWhenClauseRightAfter(r.Tokens, chosen, fig)))
            return new PeriodProposal(chosen.Period.Split('/')[0], chosen.IsFuture);
        return AfterSince(r.Tokens, chosen) || chosen.Period == TimeExpressionReader.Unknown ? PeriodProposal.None
            : new PeriodProposal(chosen.Period, chosen.IsFuture);
    }

    /// <summary>The period the figure's best time expression gives it, of any rank, or null.</summary>
    public static PeriodProposal? Best(SentenceReading r, FigureDraft fig, int f)
    {
        for (int rank = Own; rank <= Other; rank++)
            if (Nearest(r, fig, f, rank) is { } chosen) return chosen;
        return null;
    }

    /// <summary>Whether a time expression of the sentence spans exactly tokens [first, last].</summary>
    public static bool IsTimeAt(SentenceReading r, int first, int last)
    {
        foreach (var e in r.Times)
            if (e.First == first && e.Last == last) return true;
        return false;
    }

    /// <summary>A change, share or multiple (any measure, a borrowed unit, "doubled") may take a neighbour's period.</summary>
    public static bool TakesNeighbours(FigureDraft fig) =>
        fig.IsMeasure || fig.BorrowedUnit || fig.Number.Form == NumberForm.Multiplier;

    private static int RankOf(SentenceReading r, int t, int f, FigureDraft fig)
    {
        var e = r.Times[t];
        int owner = r.OwnerOfTime(t);
        // "last year's 8 tonnes", "warned of in July's trading update": a possessive time dates only the figure of the noun
        // it owns
        if (TimeExpressionReader.IsPossessive(r.Tokens, e)) return owner == f ? Own : -1;
        // ("lower than the 1999 rate of 65%", "compared to May (260,947 units)": a base's time that labels the base dates it)
        if (owner == f && e.Role == TimeRole.Base && (LabelsAmount(r.Tokens, e, fig) || r.LabelsInBrackets(t)))
            return Own;
        if (e.Role == TimeRole.Base && !DatesWhenClause(r.Tokens, e, fig) || (owner >= 0 && owner != f)) return -1;
        if (e.Role == TimeRole.Base) return Own; // the clause the base's time opens is of that time
        if (owner == f || owner < 0 && (InDashedWhenClause(r.Tokens, e, fig) || AfterSince(r.Tokens, e) && InWhenClauseRightAfter(r.Tokens, e, fig)))
            return Own;
        // a time of unknown year dates only the figure it follows ("31 percent in June"), not a figure further off
        if (e.Period == TimeExpressionReader.Unknown) return -1;
        if (AfterSince(r.Tokens, e) || InRecordFrame(r.Tokens, e)) return -1;
        if (!Reaches(r.Tokens, e, fig)) return -1;
        return e.Role switch { TimeRole.Period => Period, TimeRole.Now => Now, _ => Other };
    }

    /// <summary>"smaller than the 2015 crop of 159.6 million tonnes": the figure owns the time of a base, so is a base.</summary>
    public static bool OwnsBaseTime(SentenceReading r, int f)
    {
        for (int t = 0; t < r.Times.Count; t++)
            if (r.OwnerOfTime(t) == f && r.Times[t].Role == TimeRole.Base) return true;
        return false;
    }

    private static bool LabelsAmount(SentenceTokens s, TimeExpression e, FigureDraft fig) =>
        s.Is(e.First - 1, "the") && TimeExpressionReader.MeasureNounOf(s, e.Last + 1) == fig.TextFirst;

    // "compared to the same quarter in 2013, when the company's devices accounted for nearly a third", "compared to the
    // corresponding period in 2018 which recorded 38,190 cases": a base's time dates the figures of the clause ", when" or
    // "which" opens right after it
    private static bool DatesWhenClause(SentenceTokens s, TimeExpression e, FigureDraft fig)
    {
        int opener = s.IsPunct(e.Last + 1, ',') ? e.Last + 2 : e.Last + 1;
        return fig.TextFirst > opener && (s.Is(opener, "when") && opener == e.Last + 2 || s.Is(opener, "which") && fig.TextFirst - opener <= 3)
            || InDashedWhenClause(s, e, fig);
    }

    // "since the same period of 2019 when earnings dropped 23.80 percent": "when" right after a time, the figure in its clause
    private static bool InWhenClauseRightAfter(SentenceTokens s, TimeExpression e, FigureDraft fig) =>
        s.Is(e.Last + 1, "when") && s.IsLower(e.Last + 1) && fig.TextFirst > e.Last + 1 && Clauses.End(s, e.Last + 1) > fig.TextFirst;

    private static bool InDashedWhenClause(SentenceTokens s, TimeExpression e, FigureDraft fig) =>
        DashedWhenClause(s, e) is > 0 and var when && fig.TextFirst > when && Clauses.End(s, when) > fig.TextFirst;

    // "since 2006—when the national census reported 1,411", "than in 2019 – the last year exams were taken – when 25.4% of
    // entries": "when" after a dash (or after an aside between dashes) right after the time; its token, else 0
    private static int DashedWhenClause(SentenceTokens s, TimeExpression e)
    {
        int dash = e.Last + 1;
        if (!MetricReader.IsDash(s, dash)) return 0;
        if (s.Is(dash + 1, "when")) return dash + 1;
        return MetricReader.ClosingDash(s, dash, MaxDashedAside) is > 0 and var close && s.Is(close + 1, "when") ? close + 1 : 0;
    }

    private const int MaxDashedAside = 16;

    /// <summary>Whether a time expression the figure does not own may still be its period. Not when it stands after a
    /// contrast that follows the figure ("436,127 in the previous month, but ... in April 2020"), inside a clause of its
    /// own ("the highest number since records began in August 2007"), inside a parenthesis the figure is not in ("standards
    /// (target 2028), prioritizing 100,000+ card clusters"), or after a multiple, whose base it dates ("35 times the number
    /// waiting a year earlier, in April 2020").</summary>
    private static bool Reaches(SentenceTokens s, TimeExpression e, FigureDraft fig)
    {
        if (e.First > fig.TextLast)
        {
            if (fig.Unit.Class == UnitClass.Times && fig.Number.Form != NumberForm.Multiplier || OpensCoordinatedClause(s, e, fig)
                || InOpeningWhole(s, fig, e)) return false;
            for (int k = fig.TextLast + 1; k < e.First; k++)
                if (s.IsLower(k) && IsContrast(s.Span(k))) return false;
        }
        if (InOwnClause(s, e, fig)) return false;
        if (EnclosingParenthesis(s, e.First) is not { } open) return true;
        int close = e.Last + 1;
        while (close < s.End && !s.IsPunct(close, ')')) close++;
        return fig.TextFirst > open && fig.TextFirst < close;
    }

    // "Of the 74 homicide cases, 11 of them happened in October": the whole an opening "Of the" phrase names is not dated
    // by a time of the clause after its comma
    private static bool InOpeningWhole(SentenceTokens s, FigureDraft fig, TimeExpression e)
    {
        if (!s.Is(s.First, "of") || !s.Is(s.First + 1, "the") || fig.TextFirst > s.First + 3) return false;
        // ("Of the 9.7m that ... within the Q3, 2018, 90.1 percent": not a comma inside the time)
        for (int k = fig.TextLast + 1; k < e.First - 1; k++)
            if (s.IsPunct(k, ',') && !(s.IsDigits(k + 1) && NonFigureRules.IsYearDigits(s.Span(k + 1)))) return true;
        return false;
    }

    /// <summary>"was 12,116 and in 2015-16 it has reached 12,277": a time right after "and" (or a contrast) that a subject or
    /// a comma follows opens the clause coordinated after the figure; it dates that clause, not the figure before it. So does
    /// one before the "by" of a change whose verb is left out ("increased by 58 GW and in 2020 by 111 GW").</summary>
    public static bool OpensCoordinatedClause(SentenceTokens s, TimeExpression e, FigureDraft fig)
    {
        int and = s.Has(e.First - 1, WordClass.Preposition) && s.IsLower(e.First - 1) ? e.First - 2 : e.First - 1;
        if (and <= fig.TextLast || !s.IsLower(and) || !(s.Span(and) is "and" || IsContrast(s.Span(and)))) return false;
        return s.IsPunct(e.Last + 1, ',') || s.Is(e.Last + 1, "by")
            || s.IsWord(e.Last + 1) && !s.Has(e.Last + 1, WordClass.Preposition | WordClass.Conjunction);
    }

    private static bool IsContrast(ReadOnlySpan<char> w) => w is "but" or "although" or "though" or "whereas" or "while";

    // "since records began in August 2007": a conjunction, a subject and a verb of their own before the time
    private static bool InOwnClause(SentenceTokens s, TimeExpression e, FigureDraft fig)
    {
        for (int k = e.First - 1; k >= s.First && e.First - k <= MaxOwnClause && !s.IsClauseBreak(k); k--)
        {
            // ("Since the crisis began in March, 28 of them have launched appeals": "since" opening the sentence too; an opening
            // "When records began in 2000-01" dates the main clause)
            if (!(s.IsLower(k) && IsSubordinator(s.Span(k)) || k == s.First && s.Is(k, "since"))) continue;
            if (fig.TextFirst > k && fig.TextFirst < e.First) return false; // the figure is inside it
            for (int v = k + 2; v < e.First; v++)
                if (Clauses.IsVerbLike(s, v) && !s.Has(v, WordClass.Auxiliary) || IsIrregularPast(s.Span(v))) return true;
            return false;
        }
        return false;
    }

    private const int MaxOwnClause = 6;

    // "has reduced by 27 percent since 2010", "the biggest intraday decline since November 2008", "its fifth hike since March":
    // a time after "since" is where a change or a record is counted from; it does not date the figure (the development golds
    // leave such figures without a period)
    private static bool AfterSince(SentenceTokens s, TimeExpression e)
    {
        for (int k = e.First; k >= s.First && e.First - k <= 3; k--)
            if (s.Is(k, "since") || s.Is(k, "Since")) return true;
        // ("since the start of the season on Oct. 1": or further back over the words of the phrase "since" opens)
        for (int k = e.First - 1; k >= s.First && e.First - k <= MaxSincePhrase && s.IsWord(k) && !Clauses.IsVerbLike(s, k); k--)
            if (s.Is(k, "since") || s.Is(k, "Since")) return true;
        return false;
    }

    private const int MaxSincePhrase = 7;

    // "to $8.48 billion, the biggest decline so far this year", "the fastest growth recorded thus far in 2019": the span a
    // superlative ranks over, like "since", dates no figure
    private static bool InRecordFrame(SentenceTokens s, TimeExpression e)
    {
        int far = s.Is(e.First, "so") || s.Is(e.First, "thus") ? e.First : s.Is(e.First - 1, "in") ? e.First - 2 : e.First - 1;
        if (!s.Is(far, "far") || !(s.Is(far - 1, "so") || s.Is(far - 1, "thus"))) far = s.Is(e.First + 1, "far") ? e.First + 1 : -1;
        if (far < 0) return false;
        for (int k = far - 2; k >= s.First && far - k <= 6 && !s.IsClauseBreak(k); k--)
            if (s.IsLower(k) && IsSuperlative(s.Span(k))) return true;
        return false;
    }

    private static bool IsSuperlative(ReadOnlySpan<char> w) =>
        w is "biggest" or "largest" or "highest" or "lowest" or "fastest" or "slowest" or "smallest" or "steepest" or "sharpest" or "strongest"
            or "weakest" or "best" or "worst" or "most" or "least";

    private static bool IsSubordinator(ReadOnlySpan<char> w) => w is "since" or "when" or "after" or "before" or "until" or "because";

    private static bool IsIrregularPast(ReadOnlySpan<char> w) =>
        w is "began" or "came" or "went" or "rose" or "fell" or "grew" or "took" or "struck" or "broke" or "left" or "won" or "hit" or "ended";

    private static int? EnclosingParenthesis(SentenceTokens s, int k)
    {
        for (int j = k - 1; j >= s.First && k - j <= 6; j--)
        {
            if (s.IsPunct(j, ')')) return null;
            if (s.IsPunct(j, '(')) return j;
        }
        return null;
    }
}
