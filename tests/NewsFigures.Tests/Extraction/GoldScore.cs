using System.Text.RegularExpressions;

namespace NewsFigures.Tests.Extraction;

/// <summary>
/// Scores extracted figures against the gold. A prediction matches a gold figure when it is in the same file, its span
/// overlaps, and its value is within 0.5%. Each gold figure takes at most one prediction and each prediction at most one
/// gold figure. The metric is right when the content words of the two metrics (lower case, stopwords dropped, crude
/// stems: -s, -ies, -ed, -ing, -ment) overlap with an F1 of at least 0.5; unit, period and kind must be equal.
/// </summary>
public sealed partial class GoldScore
{
    private const double ValueTolerance = 0.005;
    private const double MetricF1Needed = 0.5;

    public required IReadOnlyList<(GoldFigure Gold, CorpusFigure Found, double MetricF1)> Matches { get; init; }
    public required IReadOnlyList<GoldFigure> Misses { get; init; }
    public required IReadOnlyList<CorpusFigure> FalseHits { get; init; }

    public double Precision => Ratio(Matches.Count, Matches.Count + FalseHits.Count);
    public double Recall => Ratio(Matches.Count, Matches.Count + Misses.Count);
    public double MetricRight => Ratio(Matches.Count(m => m.MetricF1 >= MetricF1Needed), Matches.Count);
    public double UnitRight => Ratio(Matches.Count(m => m.Gold.Unit == m.Found.Figure.Unit), Matches.Count);
    public double PeriodRight => Ratio(Matches.Count(m => m.Gold.Period == m.Found.Figure.Period), Matches.Count);
    /// <summary>The stricter metric measure: see <see cref="StrictMetric"/>.</summary>
    public double MetricStrictRight => Ratio(Matches.Count(m => StrictMetric.Agrees(m.Gold.Metric, m.Found.Figure.Metric)), Matches.Count);
    public double KindRight => Ratio(Matches.Count(m => IsKindRight(m.Gold, m.Found)), Matches.Count);

    public static bool IsKindRight(GoldFigure gold, CorpusFigure found) =>
        string.Equals(gold.Kind, found.Figure.Kind.ToString(), StringComparison.OrdinalIgnoreCase);

    public static GoldScore Of(IReadOnlyList<GoldFigure> gold, IReadOnlyList<CorpusFigure> found)
    {
        var taken = new bool[found.Count];
        var matches = new List<(GoldFigure, CorpusFigure, double)>();
        var misses = new List<GoldFigure>();
        foreach (var g in gold)
        {
            int hit = -1;
            for (int i = 0; i < found.Count && hit < 0; i++)
            {
                var f = found[i];
                if (!taken[i] && f.File == g.File && f.Figure.Start < g.End && g.Start < f.Figure.End
                    && Math.Abs(f.Figure.Value - g.Value) <= ValueTolerance * Math.Abs(g.Value)) hit = i;
            }
            if (hit < 0) { misses.Add(g); continue; }
            taken[hit] = true;
            matches.Add((g, found[hit], MetricF1(g.Metric, found[hit].Figure.Metric)));
        }
        return new GoldScore { Matches = matches, Misses = misses, FalseHits = found.Where((_, i) => !taken[i]).ToList() };
    }

    public bool IsMetricRight(double f1) => f1 >= MetricF1Needed;

    public static double MetricF1(string gold, string found)
    {
        var g = ContentStems(gold);
        var f = ContentStems(found);
        int overlap = g.Intersect(f).Count();
        if (overlap == 0) return 0;
        double precision = overlap / (double)f.Count, recall = overlap / (double)g.Count;
        return 2 * precision * recall / (precision + recall);
    }

    private static readonly HashSet<string> Stopwords =
    [
        "the", "a", "an", "of", "in", "on", "at", "by", "for", "from", "to", "with", "across", "into", "and", "or", "that", "who",
        "which", "whose", "its", "their", "is", "are", "was", "were", "have", "has", "had", "be", "as", "since", "among", "than",
        "this", "these", "those", "it",
    ];

    internal static HashSet<string> ContentStems(string text)
    {
        var stems = new HashSet<string>();
        foreach (Match m in Word().Matches(text.ToLowerInvariant().Replace("'s", "")))
            if (!Stopwords.Contains(m.Value)) stems.Add(Stem(m.Value));
        return stems;
    }

    internal static string Stem(string w)
    {
        if (w.EndsWith("ies") && w.Length > 4) return w[..^3] + "y";
        if (w.EndsWith("ing") && w.Length > 5) return w[..^3];
        if (w.EndsWith("ed") && w.Length > 4) return w[..^2];
        if (w.EndsWith("ment") && w.Length > 6) return w[..^4];
        if (w.EndsWith('s') && !w.EndsWith("ss") && w.Length > 3) return w[..^1];
        return w;
    }

    private static double Ratio(int n, int d) => d == 0 ? 0 : n / (double)d;

    [GeneratedRegex("[a-z0-9]+")]
    private static partial Regex Word();
}
