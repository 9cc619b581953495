namespace NewsFigures;

/// <summary>What the forecast rule reads around a figure: expectation and possibility in its clause, and "will" or "plans to"
/// only for the figure they govern.</summary>
internal static partial class KindCues
{
    // "set to rise" and "estimated to reach" look ahead; "a set of" and "estimated at 1.2 trillion yuan" (an estimate of
    // the present) do not
    private static bool IsCueOnlyBeforeTo(SentenceTokens s, int k) => s.Is(k, "set") || s.Is(k, "estimated") || s.Is(k, "poised");

    // "plans to", "aims to": intent; "its own targets", "the plan": nouns, no forecast of a figure
    private static bool IsIntent(SentenceTokens s, int k) =>
        s.Is(k, "will") || s.Is(k, "would") || s.Is(k, "plans") || s.Is(k, "plan") || s.Is(k, "planned") || s.Is(k, "aims") || s.Is(k, "aim")
        || s.Is(k, "intends") || s.Is(k, "targets");

    /// <summary>A cue of the future for the figure: a word of expectation or a modal of possibility anywhere in its clause
    /// ("is expected to reach", "could cost £40bn", "might have to spend ... for up to four years"); "will", "plans to",
    /// "aims to" only for the figure they govern ("will pay £320m", not "will run for three years" nor the "£5bn deal" after
    /// "will pay £4bn of"); "planned" for the figure it follows ("250 routes planned").</summary>
    public static bool HasForecastCue(SentenceTokens s, IReadOnlyList<FigureDraft> figures, int f, int clauseStart, int clauseEnd)
    {
        var c = figures[f];
        if (s.Is(c.ExtentLast + 1, "planned") || s.Is(c.ExtentLast + 1, "targeted") || s.Is(c.ExtentLast + 1, "proposed")) return true;
        // "Eight vessels called at the port and the number ... is expected to be 50": a clause joined by "and" with a verb of
        // its own expects for its own figures only
        // "would grow by 6.6%, to $5.6 billion": the level a change reaches after a comma is read in the change's clause
        if (ReachedAfterComma(s, figures, f)) clauseStart = Clauses.Start(s, RestatedFrom(s, figures, f - 1).TextFirst);
        clauseStart = MetricReader.CoordinatedClauseStart(s, clauseStart, c.TextFirst);
        clauseEnd = CoordinatedClauseEnd(s, clauseStart, c.TextFirst, c.TextLast, clauseEnd);
        if (NamesAimOrEstimateAfter(s, c.ExtentLast + 1, clauseEnd) || PlannedBefore(s, clauseStart, c.TextFirst) || PlanIncludes(s, c.TextFirst) || OnTrackTo(s, c.TextFirst)
            || clauseStart == s.First && OpensWithExpectations(s) || SharesModalBefore(s, clauseStart)) return true;
        // ("versus 7.6 mmt last year and 11.2 mmt in MY 2021/2022": a second base after "and" is compared with too)
        bool comparedBase = IsComparedBase(s, c.TextFirst) || f > 0 && s.Is(c.TextFirst - 1, "and") && IsComparedBase(s, figures[f - 1].TextFirst);
        // "Exports could jump to 62.4 million tonnes from 44.7 million tonnes in 2020/21": the level a forecast change starts
        // from is where things stand, no forecast
        bool startLevel = s.Is(c.TextFirst - 1, "from") && f > 0 && s.Is(figures[f - 1].TextFirst - 1, "to");
        for (int k = clauseStart; k < clauseEnd; k++)
        {
            if (!s.IsLower(k)) continue;
            if (k < c.TextFirst && IsAimOrExpectationNoun(s, k) && !s.Has(k - 1, WordClass.Preposition) && !(IsEstimateNoun(s, k) && c.Unit.Class == UnitClass.Counted))
                return true;
            if (startLevel && k < c.TextFirst) continue;
            // ("the country could only produce 1.158mbpd": what it was able to do, no forecast)
            if (s.Is(k, "could") && !s.Is(k + 1, "only") || s.Is(k, "might") || s.Is(k, "may")) return true;
            if (!s.Has(k, WordClass.ForecastCue)) continue;
            // "fell more than expected": a comparison with what was expected; "forecast ... 1.86 t/ha compared with 1.98 t/ha
            // in 2012-13": the base of a comparison is no forecast
            if (s.Is(k - 1, "than") || comparedBase && k < c.TextFirst || IsForecastComparedWith(s, k)) continue;
            // "down from $37.4 billion ... and below the $40.1 billion expected by analysts": a cue right after a later
            // figure is that figure's
            if (k > c.ExtentLast && FollowsOtherFigure(figures, f, k)) continue;
            if (IsIntent(s, k))
            {
                if (k < c.TextFirst && Governs(s, figures, f, k)) return true;
                continue;
            }
            if (!(IsCueOnlyBeforeTo(s, k) && !s.Is(k + 1, "to"))) return true;
        }
        return false;
    }

