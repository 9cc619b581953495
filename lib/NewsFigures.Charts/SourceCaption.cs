namespace NewsFigures.Charts;

/// <summary>The source note as drawn under a chart: "Source: " once (a note may already start with it), in lines that
/// fit the width.</summary>
internal static class SourceCaption
{
    public static string Text(ChartSpec chart) => chart.SourceNote switch
    {
        null => "Source: not stated",
        var note when note.StartsWith("Source", StringComparison.OrdinalIgnoreCase) => note,
        var note => "Source: " + note,
    };

    /// <summary>The caption in lines of at most <paramref name="width"/> characters, broken at spaces.</summary>
    public static IReadOnlyList<string> Lines(ChartSpec chart, int width) => TextLines.Wrap(Text(chart), width);
}
