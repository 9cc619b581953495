namespace NewsFigures.Charts;

/// <summary>Writes a chart to a file chosen by extension: .html (standalone page), .svg or .png; atomically.</summary>
public static class ChartFile
{
    /// <summary>The extensions <see cref="Write"/> knows: ".html", ".svg", ".png".</summary>
    public static IReadOnlyList<string> Extensions { get; } = [".html", ".svg", ".png"];

    public static void Write(ChartSpec chart, string path, ImageSize? size = null)
    {
        switch (Path.GetExtension(path).ToLowerInvariant())
        {
            case ".html": AtomicFile.WriteText(path, PlotlyFigure.StandalonePage(chart)); break;
            case ".svg": AtomicFile.WriteText(path, StaticChart.Svg(chart, size)); break;
            case ".png": AtomicFile.WriteBytes(path, StaticChart.Png(chart, size)); break;
            default: throw new ArgumentException($"{path}: unknown chart format; use {string.Join(", ", Extensions)}.", nameof(path));
        }
    }
}
