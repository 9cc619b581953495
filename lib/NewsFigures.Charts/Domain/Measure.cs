using System.Text.RegularExpressions;

namespace NewsFigures.Charts;

/// <summary>
/// What a figure measures, for deciding what may share an axis: its kind, and for a share the base it is a share of
/// (the words after the metric's last "share of" or "share in", without a leading "its", "their" or "the"). A share of
/// GDP and a share of a market are different measures; so are a share and a change, both in percent.
/// </summary>
internal sealed partial record Measure(FigureKind Kind, string? Base)
{
    public static Measure Of(Figure figure) =>
        new(figure.Kind, figure.Kind == FigureKind.Share ? ShareBase(figure.Metric) : null);

    /// <summary>"changes", "shares of GDP", "shares (base not stated)", "levels", ...</summary>
    public string Name => Kind switch
    {
        FigureKind.Share => Base is null ? "shares (base not stated)" : $"shares of {Base}",
        FigureKind.Multiple => "multiples",
        _ => Kind.ToString().ToLowerInvariant() + "s",
    };

    /// <summary>The measures of these figures, most figures first (then in order of appearance), with their figures.</summary>
    /// <remarks>GroupBy keeps the order of first appearance; the stable sort keeps it among equal counts.</remarks>
    public static IReadOnlyList<(Measure Measure, IReadOnlyList<CorpusFigure> Figures)> Groups(IEnumerable<CorpusFigure> figures) =>
        [.. figures.GroupBy(f => Of(f.Figure)).OrderByDescending(g => g.Count())
            .Select(g => (g.Key, (IReadOnlyList<CorpusFigure>)[.. g]))];

    /// <summary>"changes (4), shares of GDP (1) and shares of global equity investment in AI (1)".</summary>
    public static string Counted(IEnumerable<(Measure Measure, IReadOnlyList<CorpusFigure> Figures)> groups) =>
        SourceNote.JoinWithAnd([.. groups.Select(g => $"{g.Measure.Name} ({g.Figures.Count})")]);

    static string? ShareBase(string metric)
    {
        var last = ShareOf().Matches(metric).LastOrDefault();
        var words = last is null ? "" : Determiner().Replace(metric[(last.Index + last.Length)..].Trim(), "");
        return words.Length == 0 ? null : words;
    }

    [GeneratedRegex(@"\bshare (?:of|in)\b", RegexOptions.IgnoreCase)]
    private static partial Regex ShareOf();

    /// <summary>"its GDP" and "the GDP" are one base with "GDP".</summary>
    [GeneratedRegex(@"^(?:its|their|the)\s+", RegexOptions.IgnoreCase)]
    private static partial Regex Determiner();
}
