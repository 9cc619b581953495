using System.Diagnostics;
using NewsFigures;
using NewsFigures.Charts;

// Usage: ChartBench [runs] [outDir]. With outDir, also writes the sample chart as .png, .svg and .html to look at.
var runs = args.Length > 0 ? int.Parse(args[0]) : 30;
var chart = FigureChart.Line(new ChartSeries("Intelligent computing power",
    [
        new("2021", 2021, 155, Sentence: "155 EFLOPS in 2021", Source: "CAICT"),
        new("2022", 2022, 178, Derived: true, Rule: "2023 level / 1.45"),
        new("2023", 2023, 258, Sentence: "258 EFLOPS, up 45%", Source: "Science and Technology Daily"),
        new("2024", 2024, 300, ValueBound.Lower, Sentence: "more than 300 EFLOPS", Source: "Xinhua"),
    ]))
    .Title("China's intelligent computing power, EFLOPS").Units("EFLOPS").XAxis("Year")
    .Source("China Academy of Industrial Internet, via Science and Technology Daily, 2025");

Measure("ScottPlot PNG 800x480", () => StaticChart.Png(chart));
Measure("ScottPlot SVG 800x480", () => StaticChart.Svg(chart));
Measure("Plotly JSON", () => PlotlyFigure.Json(chart));

if (args.Length > 1)
    foreach (var ext in new[] { ".png", ".svg", ".html" })
        ChartFile.Write(chart, Path.Combine(args[1], "growth" + ext));

void Measure(string name, Func<object> draw)
{
    var cold = Stopwatch.StartNew();
    draw();
    var coldMs = cold.Elapsed.TotalMilliseconds;
    var warm = Enumerable.Range(0, runs).Select(_ => { var t = Stopwatch.StartNew(); draw(); return t.Elapsed.TotalMilliseconds; })
        .Order().ToList();
    Console.WriteLine($"{name,-24} cold {coldMs,8:F1} ms   warm median {warm[runs / 2],7:F2} ms (n={runs})");
}
