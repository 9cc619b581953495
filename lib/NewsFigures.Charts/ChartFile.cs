namespace NewsFigures.Charts;

/// <summary>Writes a chart to a file chosen by extension: .html (standalone page), .svg or .png; atomically.</summary>
public static class ChartFile
{
    /// <summary>The extensions <see cref="Write(ChartSpec, string, ImageSize?)"/> knows: ".html", ".svg", ".png".</summary>
    public static IReadOnlyList<string> Extensions { get; } = [".html", ".svg", ".png"];

    public static void Write(ChartSpec chart, string path, ImageSize? size = null) =>
        Write(path, () => PlotlyFigure.StandalonePage(chart), () => StaticChart.Svg(chart, size), () => StaticChart.Png(chart, size));

    /// <summary>Small multiples, by extension as a single chart: a standalone page of subplots, an SVG or a PNG.</summary>
    public static void Write(ChartPanels panels, string path, ImageSize? size = null) =>
        Write(path, () => PlotlyFigure.StandalonePage(panels), () => StaticChart.Svg(panels, size), () => StaticChart.Png(panels, size));

    /// <summary>Only the rendering the extension asks for is drawn.</summary>
    static void Write(string path, Func<string> page, Func<string> svg, Func<byte[]> png)
    {
        switch (Path.GetExtension(path).ToLowerInvariant())
        {
            case ".html": AtomicFile.WriteText(path, page()); break;
            case ".svg": AtomicFile.WriteText(path, svg()); break;
            case ".png": AtomicFile.WriteBytes(path, png()); break;
            default: throw new ArgumentException($"{path}: unknown chart format; use {string.Join(", ", Extensions)}.", nameof(path));
        }
    }
}
