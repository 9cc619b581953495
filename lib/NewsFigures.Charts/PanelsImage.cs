using System.Globalization;
using System.Net;
using SkiaSharp;

namespace NewsFigures.Charts;

/// <summary>
/// <see cref="ChartPanels"/> as one static image: each panel drawn by <see cref="StaticChart"/> (its kind as its title, no
/// caption) into its cell of <see cref="PanelLayout"/>, under the figure's title and over its one source note.
/// PNG is composed on a Skia canvas, SVG by nesting each panel's SVG at its place.
/// </summary>
internal static class PanelsImage
{
    const int TitleHeight = 40, CaptionLineHeight = 16;

    /// <summary>The default size: 800 pixels wide, as tall as the rows and the caption need.</summary>
    public static ImageSize DefaultSize(ChartPanels panels) =>
        new(800, TitleHeight + PanelLayout.Of(panels, 800).Height + CaptionLineHeight * (Caption(panels, 800).Count + 1));

    public static byte[] Png(ChartPanels panels, ImageSize size)
    {
        var scale = (float)size.Scale;
        using var surface = SKSurface.Create(new SKImageInfo((int)Math.Round(size.Width * scale), (int)Math.Round(size.Height * scale)));
        var canvas = surface.Canvas;
        canvas.Clear(SKColors.White);
        using var typeface = SKTypeface.FromFamilyName(HouseStyle.FontName);
        using var paint = new SKPaint { Color = SKColors.Black, IsAntialias = true };
        using (var title = new SKFont(typeface, HouseStyle.TitleSize * scale))
            canvas.DrawText(panels.TitleText ?? "", size.Width * scale / 2, 26 * scale, SKTextAlign.Center, title, paint);
        foreach (var (panel, x, y, width, height) in Cells(panels, size))
        {
            using var image = SKBitmap.Decode(StaticChart.Build(panel, scale, width, caption: false)
                .GetImageBytes((int)Math.Round(width * scale), (int)Math.Round(height * scale), ScottPlot.ImageFormat.Png));
            canvas.DrawBitmap(image, x * scale, y * scale);
        }
        using var small = new SKFont(typeface, HouseStyle.CaptionSize * scale);
        var lines = Caption(panels, size.Width);
        for (var i = 0; i < lines.Count; i++)
            canvas.DrawText(lines[i], 10 * scale, (CaptionTop(size, lines.Count) + CaptionLineHeight * (i + 1)) * scale, SKTextAlign.Left, small, paint);
        using var png = surface.Snapshot().Encode(SKEncodedImageFormat.Png, 100);
        return png.ToArray();
    }

    public static string Svg(ChartPanels panels, ImageSize size)
    {
        var svg = new System.Text.StringBuilder(string.Create(CultureInfo.InvariantCulture,
            $"<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{size.Width}\" height=\"{size.Height}\" font-family=\"{HouseStyle.FontName}\">\n"));
        svg.Append(string.Create(CultureInfo.InvariantCulture, $"<rect width=\"100%\" height=\"100%\" fill=\"white\"/>\n"));
        svg.Append(Text(size.Width / 2.0, 26, HouseStyle.TitleSize, "middle", panels.TitleText ?? ""));
        foreach (var (panel, x, y, width, height) in Cells(panels, size))
        {
            var inner = StaticChart.Build(panel, 1, width, caption: false).GetSvgXml(width, height);
            var start = inner.IndexOf("<svg", StringComparison.Ordinal);
            svg.Append(string.Create(CultureInfo.InvariantCulture, $"<svg x=\"{x}\" y=\"{y}\"")).Append(inner[(start + "<svg".Length)..]).Append('\n');
        }
        var lines = Caption(panels, size.Width);
        for (var i = 0; i < lines.Count; i++)
            svg.Append(Text(10, CaptionTop(size, lines.Count) + CaptionLineHeight * (i + 1), HouseStyle.CaptionSize, "start", lines[i]));
        return SvgClipIds.Normalize(svg.Append("</svg>\n").ToString());
    }

    /// <summary>Each panel with its cell in pixels: the rows share the height left by the title and caption in
    /// proportion to <see cref="PanelLayout.RowHeights"/>.</summary>
    static IEnumerable<(ChartSpec Panel, int X, int Y, int Width, int Height)> Cells(ChartPanels panels, ImageSize size)
    {
        var layout = PanelLayout.Of(panels, size.Width);
        var room = CaptionTop(size, Caption(panels, size.Width).Count) - TitleHeight;
        var width = size.Width / layout.Columns;
        for (var i = 0; i < panels.Panels.Length; i++)
        {
            var (row, column) = layout.CellOf(i);
            var top = TitleHeight + room * layout.RowTop(row) / layout.Height;
            yield return (panels.Panels[i], column * width, top, width, room * layout.RowHeights[row] / layout.Height);
        }
    }

    static int CaptionTop(ImageSize size, int lines) => size.Height - CaptionLineHeight * (lines + 1);

    // About one character of the 11 pt caption per 7 pixels of width, as under a single chart.
    static IReadOnlyList<string> Caption(ChartPanels panels, int width) => SourceCaption.Lines(panels.Frame, width / 7);

    static string Text(double x, double y, int size, string anchor, string text) => string.Create(CultureInfo.InvariantCulture,
        $"<text x=\"{x}\" y=\"{y}\" font-size=\"{size}\" text-anchor=\"{anchor}\">{WebUtility.HtmlEncode(text)}</text>\n");
}
