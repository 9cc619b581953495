using System.CommandLine;
using NewsFigures.Cli.Output;

namespace NewsFigures.Cli.Commands;

/// <summary>
/// <c>series &lt;path&gt; [--metric M] [--format table|jsonl|csv] [--metrics FILE]</c>: the growth series of the figures in
/// the articles, stated and derived points with their sources; one metric, or all of them.
/// </summary>
internal static class SeriesCommand
{
    public static Command Create()
    {
        var path = new Argument<string>("path") { Description = "A folder of .txt articles, or one .txt file." };
        var metric = new Option<string?>("--metric") { Description = "Only the metric that reads like this (a name, a phrase or its words)." };
        var format = new Option<string>("--format") { Description = "Output format.", DefaultValueFactory = _ => "table" };
        format.AcceptOnlyFromAmong("table", "jsonl", "csv");
        var metrics = new Option<string?>("--metrics")
        {
            Description = "Metric mapping file (phrase,metric,topic); by default metrics.csv or data/metrics.csv beside or above the articles.",
        };

        var command = new Command("series", "Growth series: stated and derived points (with their rule), duplicates folded, conflicts flagged, sources.")
        {
            path, metric, format, metrics,
        };
        command.SetAction(result => CommandFailure.Guard(result, () =>
        {
            try
            {
                return Run(result, result.GetValue(path)!, result.GetValue(metric), result.GetValue(format)!, result.GetValue(metrics));
            }
            catch (Exception e) when (e is MetricMapException or KeyNotFoundException)
            {
                return CommandFailure.Report(result, e.Message);
            }
        }));
        return command;
    }

    private static int Run(ParseResult result, string path, string? metric, string format, string? metricsFile)
    {
        var error = result.InvocationConfiguration.Error;
        var progress = CorpusProgressLine.ForTerminal(error);
        var corpus = Corpus.Stream(path, new CorpusLoadOptions { Progress = progress });
        var folder = Directory.Exists(path) ? path : Path.GetDirectoryName(Path.GetFullPath(path))!;
        var mapFile = metricsFile ?? MetricMap.FindDefault(folder);
        var options = new SeriesOptions { Map = mapFile is null ? MetricMap.None : MetricMap.Load(mapFile) };

        // Only the figures are kept: the articles' text goes as soon as their figures are found.
        var figures = corpus.WithFigures().SelectMany(a => a.Figures).ToFigureTable();
        progress?.Finish();
        IReadOnlyList<NewsFigures.Series> series = metric is null ? figures.AllSeries(options) : [figures.Series(metric, options)];

        foreach (var problem in corpus.Problems) error.WriteLine($"warning: skipped {problem}");
        foreach (var note in series.Select(s => s.LookupNote).OfType<string>()) error.WriteLine($"note: {note}");
        var output = result.InvocationConfiguration.Output;
        switch (format)
        {
            case "jsonl": SeriesRowWriters.WriteJsonLines(series, output); break;
            case "csv": SeriesRowWriters.WriteCsv(series, output); break;
            default:
                SeriesRowWriters.WriteTable(series, output);
                output.Write(Summary(series));
                break;
        }
        return 0;
    }

    private static string Summary(IReadOnlyList<NewsFigures.Series> series)
    {
        var points = series.SelectMany(s => s.Points).ToList();
        return $"\n{Count(series.Count, "series", "series")}, {Count(points.Count, "point", "points")} ({points.Count(p => p.Derived)} derived, "
            + $"{points.Count(p => p.Conflict)} in conflict), {Count(series.Sum(s => s.Conflicts.Count), "conflict", "conflicts")}\n";
    }

    private static string Count(int n, string one, string many) => n == 1 ? $"1 {one}" : $"{n} {many}";
}
