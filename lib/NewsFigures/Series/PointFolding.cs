using System.Text;

namespace NewsFigures;

/// <summary>
/// Folds points that state the same value for the same period into one point with every source: the same piece printed
/// in two files counts once, and independent sources that agree strengthen one point rather than make two.
/// </summary>
internal static class PointFolding
{
    public static List<SeriesPoint> Fold(List<SeriesPoint> points, double tolerance)
    {
        // A point folds into the first earlier one of its period, unit, bound and kind with the same value; only those
        // are looked at, and sources are gathered in a list per point, so folding n points never copies them n times.
        var folded = new List<Folded>();
        var byPeriod = new Dictionary<(string? Period, string? Unit, ValueBound Bound, bool Derived), List<Folded>>();
        foreach (var p in points)
        {
            var kind = (p.Period, p.Unit, p.Bound, p.Derived);
            if (!byPeriod.TryGetValue(kind, out var same)) byPeriod[kind] = same = [];
            var into = same.Find(q => SameValue(q.First.Value, p.Value, tolerance));
            if (into is null)
            {
                into = new Folded(p);
                same.Add(into);
                folded.Add(into);
                continue;
            }
            into.Sources.AddRange(p.Sources);
            into.Forecast = into.Forecast || p.Forecast;
            into.Outlet ??= p.Outlet;
            into.Date = into.Date is { } a && p.Date is { } b ? (a < b ? a : b) : into.Date ?? p.Date;
            into.Count++;
        }
        // Sentences normalized once for all the points of this fold.
        var normalized = new Dictionary<string, string>(StringComparer.Ordinal);
        return folded.Select(f => f.Point()).Select(p => Pieces(p).Skip(1).Any() ? p with { Note = Why(p, normalized) } : p).ToList();
    }

    // The first point of a fold and what the later ones add to it.
    private sealed class Folded(SeriesPoint first)
    {
        public SeriesPoint First { get; } = first;
        public List<PointSource> Sources { get; } = [.. first.Sources];
        public bool Forecast { get; set; } = first.Forecast;
        public string? Outlet { get; set; } = first.Outlet;
        public DateOnly? Date { get; set; } = first.Date;
        public int Count { get; set; } = 1;

        public SeriesPoint Point() =>
            Count == 1 ? First : First with { Sources = [.. Sources], Forecast = Forecast, Outlet = Outlet, Date = Date };
    }

    public static bool SameValue(double a, double b, double tolerance) =>
        Math.Abs(a - b) <= tolerance * Math.Max(Math.Abs(a), Math.Abs(b));

    // The files and pieces of a point's sources, each once, in order: what their references name.
    private static IEnumerable<IGrouping<(string File, int Piece), PointSource>> Pieces(SeriesPoint p) =>
        p.Sources.GroupBy(s => (s.File, s.Piece));

    private static string Why(SeriesPoint p, Dictionary<string, string> normalized)
    {
        var pieces = Pieces(p).ToList();
        var references = pieces.ConvertAll(g => g.First().Reference);
        // Printed twice when every file and piece gives the same sentences (a derived point uses two figures of each).
        var texts = pieces
            .Select(g => string.Join("\n", g.Select(s => Normalize(s.Sentence, normalized)).Distinct().Order(StringComparer.Ordinal))).Distinct().Count();
        var titles = p.Sources.Select(s => s.PieceTitle).Distinct().ToList();
        if (texts == 1)
            return titles.Count == 1
                ? $"the same piece ('{titles[0]}') printed in {string.Join(" and ", references)}: counted once"
                : $"the same sentence printed in {string.Join(" and ", references)}: counted once";
        return $"{references.Count} sources agree: {string.Join(", ", references)}";
    }

    // Lower case, words separated by one space: two printings of a sentence that differ only in spacing read the same.
    private static string Normalize(string sentence, Dictionary<string, string> normalized)
    {
        if (normalized.TryGetValue(sentence, out var known)) return known;
        var text = new StringBuilder(sentence.Length);
        bool gap = false;
        foreach (char c in sentence)
        {
            if (char.IsWhiteSpace(c)) { gap = text.Length > 0; continue; }
            if (gap) text.Append(' ');
            gap = false;
            text.Append(c);
        }
        return normalized[sentence] = text.ToString().ToLowerInvariant();
    }
}
