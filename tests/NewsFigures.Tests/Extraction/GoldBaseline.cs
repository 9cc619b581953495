using System.Globalization;

namespace NewsFigures.Tests.Extraction;

/// <summary>
/// A committed gold score: the count of matches and of agreeing matches per field, which may rise but never fall, the
/// false hits, which may fall but never rise, and every known miss, false hit and disagreeing field by place. A drop of
/// a single figure, or a new error where the counts still hold, is a failure naming it.
/// </summary>
/// <remarks>One tab-separated line per entry, # for comments:
/// <c>matched 63</c>, <c>false hits 0</c>, <c>Unit 63</c> (a <see cref="FigureField"/>), and
/// <c>known miss|false|Metric... FILE START</c>.</remarks>
internal sealed class GoldBaseline
{
    private readonly Dictionary<string, int> _counts = [];
    private readonly HashSet<string> _known = [];

    public static GoldBaseline Load(string path)
    {
        var baseline = new GoldBaseline();
        foreach (var line in File.ReadLines(path).Where(l => l.Length > 0 && !l.StartsWith('#')))
        {
            var cells = line.Split('\t');
            if (cells[0] == "known") baseline._known.Add(string.Join('\t', cells[1..]));
            else baseline._counts[cells[0]] = int.Parse(cells[1], CultureInfo.InvariantCulture);
        }
        return baseline;
    }

    /// <summary>Every way the comparison falls short of the baseline; empty when it holds.</summary>
    public IReadOnlyList<string> Shortfalls(GoldComparison comparison)
    {
        var shortfalls = new List<string>();
        void AtLeast(string name, int now)
        {
            if (now < _counts[name]) shortfalls.Add($"{name}: {now}, committed {_counts[name]}");
        }
        AtLeast("matched", comparison.Matches.Count);
        if (comparison.FalseHits.Count > _counts["false hits"])
            shortfalls.Add($"false hits: {comparison.FalseHits.Count}, committed {_counts["false hits"]}");
        foreach (var field in Enum.GetValues<FigureField>()) AtLeast(field.ToString(), comparison.Agreeing(field));
        shortfalls.AddRange(Errors(comparison).Where(e => !_known.Contains(e)).Select(e => $"not a known error: {e}"));
        return shortfalls;
    }

    /// <summary>The comparison's errors as baseline lines ("Metric\tFILE\tSTART"), to write a new baseline from.</summary>
    public static IEnumerable<string> Errors(GoldComparison comparison) =>
        comparison.Misses.Select(g => $"miss\t{g.File}\t{g.Start}")
            .Concat(comparison.FalseHits.Select(f => $"false\t{f.File}\t{f.Figure.Start}"))
            .Concat(comparison.Matches.SelectMany(m => Enum.GetValues<FigureField>().Where(field => !m.Agrees(field))
                .Select(field => $"{field}\t{m.Gold.File}\t{m.Gold.Start}")));

    /// <summary>The baseline that the comparison meets exactly, as file lines.</summary>
    public static IEnumerable<string> Of(GoldComparison comparison) =>
        new[] { $"matched\t{comparison.Matches.Count}", $"false hits\t{comparison.FalseHits.Count}" }
            .Concat(Enum.GetValues<FigureField>().Select(field => $"{field}\t{comparison.Agreeing(field)}"))
            .Concat(Errors(comparison).Select(e => $"known\t{e}"));
}