    // "and exceeded the state's forecast by $36.8 million", "came in above forecast", "beat analysts' estimates": a forecast a
    // result is measured against, no forecast of the result
    private static bool IsForecastComparedWith(SentenceTokens s, int cue)
    {
        for (int k = cue - 1; k >= s.First && cue - k <= 4; k--)
        {
            if (s.IsLower(k) && s.Span(k) is "exceeded" or "exceeding" or "exceeds" or "beat" or "beating" or "beats" or "missed" or "missing"
                or "misses" or "above" or "below" or "surpassed" or "topped" or "outpaced") return true;
            if (!(s.Has(k, WordClass.Determiner) || MetricReader.IsPossessive(s, k) || s.IsPunct(k, '’') || s.IsPunct(k, '\'') || s.Is(k, "s")
                  || s.IsLower(k) && s.Span(k) is "analysts" or "market" or "consensus" or "official" or "own")) return false;
        }
        return false;
    }

    // "on track to reach 2 million TEUs", "on course to hit $5 billion", "a clear path to 1 billion users", "on track for 300
    // stores": where things are heading, not where they are
    private static bool OnTrackTo(SentenceTokens s, int figure)
    {
        int k = figure - 1;
        if (s.IsLower(k) && !s.Has(k, WordClass.Preposition) && s.Is(k - 1, "to")) k--; // "to reach", "to hit"
        if (!s.Is(k, "to") && !s.Is(k, "for")) return false;
        return s.Is(k, "to") && s.Is(k - 1, "path") || (s.Is(k - 1, "track") || s.Is(k - 1, "course")) && s.Is(k - 2, "on");
    }

    // "an ambitious Action Plan that includes €20 billion (about USD 22.5 billion) investment": what a plan, a strategy or a
    // programme includes is still to come
    private static bool PlanIncludes(SentenceTokens s, int figure)
    {
        int k = figure - 1;
        while (k > figure - 3 && s.IsLower(k) && s.Has(k, WordClass.Determiner)) k--; // "includes a €20 billion fund"
        if (!(s.Is(k, "includes") || s.Is(k, "include") || s.Is(k, "including") || s.Is(k, "envisages") || s.Is(k, "earmarks"))) return false;
        int noun = s.Is(k - 1, "that") || s.Is(k - 1, "which") || s.IsPunct(k - 1, ',') ? k - 2 : k - 1;
        return s.Is(noun, "plan") || s.Is(noun, "strategy") || s.Is(noun, "programme") || s.Is(noun, "program") || s.Is(noun, "roadmap");
    }

    // "would grow by 6.6%, to $5.6 billion, and rise by 5.6% in the Office of Science, to $5.35 billion": a bare verb joined by
    // ", and" with no subject of its own shares the "will" or "would" of the verb before it
    private static bool SharesModalBefore(SentenceTokens s, int clauseStart)
    {
        if (!s.Is(clauseStart, "and") || !s.IsPunct(clauseStart - 1, ',') || !IsBareVerb(s, clauseStart + 1)) return false;
        for (int k = clauseStart - 2; k >= s.First; k--)
        {
            if (s.IsPunct(k, ';') || s.IsPunct(k, ':')) return false;
            if ((s.Is(k, "will") || s.Is(k, "would")) && IsBareVerb(s, k + 1)) return true;
        }
        return false;
    }

    private static bool IsBareVerb(SentenceTokens s, int k) =>
        s.IsLower(k) && Clauses.IsVerbLike(s, k) && !s.Span(k).EndsWith("ed") && !s.Span(k).EndsWith("ing") && !s.Span(k).EndsWith("s")
        && !s.Has(k, WordClass.Auxiliary);

