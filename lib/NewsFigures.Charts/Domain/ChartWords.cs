namespace NewsFigures.Charts;

/// <summary>Titles, unit labels and bar labels written from the domain's words.</summary>
internal static class ChartWords
{
    /// <summary>"intelligent computing power" → "Intelligent computing power"; the rest is left as written.</summary>
    public static string Capitalized(string text) =>
        text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];

    /// <summary>One metric as its name, two joined by "and", more as the first two and a count.</summary>
    public static string Title(IReadOnlyList<string> metrics) => metrics.Count switch
    {
        0 => "",
        1 => Capitalized(metrics[0]),
        2 => $"{Capitalized(metrics[0])} and {metrics[1]}",
        _ => $"{Capitalized(metrics[0])}, {metrics[1]} and {metrics.Count - 2} more",
    };

    /// <summary>The axis label of a unit: "EFLOPS" and "USD" as written, "user" → "users", "percent" → "%".</summary>
    public static string Units(string? unit) => unit switch
    {
        null or "" => "",
        "percent" => "%",
        // The domain's own plural ("users", "universities", "EFLOPS"), read off a value of two.
        _ => NumberText.WithUnit(2, unit)["2 ".Length..],
    };

    /// <summary>The units of several series: the shared one, or each named once.</summary>
    public static string Units(IEnumerable<string?> units) =>
        string.Join(", ", units.Select(Units).Where(u => u.Length > 0).Distinct(StringComparer.Ordinal));

    /// <summary>Labels made unique for a category axis (plotly would stack equal ones into one bar): a repeated
    /// label gets " (2)", " (3)" in order.</summary>
    public static IReadOnlyList<string> Unique(IEnumerable<string> labels)
    {
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        var unique = new List<string>();
        foreach (var label in labels)
        {
            seen[label] = seen.GetValueOrDefault(label) + 1;
            unique.Add(seen[label] == 1 ? label : $"{label} ({seen[label]})");
        }
        return unique;
    }
}
