namespace NewsFigures;

/// <summary>
/// Gives each figure of a sentence its period from the sentence's time expressions. A time expression right
/// after a figure ("the 35 in 2019", "515 million by mid-year") belongs to that figure alone; otherwise the nearest
/// one applies. Bases of comparisons ("from the previous year") are never a figure's period; a source's release date
/// ("data released in April") and the present ("now") are used only when nothing better is there. A change, share
/// or multiple with no period of its own takes that of the figure before it ("1,037.3 EFLOPS in 2025, a 43 percent increase").
/// </summary>
internal static class PeriodAssigner
{
    private const int OwnershipGap = 3;

    public static void Assign(SentenceTokens s, List<Candidate> figures, List<TimeExpression> times)
    {
        Span<int> owner = times.Count <= 16 ? stackalloc int[times.Count] : new int[times.Count];
        for (int t = 0; t < times.Count; t++) owner[t] = OwnerOf(times[t], figures);

        var pending = new List<int>();
        for (int f = 0; f < figures.Count; f++)
        {
            var fig = figures[f];
            int best = -1, bestRank = int.MaxValue, bestDistance = int.MaxValue;
            for (int t = 0; t < times.Count; t++)
            {
                var e = times[t];
                if (e.Role == TimeRole.Base || (owner[t] >= 0 && owner[t] != f)) continue;
                int rank = owner[t] == f ? 0 : e.Role switch { TimeRole.Period => 1, TimeRole.Now => 2, _ => 3 };
                int distance = e.First > fig.TextLast ? e.First - fig.TextLast : fig.TextFirst - e.Last;
                if (rank < bestRank || (rank == bestRank && distance < bestDistance)) (best, bestRank, bestDistance) = (t, rank, distance);
            }
            if (best >= 0)
            {
                fig.Period = times[best].Period;
                fig.HasFuturePeriod = times[best].IsFuture;
            }
            else if (fig.IsMeasure || fig.BorrowedUnit || fig.Number.Form == NumberForm.Multiplier)
            {
                // "rose 12% to 3.1 billion yuan in the second quarter": a change shares the period of the level beside it.
                pending.Add(f);
            }
        }
        foreach (int f in pending)
        {
            var from = f > 0 && figures[f - 1].Period is not null ? figures[f - 1] : f + 1 < figures.Count ? figures[f + 1] : null;
            if (from is null) continue;
            figures[f].Period = from.Period;
            figures[f].HasFuturePeriod = from.HasFuturePeriod;
        }
    }

    // The figure a time expression directly follows, or that it contains ("five consecutive years to 2024").
    private static int OwnerOf(TimeExpression e, List<Candidate> figures)
    {
        for (int f = 0; f < figures.Count; f++)
        {
            var fig = figures[f];
            if (e.First <= fig.TextFirst && e.Last >= fig.TextLast) return f;
            int gap = e.First - fig.ExtentLast;
            bool nextFigureBetween = f + 1 < figures.Count && figures[f + 1].TextFirst < e.First;
            if (gap >= 1 && gap <= OwnershipGap && !nextFigureBetween) return f;
        }
        return -1;
    }
}
