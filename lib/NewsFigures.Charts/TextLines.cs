namespace NewsFigures.Charts;

/// <summary>Text broken at spaces into lines of at most a given number of characters (a longer word keeps its own line),
/// for captions and bar labels, which neither plotly nor ScottPlot wraps by itself.</summary>
internal static class TextLines
{
    public static IReadOnlyList<string> Wrap(string text, int width)
    {
        var lines = new List<string>();
        var line = "";
        foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (line.Length > 0 && line.Length + 1 + word.Length > width)
            {
                lines.Add(line);
                line = word;
            }
            else line = line.Length == 0 ? word : line + " " + word;
        }
        if (line.Length > 0) lines.Add(line);
        return lines;
    }

    /// <summary>Characters per line of a bar label when <paramref name="bars"/> bars share <paramref name="pixels"/>.</summary>
    public static int PerBar(int pixels, int bars) => Math.Max(8, pixels / Math.Max(1, bars) / 7);
}
