namespace NewsFigures;

/// <summary>
/// Finds the unit of a number written without one: a bare number that compares with an earlier count takes its unit
/// ("626 regular universities ..., far exceeding the 35 in 2019", "250 million users ... surge to 100 million"),
/// a bare count doing something counts people ("where 700 million lack digital access"), and a "base" names what
/// it counts ("user base hit 515 million").
/// </summary>
internal static class BareNumberUnit
{
    /// <summary>The figure with the unit it is read to have (unchanged when it states one or none can be inferred).</summary>
    public static FigureDraft Infer(SentenceTokens s, List<FigureDraft> figures, int f)
    {
        var c = figures[f];
        if (c.Unit.Class != UnitClass.None || c.Number.Form is not (NumberForm.Digits or NumberForm.Words)) return c;
        int from = BorrowedFrom(figures, f);
        if (from >= 0) return c with { Unit = c.Unit with { Unit = figures[from].Unit.Unit }, BorrowedUnit = true };
        if (c.Number.HasScale && Clauses.IsVerbLike(s, c.TextLast + 1) && !s.Has(c.TextLast + 1, WordClass.Auxiliary | WordClass.ForecastCue))
            return c with { Unit = c.Unit with { Unit = "person" } };
        var subject = Clauses.Subject(s, Clauses.Start(s, c.TextFirst), c.TextFirst);
        return subject is { } sj && sj.End - sj.First >= 2 && s.Is(sj.End - 1, "base") && s.IsWord(sj.End - 2)
            ? c with { Unit = c.Unit with { Unit = Inflection.Singular(s.Span(sj.End - 2)) } }
            : c;
    }

    /// <summary>The nearest earlier count or measure of the same scale (both with or both without "million"), or -1.</summary>
    public static int BorrowedFrom(List<FigureDraft> figures, int f)
    {
        for (int g = f - 1; g >= 0; g--)
            if (figures[g].Unit.Class is UnitClass.Counted or UnitClass.Measure && figures[g].Number.HasScale == figures[f].Number.HasScale) return g;
        return -1;
    }
}
