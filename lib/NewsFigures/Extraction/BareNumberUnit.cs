namespace NewsFigures;

/// <summary>
/// Finds the unit of a number written without one: a bare number that compares with an earlier count takes its unit
/// ("626 regular universities ..., far exceeding the 35 in 2019", "250 million users ... surge to 100 million"),
/// a bare count doing something counts people ("where 700 million lack digital access"), and a "base" names what
/// it counts ("user base hit 515 million").
/// </summary>
internal static class BareNumberUnit
{
    public static void Infer(SentenceTokens s, List<Candidate> candidates, int f)
    {
        var c = candidates[f];
        if (c.Unit.Class != UnitClass.None || c.Number.Form is not (NumberForm.Digits or NumberForm.Words)) return;
        int from = BorrowedFrom(candidates, f);
        if (from >= 0)
        {
            c.Unit = c.Unit with { Unit = candidates[from].Unit.Unit };
            c.BorrowedUnit = true;
            return;
        }
        if (c.Number.HasScale && Clauses.IsVerbLike(s, c.TextLast + 1) && !s.Has(c.TextLast + 1, WordClass.Auxiliary | WordClass.ForecastCue))
        {
            c.Unit = c.Unit with { Unit = "person" };
            return;
        }
        var subject = Clauses.Subject(s, Clauses.Start(s, c.TextFirst), c.TextFirst);
        if (subject is { } sj && sj.End - sj.First >= 2 && s.Is(sj.End - 1, "base") && s.IsWord(sj.End - 2))
            c.Unit = c.Unit with { Unit = Inflection.Singular(s.Span(sj.End - 2)) };
    }

    /// <summary>The nearest earlier count or measure of the same scale (both with or both without "million"), or -1.</summary>
    public static int BorrowedFrom(List<Candidate> figures, int f)
    {
        for (int g = f - 1; g >= 0; g--)
            if (figures[g].Unit.Class is UnitClass.Counted or UnitClass.Measure && figures[g].Number.HasScale == figures[f].Number.HasScale) return g;
        return -1;
    }
}
