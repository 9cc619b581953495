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
            if (RankOf(r, t, f) != rank) continue;
            var e = r.Times[t];
            int distance = e.First > fig.TextLast ? e.First - fig.TextLast : fig.TextFirst - e.Last;
            if (distance < bestDistance) (best, bestDistance) = (t, distance);
        }
        return best < 0 ? null : new PeriodProposal(r.Times[best].Period, r.Times[best].IsFuture);
    }

    /// <summary>The period the figure's best time expression gives it, of any rank, or null.</summary>
    public static PeriodProposal? Best(SentenceReading r, FigureDraft fig, int f)
    {
        for (int rank = Own; rank <= Other; rank++)
            if (Nearest(r, fig, f, rank) is { } chosen) return chosen;
        return null;
    }

    /// <summary>A change, share or multiple (any measure, a borrowed unit, "doubled") may take a neighbour's period.</summary>
    public static bool TakesNeighbours(FigureDraft fig) =>
        fig.IsMeasure || fig.BorrowedUnit || fig.Number.Form == NumberForm.Multiplier;

    private static int RankOf(SentenceReading r, int t, int f)
    {
        var e = r.Times[t];
        int owner = r.OwnerOfTime(t);
        if (e.Role == TimeRole.Base || (owner >= 0 && owner != f)) return -1;
        return owner == f ? Own : e.Role switch { TimeRole.Period => Period, TimeRole.Now => Now, _ => Other };
    }
}
