namespace ExtractCliBench;

/// <summary>Writes rows as a Markdown table.</summary>
internal static class MarkdownTable
{
    private static readonly string[] Header = ["run", "wall s", "CPU s", "peak RSS MB", "MB/s", "output"];

    public static void Write(IEnumerable<BenchRow> rows, TextWriter output)
    {
        output.WriteLine($"| {string.Join(" | ", Header)} |");
        output.WriteLine($"|{string.Join("|", Header.Select((_, i) => i is >= 1 and <= 4 ? "---:" : "---"))}|");
        foreach (var row in rows) output.WriteLine($"| {string.Join(" | ", row.Cells())} |");
    }
}
