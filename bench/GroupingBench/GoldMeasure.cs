using System.Text.Json;
using System.Text.RegularExpressions;

namespace NewsFigures.Bench;

/// <summary>
/// A gold figure's file, span and what it measures: its metric phrase read loosely (lower case, the corpus's default
/// subject "China's" / "the country's" and bracketed asides dropped) with its unit's measure (FLOPS of any prefix are
/// one, currencies are one), so "China's total computing (arithmetic) power" in EFLOPS and "total computing power" in
/// PFLOPS are one measure.
/// </summary>
internal sealed partial record GoldMeasure(string File, int Start, int End, string Phrase, string Unit, bool Change, CorpusFigure AsFigure)
{
    public static List<GoldMeasure> Load(string jsonl) =>
        [.. System.IO.File.ReadLines(jsonl).Select((line, i) => (line, i)).Where(l => l.line.Trim().Length > 0).Select(l =>
        {
            try
            {
                var g = JsonDocument.Parse(l.line).RootElement;
                string? Text(string name) => g.GetProperty(name).ValueKind == JsonValueKind.Null ? null : g.GetProperty(name).GetString();
                int start = g.GetProperty("start").GetInt32(), end = g.GetProperty("end").GetInt32();
                // The gold figure as the library sees figures, to group the gold's own phrases.
                var figure = new Figure(g.GetProperty("value").GetDouble(), Text("unit"), Text("qualifier"),
                    Enum.Parse<FigureKind>(Text("kind")!, ignoreCase: true), Text("metric") ?? "", Text("period"), Text("attribution"),
                    Text("sentence")!, Text("text")!, start, end);
                return new GoldMeasure(Text("file")!, start, end, Loosened(Text("metric") ?? ""), MeasureOf(Text("unit")),
                    figure.Kind == FigureKind.Change, new CorpusFigure(Text("file")!, 1, Text("piece") ?? "", ArticleInfo.Empty, figure));
            }
            catch (Exception e) when (e is JsonException or KeyNotFoundException or InvalidOperationException)
            {
                throw new FormatException($"{jsonl}:{l.i + 1}: not a gold figure ({e.Message})");
            }
        })];

    private static string Loosened(string metric) =>
        Spaces().Replace(Subject().Replace(Aside().Replace(metric.ToLowerInvariant().Replace('’', '\''), " "), " "), " ").Trim();

    // Units of one measure count as one: the grouping may join them converted.
    private static string MeasureOf(string? unit) => unit switch
    {
        null => "none",
        _ when unit.EndsWith("FLOPS", StringComparison.Ordinal) => "flops",
        // Amounts in two currencies measure one thing; grouping may join them only at a rate the text gives.
        { Length: 3 } when unit.All(char.IsAsciiLetterUpper) => "money",
        _ => unit,
    };

    /// <summary>Two gold figures measure one thing: the same loosened phrase, and the same measure unless one is a
    /// change (a change belongs to the series of its level, whatever its own unit).</summary>
    public bool SameAs(GoldMeasure other) => Phrase == other.Phrase && (Change || other.Change || Unit == other.Unit);

    public override string ToString() => $"{Phrase} | {(Change ? "change" : Unit)}";

    [GeneratedRegex(@"\([^)]*\)")]
    private static partial Regex Aside();

    [GeneratedRegex(@"\b(?:china's|chinese|the country's|country's|china)\b")]
    private static partial Regex Subject();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
