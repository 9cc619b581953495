namespace NewsFigures;

/// <summary>"is expected to reach 1.2 million by 2030", "could cost $40 billion", "will add 40 GW": a word of expectation or
/// a modal of possibility in the clause, "will" or "plans to" before the figure it governs, or a period after the article
/// date; a phrase that only adds what a forecast figure came with (", on revenue of $11.04 billion"), and the next item of a
/// list in the forecast's unit ("could include 24.5 million tonnes of wheat, 30.9 million tonnes of corn"), are that
/// forecast's.</summary>
internal sealed class ForecastKind : IKindRule
{
    public string Name => "kind.forecast";

    public KindProposal? Propose(FigureQuery q) =>
        q.HasFuturePeriod || KindCues.HasForecastCue(q.S, q.Figures, q.Index, q.ClauseStart, q.ClauseEnd) || ContinuesForecast(q)
            ? new KindProposal(FigureKind.Forecast, q.Figure.Value) : null;

    // "were expecting earnings of 33 cents per share, on revenue of $11.04 billion": a phrase after a comma that only adds
    // what else the forecast figure came with ("on", "with" and a noun's "of") is part of that forecast
    private static bool ContinuesForecast(FigureQuery q)
    {
        if (q.Index == 0 || q.Figures[q.Index - 1] is not { Kind: FigureKind.Forecast } before) return false;
        var s = q.S;
        if (ListedAfter(s, before, q.Figure)) return true;
        int comma = before.ExtentLast + 1;
        while (comma < q.Figure.TextFirst && !s.IsPunct(comma, ',') && s.IsWord(comma) && !Clauses.IsVerbLike(s, comma)) comma++; // "per share"
        if (!s.IsPunct(comma, ',') || !(s.Is(comma + 1, "on") || s.Is(comma + 1, "with")) || !s.Is(q.Figure.TextFirst - 1, "of")) return false;
        for (int k = comma + 2; k < q.Figure.TextFirst - 1; k++)
            if (!s.IsLower(k) || Clauses.IsVerbLike(s, k) || s.Has(k, WordClass.Preposition | WordClass.ClauseWord)) return false;
        return q.Figure.TextFirst - 1 > comma + 2;
    }

    // "grain exports could include 24.5 million tonnes of wheat, 30.9 million tonnes of corn and 5.2 million tonnes of
    // barley": the next item of a list in the forecast's unit, with nothing between but its noun, a comma or "and"
    private static bool ListedAfter(SentenceTokens s, FigureDraft before, FigureDraft figure)
    {
        if (before.Unit.Unit is null || before.Unit.Unit != figure.Unit.Unit) return false;
        bool joined = false;
        for (int k = before.ExtentLast + 1; k < figure.TextFirst; k++)
        {
            if (s.IsPunct(k, ',') || s.Is(k, "and")) { joined = true; continue; }
            if (!s.IsLower(k) || Clauses.IsVerbLike(s, k) || s.Has(k, WordClass.Preposition | WordClass.ClauseWord | WordClass.Determiner) && !s.Is(k, "of"))
                return false;
        }
        return joined;
    }
}
