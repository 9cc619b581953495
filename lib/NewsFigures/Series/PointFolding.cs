namespace NewsFigures;

/// <summary>
/// Folds points that state the same value for the same period into one point with every source: the same piece printed
/// in two files counts once, and independent sources that agree strengthen one point rather than make two.
/// </summary>
internal static class PointFolding
{
    public static List<SeriesPoint> Fold(List<SeriesPoint> points, double tolerance)
    {
        var folded = new List<SeriesPoint>();
        foreach (var p in points)
        {
            int i = folded.FindIndex(q => q.Period == p.Period && q.Unit == p.Unit && q.Bound == p.Bound && q.Derived == p.Derived
                && SameValue(q.Value, p.Value, tolerance));
            if (i < 0) { folded.Add(p); continue; }
            var q = folded[i];
            folded[i] = q with
            {
                Sources = [.. q.Sources, .. p.Sources],
                Forecast = q.Forecast || p.Forecast,
                Outlet = q.Outlet ?? p.Outlet,
                Date = q.Date is { } a && p.Date is { } b ? (a < b ? a : b) : q.Date ?? p.Date,
            };
        }
        return folded.Select(p => p.Sources.Select(s => s.Reference).Distinct().Count() > 1 ? p with { Note = Why(p) } : p).ToList();
    }

    public static bool SameValue(double a, double b, double tolerance) =>
        Math.Abs(a - b) <= tolerance * Math.Max(Math.Abs(a), Math.Abs(b));

    private static string Why(SeriesPoint p)
    {
        var references = p.Sources.Select(s => s.Reference).Distinct().ToList();
        // Printed twice when every file and piece gives the same sentences (a derived point uses two figures of each).
        var texts = p.Sources.GroupBy(s => s.Reference)
            .Select(g => string.Join("\n", g.Select(s => Normalize(s.Sentence)).Distinct().Order(StringComparer.Ordinal))).Distinct().Count();
        var titles = p.Sources.Select(s => s.PieceTitle).Distinct().ToList();
        if (texts == 1)
            return titles.Count == 1
                ? $"the same piece ('{titles[0]}') printed in {string.Join(" and ", references)}: counted once"
                : $"the same sentence printed in {string.Join(" and ", references)}: counted once";
        return $"{references.Count} sources agree: {string.Join(", ", references)}";
    }

    private static string Normalize(string sentence) => string.Join(' ', sentence.Split(default(char[]), StringSplitOptions.RemoveEmptyEntries)).ToLowerInvariant();
}
