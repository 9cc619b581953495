using System.Globalization;

namespace NewsFigures;

/// <summary>
/// Points of the same period (both undated counts as the same) whose values differ are a conflict: they stay separate
/// points, each flagged, and the conflict says which sources and dates disagree and whether their bounds could all hold.
/// Two values stated in one sentence ("250 million users, fueled by DeepSeek's ... surge to 100 million") are not a
/// conflict between sources but two things under one metric phrase: they get a note instead of the flag.
/// </summary>
internal static class ConflictFinder
{
    public static (List<SeriesPoint> Points, List<SeriesConflict> Conflicts) Flag(List<SeriesPoint> points, double tolerance)
    {
        var conflicts = new List<SeriesConflict>();
        var result = new List<SeriesPoint>(points);
        foreach (var period in Enumerable.Range(0, points.Count).GroupBy(i => points[i].Label).Where(g => g.Count() > 1))
        {
            var indices = period.ToList();
            foreach (int i in indices)
            {
                var p = points[i];
                var differing = indices.Where(j => j != i && !PointFolding.SameValue(points[j].Value, p.Value, tolerance)).Select(j => points[j]).ToList();
                var against = differing.Where(o => !SharesSentence(o, p)).ToList();
                var alongside = differing.Where(o => SharesSentence(o, p)).ToList();
                var note = p.Note;
                if (alongside.Count > 0)
                    note = Join(note, $"stated in the same sentence as {string.Join(" and ", alongside.Select(o => o.ValueText))}: the phrase may name two different things");
                if (against.Count > 0)
                    note = Join(note, $"conflicts with {string.Join(" and ", against.Select(Describe))}");
                result[i] = p with { Conflict = against.Count > 0, Note = note };
            }
            var flagged = indices.Where(i => result[i].Conflict).ToList();
            if (flagged.Count > 1)
                conflicts.Add(new SeriesConflict(period.Key, flagged.Select(i => result[i]).ToList(), Explain(period.Key, flagged.Select(i => points[i]).ToList())));
        }
        return (result, conflicts);
    }

    private static bool SharesSentence(SeriesPoint a, SeriesPoint b) =>
        a.Sources.Any(s => b.Sources.Any(t => s.Reference == t.Reference && s.Sentence == t.Sentence));

    private static string Describe(SeriesPoint p) =>
        $"{p.ValueText}{(p.Derived ? " (derived)" : "")} [{string.Join("; ", p.Sources.Select(s => s.ToString()).Distinct())}]";

    private static string Explain(string label, List<SeriesPoint> points)
    {
        var text = $"{points.Count} different values for {label}: {string.Join(" vs ", points.Select(Describe))}. ";
        double low = double.NegativeInfinity, high = double.PositiveInfinity;
        foreach (var p in points)
        {
            switch (p.Bound)
            {
                case ValueBound.Lower: low = Math.Max(low, p.Value); break;
                case ValueBound.Upper: high = Math.Min(high, p.Value); break;
                case ValueBound.Exact: low = Math.Max(low, p.Value); high = Math.Min(high, p.Value); break;
                case ValueBound.Approximate: low = Math.Max(low, p.Value * 0.9); high = Math.Min(high, p.Value * 1.1); break;
            }
        }
        text += low > high || (low == high && points.Any(p => p.Bound == ValueBound.Lower && p.Value == low))
            ? "They cannot all be true."
            : points.All(p => p.Bound == ValueBound.Lower)
                ? string.Create(CultureInfo.InvariantCulture, $"All are lower bounds, so all hold if the value is above {NumberText.Format(low)}; the counts may have been taken at different times.")
                : points.All(p => p.Bound == ValueBound.Upper)
                    ? string.Create(CultureInfo.InvariantCulture, $"All are upper bounds, so all hold if the value is below {NumberText.Format(high)}.")
                    : "Their bounds leave room for one value that satisfies all of them, but the sources state different numbers.";
        if (label == "undated") text += " None is dated by its sentence; the articles' dates are listed with each source.";
        return text;
    }

    private static string Join(string? a, string b) => string.IsNullOrEmpty(a) ? b : $"{a}; {b}";
}
