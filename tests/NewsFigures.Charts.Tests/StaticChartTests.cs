using System.Security.Cryptography;
using System.Text;
using NewsFigures.Charts;
using SkiaSharp;

public class StaticChartTests
{
    [Theory]
    [InlineData(800, 480, 1)]
    [InlineData(600, 400, 2)]
    public void Png_decodes_at_the_asked_size_and_is_not_blank(int width, int height, double scale)
    {
        using var bitmap = SKBitmap.Decode(StaticChart.Png(SampleCharts.Growth, new ImageSize(width, height, scale)));
        Assert.Equal((int)(width * scale), bitmap.Width);
        Assert.Equal((int)(height * scale), bitmap.Height);
        var background = bitmap.GetPixel(1, 1);
        var inked = 0;
        for (var y = 0; y < bitmap.Height; y += 2)
            for (var x = 0; x < bitmap.Width; x += 2)
                if (bitmap.GetPixel(x, y) != background) inked++;
        Assert.InRange(inked, bitmap.Width * bitmap.Height / 4 / 100, int.MaxValue); // at least 1% ink
    }

    [Fact]
    public void Png_bytes_are_the_same_when_drawn_twice() =>
        Assert.Equal(StaticChart.Png(SampleCharts.Growth), StaticChart.Png(SampleCharts.Growth));

    [Fact]
    public void Svg_of_the_fixed_chart_keeps_its_committed_hash()
    {
        var svg = StaticChart.Svg(SampleCharts.Growth);
        Assert.Contains("Liberation Sans", svg);
        Assert.Contains("Source: China Academy", svg);
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(svg)));
        var expected = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "expected-growth-svg.sha256")).Trim();
        Assert.True(expected == hash,
            $"SVG of the fixed chart changed: sha256 {hash}. Look at it, then commit the hash to expected-growth-svg.sha256.");
    }

    [Fact]
    public void Bars_render_to_png_and_svg()
    {
        using var bitmap = SKBitmap.Decode(StaticChart.Png(SampleCharts.Bars));
        Assert.Equal(800, bitmap.Width);
        Assert.Contains("<svg", StaticChart.Svg(SampleCharts.Bars));
    }
}

public class SvgStabilityTests
{
    [Fact]
    public void Svg_bytes_are_the_same_when_drawn_twice_in_one_process() =>
        Assert.Equal(StaticChart.Svg(SampleCharts.Growth), StaticChart.Svg(SampleCharts.Growth));
}
