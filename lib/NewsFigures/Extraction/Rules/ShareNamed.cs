namespace NewsFigures;

/// <summary>
/// After a metric rule decides: a share whose metric names only the part ("Hybrid (petrol electric) now stand at 20.11pc")
/// says it is a share ("Hybrid (petrol electric) share"), as a percent level of the part would otherwise read as its size.
/// A metric that already names a share, proportion, rate or the like, or a measure that is a percent itself ("load factor",
/// "inflation"), is left as it is.
/// </summary>
internal static class ShareNamed
{
    public static string Apply(FigureKind kind, string metric)
    {
        if (kind != FigureKind.Share || metric.Length == 0) return metric;
        foreach (var word in metric.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            if (IsShareWord(word.TrimEnd(',', '.', ')').ToLowerInvariant())) return metric;
        return metric + " share";
    }

    private static bool IsShareWord(string w) =>
        w is "share" or "shares" or "proportion" or "percentage" or "percent" or "portion" or "fraction" or "majority" or "minority"
            or "rate" or "rates" or "ratio" or "part" or "half" or "quarter" or "third" or "penetration" or "adoption" or "usage"
            // measures that are percents themselves: "load factor", "inflation", "occupancy", "margin", "contribution"
            or "factor" or "inflation" or "unemployment" or "occupancy" or "utilisation" or "utilization" or "yield" or "yields"
            or "margin" or "margins" or "turnout" or "contribution";
}