    // "Proposed maintained dividend of 0.10 pence", "the planned $2 billion plant": an adjective of plan opening the figure's
    // noun phrase (after an article or the sentence's start, not the verb of "the board proposed a dividend of")
    private static bool PlannedBefore(SentenceTokens s, int clauseStart, int figure)
    {
        for (int k = Math.Max(clauseStart, figure - 5); k < figure; k++)
            if ((s.Span(k) is "proposed" or "planned" or "Proposed" or "Planned") && (k == s.First || s.Has(k - 1, WordClass.Determiner)))
            {
                for (int j = k + 1; j < figure; j++) if (s.IsClauseBreak(j) || Clauses.IsVerbLike(s, j)) return false;
                return true;
            }
        return false;
    }

    // "Forecasts had ranged from $5.16 billion to $5.62 billion": a plural of expectation opening the sentence as its subject
    private static bool OpensWithExpectations(SentenceTokens s) =>
        s.Span(s.First) is "Forecasts" or "Estimates" or "Projections" or "Predictions" or "Expectations"
        && (s.Has(s.First + 1, WordClass.Auxiliary) || Clauses.IsVerbLike(s, s.First + 1));

    // a later figure of the sentence whose words end right before token k
    private static bool FollowsOtherFigure(IReadOnlyList<FigureDraft> figures, int f, int k)
    {
        for (int g = f + 1; g < figures.Count && figures[g].TextFirst < k; g++)
            if (figures[g].ExtentLast + 1 == k) return true;
        return false;
    }

    // the "and", "but" or "while" after the figure that opens a clause with a subject and a verb of its own, once the figure's
    // clause has its verb; the clause's end otherwise
    private static int CoordinatedClauseEnd(SentenceTokens s, int clauseStart, int figureFirst, int figureLast, int clauseEnd)
    {
        for (int k = figureLast + 1; k < clauseEnd; k++)
        {
            if (!(s.Is(k, "and") || s.Is(k, "but") || s.Is(k, "while")) || !MetricReader.HasVerbBetween(s, clauseStart, k)) continue;
            // "has risen from 520 MW to 1.5 GW and is projected to reach ...": a second verb of the same subject, once the
            // figure's own verb came before it, expects for its own figures only
            if (s.Has(k + 1, WordClass.Auxiliary) && Clauses.IsVerbLike(s, k + 2) && MetricReader.HasVerbBetween(s, clauseStart, figureFirst)) return k;
            // an article or a name, then words and participles up to an auxiliary or finite verb
            if (!(s.Has(k + 1, WordClass.Determiner) && s.IsLower(k + 1) || s.IsCapitalized(k + 1))) continue;
            for (int j = k + 2; j < clauseEnd && j - k <= 14; j++)
            {
                if (s.IsDigits(j) || s.IsClauseBreak(j)) break;
                if (!Clauses.IsVerbLike(s, j) || s.Span(j).EndsWith("ing")) continue;
                if (s.Has(j, WordClass.Auxiliary) || !s.Span(j).EndsWith("ed") || s.Has(j - 1, WordClass.Auxiliary)) return k;
                break;
            }
        }
        return clauseEnd;
    }

    // "its final target of £10m", "our ambition is to bring leakage down to 75 million", "lowered its production expectations
    // to 2.8 million tons", "Analysts were expecting earnings of 33 cents", "Wall Street's prediction of $38 billion", "an
    // average estimate of €275m": an aim, an expectation or an estimate before the figure in its
    // clause (not after a preposition: "ahead of target", "in line with expectations" speak of a result)
    private static bool IsAimOrExpectationNoun(SentenceTokens s, int k) =>
        s.Is(k, "target") || s.Is(k, "goal") || s.Is(k, "ambition") || s.Is(k, "expectations") || s.Is(k, "expecting") || s.Is(k, "predicting")
        || IsEstimateNoun(s, k);

    // an estimate sizes an amount, not the people who made it ("The median estimate of 85 economists")
    private static bool IsEstimateNoun(SentenceTokens s, int k) =>
        s.Is(k, "prediction") || s.Is(k, "predictions") || s.Is(k, "projection") || s.Is(k, "projections") || s.Is(k, "consensus")
        || s.Is(k, "estimate") && IsNounEstimate(s, k) && !IsStatisticalEstimate(s, k);

    // "the revised May estimate of 1,135,000", "the June 2015 estimate of 1,334,000": a statistics office's estimate of a
    // month gone by states a level (a later date still makes a forecast)
    private static bool IsStatisticalEstimate(SentenceTokens s, int k) =>
        s.Is(k - 1, "revised") || s.Is(k - 2, "revised") || s.Has(k - 1, WordClass.Month) && s.IsCapitalized(k - 1)
        || s.IsDigits(k - 1) && s.Has(k - 2, WordClass.Month) && s.IsCapitalized(k - 2);

