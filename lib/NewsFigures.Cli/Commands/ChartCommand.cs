using System.CommandLine;
using NewsFigures.Charts;

namespace NewsFigures.Cli.Commands;

/// <summary>
/// <c>chart &lt;path&gt; --metric M --out FILE.{html,svg,png} [--kind line|bars] [--width W --height H]</c>: the chart of
/// one metric's series, with its source note; html is a standalone page with plotly.js inlined (works offline).
/// </summary>
internal static class ChartCommand
{
    public static Command Create()
    {
        var path = new Argument<string>("path") { Description = "A folder of .txt articles, or one .txt file." };
        var metric = new Option<string>("--metric") { Description = "The metric to chart (a name, a phrase or its words).", Required = true };
        var output = new Option<string>("--out")
        {
            Description = "The file to write: .html (standalone page), .svg or .png; built beside it, then renamed into place.",
            Required = true,
        };
        var kind = new Option<string>("--kind")
        {
            Description = "line: growth over the dated points; bars: every point, undated and conflicting ones included.",
            DefaultValueFactory = _ => "line",
        };
        kind.AcceptOnlyFromAmong("line", "bars");
        var width = new Option<int>("--width") { Description = "Image width in pixels (svg, png).", DefaultValueFactory = _ => 800 };
        var height = new Option<int>("--height") { Description = "Image height in pixels (svg, png).", DefaultValueFactory = _ => 480 };

        var command = new Command("chart", "Chart one metric's series (stated and derived points, bounds, sources) as html, svg or png.")
        {
            path, metric, output, kind, width, height,
        };
        command.SetAction(result => CommandFailure.Guard(result, () =>
        {
            var to = result.GetValue(output)!;
            var size = new ImageSize(result.GetValue(width), result.GetValue(height));
            if (OutputProblem(to) is { } problem) return CommandFailure.Report(result, $"{to}: {problem}");
            if (size.Width <= 0 || size.Height <= 0)
                return CommandFailure.Report(result, $"--width and --height must be positive (got {size.Width} x {size.Height}).");
            try
            {
                return Run(result, result.GetValue(path)!, result.GetValue(metric)!, result.GetValue(kind)!, to, size);
            }
            catch (Exception e) when (e is MetricMapException or KeyNotFoundException or ArgumentException)
            {
                return CommandFailure.Report(result, e.Message);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                return CommandFailure.Report(result, $"{to}: cannot be written ({e.Message})");
            }
        }));
        return command;
    }

    private static int Run(ParseResult result, string path, string metric, string kind, string to, ImageSize size)
    {
        var corpus = Corpus.Load(path);
        var folder = Directory.Exists(path) ? path : Path.GetDirectoryName(Path.GetFullPath(path))!;
        var mapFile = MetricMap.FindDefault(folder);
        var options = new SeriesOptions { Map = mapFile is null ? MetricMap.None : MetricMap.Load(mapFile) };
        var error = result.InvocationConfiguration.Error;
        foreach (var problem in corpus.Problems) error.WriteLine($"warning: skipped {problem}");

        var series = corpus.Figures().Series(metric, options);
        if (series.LookupNote is { } note) error.WriteLine($"note: {note}");
        if (kind == "line" && series.Points.All(p => p.Year is null))
            throw new UsageException($"{series.Metric} has no dated point to draw a line through ({series.Points.Count} undated); use --kind bars.");
        var chart = kind == "bars" ? FigureChart.Bars(series) : FigureChart.Line(series);
        ChartFile.Write(chart, to, size);
        var points = chart.Series.SelectMany(s => s.Points).ToList();
        error.WriteLine($"{(kind == "bars" ? "bar" : "line")} chart of {series.Metric} ({points.Count} point{(points.Count == 1 ? "" : "s")}, "
            + $"{points.Count(p => p.Derived)} derived) written to {to}");
        return 0;
    }

    /// <summary>Checked before the corpus is read, so bad output names fail fast and nothing is half-written.</summary>
    private static string? OutputProblem(string file)
    {
        if (Directory.Exists(file)) return "is a folder; --out names the file to write.";
        var extension = Path.GetExtension(file).ToLowerInvariant();
        if (!ChartFile.Extensions.Contains(extension))
            return $"unknown chart format '{extension}'; use {string.Join(", ", ChartFile.Extensions)}.";
        var folder = Path.GetDirectoryName(Path.GetFullPath(file));
        return folder is null || Directory.Exists(folder) ? null : $"folder {folder} does not exist.";
    }
}
