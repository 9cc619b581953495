namespace NewsFigures;

/// <summary>
/// Found figures scored against a gold: a found figure matches a gold one when it is in the same file, its span overlaps
/// and its value is within 0.5 %; each takes at most one partner, gold figures in file order taking the first free one.
/// Precision and recall count matches; each <see cref="FigureField"/> is scored on the matches. Only figures found in
/// the files the gold annotates count: a text added beside them changes nothing.
/// </summary>
[TypeFormatterSource(typeof(DomainFormatterSource), PreferredMimeTypes = [MimeTypes.PlainText])]
public sealed class GoldComparison
{
    private const double ValueTolerance = 0.005;

    public required IReadOnlyList<GoldMatch> Matches { get; init; }
    public required IReadOnlyList<GoldFigure> Misses { get; init; }
    public required IReadOnlyList<CorpusFigure> FalseHits { get; init; }

    public double Precision => Ratio(Matches.Count, Matches.Count + FalseHits.Count);
    public double Recall => Ratio(Matches.Count, Matches.Count + Misses.Count);

    /// <summary>How many matches agree on the field.</summary>
    public int Agreeing(FigureField field) => Matches.Count(m => m.Agrees(field));

    /// <summary>The share of matches that agree on the field (0 when nothing matched).</summary>
    public double Agreement(FigureField field) => Ratio(Agreeing(field), Matches.Count);

    public static GoldComparison Of(IReadOnlyList<GoldFigure> gold, IReadOnlyList<CorpusFigure> found)
    {
        var annotated = gold.Select(g => g.File).ToHashSet();
        found = found.Where(f => annotated.Contains(f.File)).ToList();
        var byFile = found.Select((f, i) => (Figure: f, Index: i)).ToLookup(p => p.Figure.File);
        var taken = new bool[found.Count];
        var matches = new List<GoldMatch>();
        var misses = new List<GoldFigure>();
        foreach (var g in gold)
        {
            var hit = byFile[g.File].FirstOrDefault(p => !taken[p.Index] && Overlaps(g, p.Figure.Figure), (null!, -1));
            if (hit.Index < 0) { misses.Add(g); continue; }
            taken[hit.Index] = true;
            matches.Add(new GoldMatch(g, hit.Figure));
        }
        return new GoldComparison { Matches = matches, Misses = misses, FalseHits = found.Where((_, i) => !taken[i]).ToList() };
    }

    private static bool Overlaps(GoldFigure g, Figure f) =>
        f.Start < g.End && g.Start < f.End && Math.Abs(f.Value - g.Value) <= ValueTolerance * Math.Abs(g.Value);

    /// <summary>"63 gold figures, 63 found, 63 matched: precision 1.000, recall 1.000".</summary>
    public override string ToString() => string.Create(System.Globalization.CultureInfo.InvariantCulture,
        $"{Matches.Count + Misses.Count} gold figures, {Matches.Count + FalseHits.Count} found, {Matches.Count} matched: precision {Precision:F3}, recall {Recall:F3}");

    private static double Ratio(int n, int d) => d == 0 ? 0 : n / (double)d;
}