    // "an average estimate of", "the Budget 2017 estimate was": a noun after a determiner or before "of" or a verb, not the
    // verb of "Industry trackers estimate the three products spent"
    private static bool IsNounEstimate(SentenceTokens s, int k) =>
        s.Has(k - 1, WordClass.Determiner) || s.Has(k - 2, WordClass.Determiner) && !s.Has(k - 1, WordClass.Auxiliary) || s.Is(k + 1, "of")
        || s.Has(k + 1, WordClass.Auxiliary);

    // "our £10m emergency target", "Wall Street's $1.70 per share estimate": the noun the figure sizes is an aim or estimate
    private static bool NamesAimOrEstimateAfter(SentenceTokens s, int next, int clauseEnd)
    {
        for (int k = next; k < clauseEnd && k - next < 3; k++)
        {
            if (s.Is(k, "target") || s.Is(k, "estimate") || s.Is(k, "goal")) return true;
            if (!s.IsWord(k) || !s.IsLower(k) || s.Has(k, WordClass.Preposition | WordClass.Determiner | WordClass.ClauseWord | WordClass.Conjunction)
                && !s.Is(k, "per")) return false;
        }
        return false;
    }

    /// <summary>"up from $274 billion", "more than 40", or one of <see cref="IsComparedBase"/>: the figure is a base another
    /// is measured from or against.</summary>
    internal static bool IsBaseOfComparison(SentenceTokens s, int figure) =>
        // ("from last year's 85.3%": past a possessive time)
        TimeExpressionReader.PossessiveTimeBefore(s, figure) is var at && (s.Is(at - 1, "from") || s.Is(at - 1, "than") || IsComparedBaseAt(s, at))
        || IsBaseOfChangeNoun(s, figure);

    /// <summary>"a 30% rise on the 460 recorded by the INMO on February 1, 2016", "an increase over the 1,734": the figure a
    /// noun of change is counted on or over.</summary>
    internal static bool IsBaseOfChangeNoun(SentenceTokens s, int figure) =>
        s.Is(figure - 1, "the") && (s.Is(figure - 2, "on") || s.Is(figure - 2, "over")) && NounDirection(s, figure - 3) != 0;

    /// <summary>"compared with 1.98 t/ha", "against", "versus", "vs": the figure is the base another is compared with.</summary>
    internal static bool IsComparedBase(SentenceTokens s, int figure) =>
        IsComparedBaseAt(s, TimeExpressionReader.PossessiveTimeBefore(s, figure)); // "against last year's 8 tonnes"

    // the figure, or the possessive time before it, starts at k
    private static bool IsComparedBaseAt(SentenceTokens s, int figure)
    {
        if (s.Is(figure - 1, "only") || s.Is(figure - 1, "just")) figure--; // "compared with only 5.3%"
        return (s.Is(figure - 1, "with") || s.Is(figure - 1, "to")) && s.Is(figure - 2, "compared")
            || s.Is(figure - 1, "against") || s.Is(figure - 1, "versus") || s.Is(figure - 1, "vs");
    }

    // "will pay £320m", "plans to build 40 GW", "will rise to $5 billion": the first figure after the cue, with no preposition
    // or clause word between but the one that brings the figure ("will run for three years" is not a forecast of three)
    private static bool Governs(SentenceTokens s, IReadOnlyList<FigureDraft> figures, int f, int cue)
    {
        bool infinitive = !s.Is(cue, "will") && !s.Is(cue, "would");
        if (infinitive && !s.Is(cue + 1, "to") || s.Has(cue - 1, WordClass.Determiner)) return false;
        // "it would have earned 31 cents": what would have been, not what will be
        if (s.Is(cue, "would") && s.Is(cue + 1, "have")) return false;
        if (f > 0 && figures[f - 1].TextFirst > cue) return ReachedByGovernedChange(s, figures, f, cue);
        for (int k = infinitive ? cue + 2 : cue + 1; k < figures[f].TextFirst; k++)
            if (s.Has(k, WordClass.Preposition | WordClass.ClauseWord) && !LeadsToFigure(s, k, figures[f].TextFirst) && !IsToOfNecessity(s, k)
                || s.IsClauseBreak(k)) return false;
        return true;
    }

