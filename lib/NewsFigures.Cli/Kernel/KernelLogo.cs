using SkiaSharp;

namespace NewsFigures.Cli.Kernel;

/// <summary>
/// The kernel's logo, drawn at install time (Jupyter shows logo-32x32.png and logo-64x64.png from the kernelspec): .NET's
/// purple, three rising bars for the figures and a sharp sign of strokes, no font, so the bytes are the same everywhere.
/// </summary>
internal static class KernelLogo
{
    public static byte[] Png(int size)
    {
        using var surface = SKSurface.Create(new SKImageInfo(size, size, SKColorType.Rgba8888, SKAlphaType.Premul));
        var canvas = surface.Canvas;
        canvas.Clear(SKColors.Transparent);
        var unit = size / 64f;
        using var background = new SKPaint { Color = new SKColor(0x51, 0x2B, 0xD4), IsAntialias = true };
        canvas.DrawRoundRect(new SKRect(0, 0, size, size), 12 * unit, 12 * unit, background);
        using var bar = new SKPaint { Color = SKColors.White, IsAntialias = true };
        foreach (var (left, top) in new[] { (8f, 40f), (20f, 30f), (32f, 18f) })
            canvas.DrawRect(new SKRect(left * unit, top * unit, (left + 8) * unit, 54 * unit), bar);
        using var sharp = new SKPaint { Color = new SKColor(0xFF, 0xD3, 0x4D), IsAntialias = true, StrokeWidth = 3.5f * unit, StrokeCap = SKStrokeCap.Round };
        foreach (var (x0, y0, x1, y1) in new[] { (47f, 10f, 44f, 30f), (56f, 10f, 53f, 30f), (42f, 16f, 59f, 16f), (41f, 24f, 58f, 24f) })
            canvas.DrawLine(x0 * unit, y0 * unit, x1 * unit, y1 * unit, sharp);
        using var image = surface.Snapshot();
        using var data = image.Encode(SKEncodedImageFormat.Png, 100);
        return data.ToArray();
    }
}
