using System.Globalization;
using System.Text;

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
            // Which points share a sentence, and each point's description, are worked out once for the period, not once
            // for every pair of its points.
            var sharing = SharingASentence(points, indices);
            var descriptions = new Dictionary<int, string>();
            string Described(int j) => descriptions.TryGetValue(j, out var d) ? d : descriptions[j] = Describe(points[j]);
            foreach (int i in indices)
            {
                var p = points[i];
                var differing = indices.Where(j => j != i && !PointFolding.SameValue(points[j].Value, p.Value, tolerance)).ToList();
                var against = differing.Where(j => !sharing[i].Contains(j)).ToList();
                var alongside = differing.Where(j => sharing[i].Contains(j)).ToList();
                var note = p.Note;
                if (alongside.Count > 0 || against.Count > 0)
                {
                    // One builder for the whole note: the list of conflicting sources can be long, and is copied once.
                    var text = new StringBuilder(note);
                    if (alongside.Count > 0)
                        Join(text).Append("stated in the same sentence as ").AppendJoin(" and ", alongside.Select(j => points[j].ValueText))
                            .Append(": the phrase may name two different things");
                    if (against.Count > 0)
                        Join(text).Append("conflicts with ").AppendJoin(" and ", against.Select(Described));
                    note = text.ToString();
                }
                result[i] = p with { Conflict = against.Count > 0, Note = note };
            }
            var flagged = indices.Where(i => result[i].Conflict).ToList();
            if (flagged.Count > 1)
                conflicts.Add(new SeriesConflict(period.Key, flagged.Select(i => result[i]).ToList(),
                    Explain(period.Key, flagged.Select(i => points[i]).ToList(), flagged.Select(Described))));
        }
        return (result, conflicts);
    }

    // For each point, the points with a source in one of its sentences, printed in the same file and piece (a source's
    // Reference is its file and piece); a point is among its own.
    private static Dictionary<int, HashSet<int>> SharingASentence(List<SeriesPoint> points, List<int> indices)
    {
        var bySentence = new Dictionary<(string File, int Piece, string Sentence), List<int>>();
        foreach (int i in indices)
            foreach (var s in points[i].Sources)
            {
                var sentence = (s.File, s.Piece, s.Sentence);
                if (!bySentence.TryGetValue(sentence, out var stating)) bySentence[sentence] = stating = [];
                if (stating.Count == 0 || stating[^1] != i) stating.Add(i);
            }
        var sharing = indices.ToDictionary(i => i, _ => new HashSet<int>());
        foreach (var stating in bySentence.Values)
            foreach (int i in stating) sharing[i].UnionWith(stating);
        return sharing;
    }

    private static string Describe(SeriesPoint p) =>
        $"{p.ValueText}{(p.Derived ? " (derived)" : "")} [{string.Join("; ", p.Sources.Select(s => s.ToString()).Distinct())}]";

    private static string Explain(string label, List<SeriesPoint> points, IEnumerable<string> described)
    {
        var text = $"{points.Count} different values for {label}: {string.Join(" vs ", described)}. ";
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

    // Notes already there are followed by "; ".
    private static StringBuilder Join(StringBuilder note) => note.Length == 0 ? note : note.Append("; ");
}
