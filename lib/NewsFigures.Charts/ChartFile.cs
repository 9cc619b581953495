namespace NewsFigures.Charts;

/// <summary>Writes a chart to a file chosen by extension: .html (standalone page), .svg or .png; atomically.</summary>
public static class ChartFile
{
    /// <summary>The extensions <see cref="Write(ChartSpec, string, ImageSize?)"/> knows: ".html", ".svg", ".png".</summary>
    public static IReadOnlyList<string> Extensions { get; } = [".html", ".svg", ".png"];

    public static void Write(ChartSpec chart, string path, ImageSize? size = null)
    {
        switch (Path.GetExtension(path).ToLowerInvariant())
        {
            case ".html": AtomicFile.WriteText(path, PlotlyFigure.StandalonePage(chart)); break;
            case ".svg": AtomicFile.WriteText(path, StaticChart.Svg(chart, size)); break;
            case ".png": AtomicFile.WriteBytes(path, StaticChart.Png(chart, size)); break;
            default: throw Unknown(path);
        }
    }

    /// <summary>Small multiples, by extension as a single chart: a standalone page of subplots, an SVG or a PNG.</summary>
    public static void Write(ChartPanels panels, string path, ImageSize? size = null)
    {
        switch (Path.GetExtension(path).ToLowerInvariant())
        {
            case ".html": AtomicFile.WriteText(path, PlotlyFigure.StandalonePage(panels)); break;
            case ".svg": AtomicFile.WriteText(path, StaticChart.Svg(panels, size)); break;
            case ".png": AtomicFile.WriteBytes(path, StaticChart.Png(panels, size)); break;
            default: throw Unknown(path);
        }
    }

    static ArgumentException Unknown(string path) =>
        new($"{path}: unknown chart format; use {string.Join(", ", Extensions)}.", nameof(path));
}
