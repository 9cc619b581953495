namespace NewsFigures;

/// <summary>"raised its rate by 50 basis points", "output will rise by 1.2 million barrels": any unit after a change verb
/// and "by" is a change; so is one set off by commas after the verb ("also increased, by two per cent, to 2,660"), and a
/// percent after "by" and any verb, or its object of a word or two ("deteriorated by 25.9%", "has improved by 2.68
/// percentage points", "will push admissions by 12%"; not "backed by 60% of voters", a share), and any unit after
/// "improved by".</summary>
internal sealed class ChangeByKind : IKindRule
{
    public string Name => "kind.change-by";

    public KindProposal? Propose(FigureQuery q)
    {
        var (s, c) = (q.S, q.Figure);
        int by = KindCues.ByBefore(s, c.TextFirst);
        if (KindCues.StatesLevel(s, c) || !s.Is(by, "by") || IsPassiveAgent(s, by) || IsListedNext(s, by)) return null;
        int direction = KindCues.ChangeVerbBefore(s, q.ClauseStart, by);
        // "reduce most default offers – the maximum that retailers can charge – by ...": the verb before an aside in dashes
        if (direction == 0 && by == q.ClauseStart && MetricReader.IsDash(s, by - 1) && MetricReader.OpeningDash(s, by - 1) is > 0 and var open)
            direction = KindCues.ChangeVerbBefore(s, Clauses.Start(s, open - 1), open);
        // ", albeit by only 0.3 percent": the change verb of the clause the comma ends, or any verb there for a percent
        if (direction == 0 && s.Is(by - 1, "albeit") && s.IsPunct(by - 2, ',') && Clauses.Start(s, by - 3) is var before)
            direction = KindCues.ChangeVerbBefore(s, before, by - 2) is not 0 and var d ? d
                : KindCues.IsPercent(c) && MetricReader.HasVerbBetween(s, before, by - 2) ? 1 : 0;
        // ", by two per cent,": the verb ends the clause before the comma
        int verb = by == q.ClauseStart && s.IsPunct(by - 1, ',') ? by - 2 : by - 1;
        if (direction == 0 && verb != by - 1) direction = KindCues.ChangeVerbBefore(s, verb, verb + 1);
        if (direction == 0) direction = MovingParticipleBefore(s, q.ClauseStart, by);
        if (direction == 0) direction = ExampleOfChange(s, by);
        if (direction == 0) direction = TargetBeatenOrMissed(s, q.ClauseStart, by);
        // "sales had improved by 3 159 units": a rise ("improved" is no change word elsewhere: "China's improved capacity")
        if (direction == 0 && s.IsLower(verb) && s.Span(verb) is "improved" or "improves" or "improve") direction = 1;
        if (direction == 0 && KindCues.IsPercent(c) && !s.Is(c.TextLast + 1, "of") && Clauses.VerbBeforeObject(s, verb, q.ClauseStart) >= 0)
            direction = 1;
        return direction != 0 ? KindProposal.Change(direction, c.Value) : null;
    }

    // "The performance surpassed the set target of 32,151,000 by 1,628,255 tons", "is expected to fall short of its target of
    // Rs. 1,003 billion by around Rs. 150 billion": how far a result lies above or below what it was measured against
    private static int TargetBeatenOrMissed(SentenceTokens s, int clauseStart, int by)
    {
        for (int k = by - 1; k >= clauseStart; k--)
        {
            if (!s.IsLower(k)) continue;
            var w = s.Span(k);
            if (w is "surpassed" or "surpassing" or "surpasses" or "surpass" or "exceeded" or "exceeding" or "exceeds" or "exceed"
                or "beat" or "beating" or "beats" or "outstripped" or "overshot") return 1;
            if (w is "missed" or "missing" or "misses" or "miss"
                || w is "short" && s.Span(k - 1) is "fell" or "fall" or "falls" or "falling" or "fallen") return -1;
            // ("surpassing the previous record of 123,464 tonnes set in March 2015 by 5%": past the participle of a record)
            if (Clauses.IsVerbLike(s, k) && !s.Has(k, WordClass.Auxiliary) && !IsRecordParticiple(s, k)) return 0;
        }
        return 0;
    }

    private static bool IsRecordParticiple(SentenceTokens s, int k) =>
        s.Span(k) is "set" or "recorded" or "posted" or "registered" or "achieved" && !s.Has(k - 1, WordClass.Auxiliary | WordClass.Pronoun);

    // "prices fell, for example, poultry meat by 16.4 percent", "a decrease in prices of some commodities, such as garments by
    // 5.1%": an example's "by" after "such as", "for example" or "including" sizes the change named before them
    private static int ExampleOfChange(SentenceTokens s, int by)
    {
        int k = by - 1;
        while (k > s.First && by - k <= MaxExampleWords && (s.IsWord(k) || s.IsPunct(k, ',')) && !Clauses.IsVerbLike(s, k) && !IsExampleOpening(s, k)) k--;
        if (!IsExampleOpening(s, k) || k == by - 1) return 0;
        int opening = s.Is(k, "as") || s.Is(k, "example") ? k - 1 : k;
        for (int j = opening - 1; j > s.First && opening - j <= MaxExampleWords; j--)
        {
            if (s.IsLower(j) && KindCues.ChangeSign(s, j) is not 0 and var sign) return sign;
            if (Clauses.IsVerbLike(s, j) || s.IsDigits(j)) return 0;
        }
        return 0;
    }

    private const int MaxExampleWords = 8;

    private static bool IsExampleOpening(SentenceTokens s, int k) =>
        s.Is(k, "as") && s.Is(k - 1, "such") || s.Is(k, "example") && s.Is(k - 1, "for") || s.Is(k, "including") && s.IsLower(k);

    // "the increase ... which has been adopted by 84 councils": after a passive verb that moves nothing, "by" names who did it
    // "decline to 44.9 percent at the end of 2019, followed by 43.5 percent at the end of 2020": the next item of a run of
    // levels, which the verb orders and does not change
    private static bool IsListedNext(SentenceTokens s, int by) =>
        s.IsLower(by - 1) && s.Span(by - 1) is "followed" or "preceded" or "trailed" or "accompanied";

    private static bool IsPassiveAgent(SentenceTokens s, int by) =>
        s.IsLower(by - 1) && s.Span(by - 1).EndsWith("ed") && !s.Has(by - 1, WordClass.ChangeUp | WordClass.ChangeDown)
        && s.Span(by - 2) is "been" or "was" or "were" or "is" or "are" or "be" or "being";

    // "..., cutting Russian wheat production by 1Mt", "lifting the surplus by $2 billion": a participle that moves its object
    // (the lexicon leaves these out: "cutting 1,200 jobs" removes, it changes nothing by a figure)
    private static int MovingParticipleBefore(SentenceTokens s, int clauseStart, int by)
    {
        for (int k = by - 1; k >= clauseStart; k--)
        {
            if (!s.IsLower(k)) continue;
            if (s.Span(k) is "cutting" or "lowering" or "slashing" or "trimming") return -1;
            if (s.Span(k) is "raising" or "lifting" or "boosting" or "hiking") return 1;
        }
        return 0;
    }
}
