using NewsFigures.Charts;

public class ChartFileTests
{
    [Fact]
    public void ChartFile_writes_by_extension_and_rejects_unknown_ones()
    {
        var dir = Directory.CreateTempSubdirectory("charts-").FullName;
        ChartFile.Write(SampleCharts.Growth, Path.Combine(dir, "c.svg"));
        ChartFile.Write(SampleCharts.Growth, Path.Combine(dir, "c.png"));
        Assert.Equal(StaticChart.Svg(SampleCharts.Growth), File.ReadAllText(Path.Combine(dir, "c.svg")));
        Assert.Equal(StaticChart.Png(SampleCharts.Growth), File.ReadAllBytes(Path.Combine(dir, "c.png")));
        var error = Assert.Throws<ArgumentException>(() => ChartFile.Write(SampleCharts.Growth, Path.Combine(dir, "c.gif")));
        Assert.Contains("c.gif", error.Message);
        Directory.Delete(dir, true);
    }
}