    // "would grow by 6.6%, to $5.6 billion", "will fall by £129 to £1,668": the level a change right after the cue reaches
    // ("to", after a comma or not)
    private static bool ReachedByGovernedChange(SentenceTokens s, IReadOnlyList<FigureDraft> figures, int f, int cue)
    {
        // "would receive an additional $119 million, or 1.6%, to $7.46 billion": the change its restatements restate
        int first = RestatedIndex(s, figures, f - 1);
        var change = figures[first];
        if (change.Kind != FigureKind.Change) return false;
        if (!NoClauseBetween(s, cue, change.TextFirst) || first > 0 && figures[first - 1].TextFirst > cue) return false;
        int to = figures[f - 1].TextLast + 1;
        if (IsChangeNounAfterFigure(s, to)) to++; // "would get a 6% boost, to $291 million"
        if (s.IsPunct(to, ',')) to++;
        return s.Is(to, "to") && to + 1 == figures[f].TextFirst;
    }

    /// <summary>"a 6% boost", "a 2% rise": a noun of change right after its figure.</summary>
    internal static bool IsChangeNounAfterFigure(SentenceTokens s, int k) =>
        s.IsLower(k) && s.Has(k, WordClass.ChangeUp | WordClass.ChangeDown) && !s.Span(k).EndsWith("ed") && !s.Span(k).EndsWith("ing")
        && !s.Span(k).EndsWith("s") && !s.Is(k, "up") && !s.Is(k, "down");

    /// <summary>"grow by 6.6%, to $5.6 billion", "rise by 5.6% in the Office of Science, to $5.35 billion": the figure is
    /// reached, after a comma, by the change right before it (a place or field between them, no verb).</summary>
    public static bool ReachedAfterComma(SentenceTokens s, IReadOnlyList<FigureDraft> figures, int f, string word = "to")
    {
        if (f == 0 || !s.Is(figures[f].TextFirst - 1, word) || !s.IsPunct(figures[f].TextFirst - 2, ',')) return false;
        int after = figures[f - 1].TextLast + 1, comma = figures[f].TextFirst - 2;
        if (IsChangeNounAfterFigure(s, after) && after < comma) after++; // "a 6% boost, to $291 million"
        if (after == comma) return true;
        if (!s.Is(after, "in") && !s.Is(after, "at") && !s.Is(after, "for")) return false;
        for (int k = after + 1; k < comma; k++)
            if (s.IsPunct(k, ',') || s.IsPunct(k, ';') || s.IsDigits(k) || Clauses.IsVerbLike(s, k) || s.Has(k, WordClass.ClauseWord | WordClass.Auxiliary)) return false;
        return true;
    }

    // "an additional $119 million, or 1.6%, to $7.46 billion"
    private static FigureDraft RestatedFrom(SentenceTokens s, IReadOnlyList<FigureDraft> figures, int f) => figures[RestatedIndex(s, figures, f)];

    /// <summary>The figure that figure <paramref name="f"/> restates after ", or" ("$643 million, or $1.12 a share"), back
    /// through a chain of them; f itself when it restates none.</summary>
    internal static int RestatedIndex(SentenceTokens s, IReadOnlyList<FigureDraft> figures, int f)
    {
        while (f > 0 && s.Is(figures[f].TextFirst - 1, "or") && s.IsPunct(figures[f].TextFirst - 2, ',') && figures[f - 1].TextLast == figures[f].TextFirst - 3) f--;
        return f;
    }

    private static bool NoClauseBetween(SentenceTokens s, int from, int to)
    {
        for (int k = from + 1; k < to; k++) if (s.IsClauseBreak(k) || s.Has(k, WordClass.ClauseWord)) return false;
        return true;
    }

    // "will need to make savings of £32m", "will have to pay £5m", "will be able to fund 500 homes": the "to" of a verb the
    // cue still governs
    private static bool IsToOfNecessity(SentenceTokens s, int k) =>
        s.Is(k, "to") && (s.Is(k - 1, "need") || s.Is(k - 1, "have") || s.Is(k - 1, "able"));

    // "will rise to $5 billion", "will stand at 4 percent", "will cost an average of": the preposition that brings the figure
    private static bool LeadsToFigure(SentenceTokens s, int k, int figureFirst) =>
        k == figureFirst - 1 && (s.Is(k, "to") || s.Is(k, "at") || s.Is(k, "of") || s.Is(k, "about") || s.Is(k, "around") || s.Is(k, "with"));
}
