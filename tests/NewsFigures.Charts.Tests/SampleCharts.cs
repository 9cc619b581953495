using NewsFigures;
using NewsFigures.Charts;

/// <summary>Fixed charts the tests draw: a growth line with derived and bounded points, and a bar comparison.</summary>
static class SampleCharts
{
    public static readonly ChartSeries Compute = new("Intelligent computing power",
    [
        new("2021", 2021, 155, Sentence: "155 EFLOPS in 2021", Source: "CAICT"),
        new("2022", 2022, 178, Derived: true, Rule: "2023 level / 1.45", Source: "derived"),
        new("2023", 2023, 258, Sentence: "258 EFLOPS, up 45%", Source: "Science and Technology Daily"),
        new("2024", 2024, 300, ValueBound.Lower, Sentence: "more than 300 EFLOPS", Source: "Xinhua"),
    ]);

    public static ChartSpec Growth => FigureChart.Line(Compute)
        .Title("China's intelligent computing power, EFLOPS").Units("EFLOPS").XAxis("Year")
        .Source("China Academy of Industrial Internet, via Science and Technology Daily, 2025");

    public static ChartSpec Bars => FigureChart.Bars(new ChartSeries("Share", [
            new("Baidu", 0, 40, Source: "IDC"), new("Alibaba", 1, 30, ValueBound.Upper, Source: "IDC"),
            new("Others", 2, 30, Derived: true, Rule: "100% minus the rest")]))
        .Title("AI cloud market share").Units("%").Source("IDC, 2024");
}
