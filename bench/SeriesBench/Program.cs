using System.Diagnostics;
using System.Globalization;
using NewsFigures;
using SeriesBench;

// Usage: dotnet run -c Release --project bench/SeriesBench [-- SIZES [RUNS]] [--metric M] [--dump FILE] [--overlap X] [--no-map]
//   SIZES  figure counts, comma-separated (default 10000,100000); RUNS passes per measure, the best kept (default 3;
//   a measure whose first pass takes over 20 s runs once). --metric names the one series timed (default "intelligent
//   computing power"). --dump writes every field of AllSeries over the first size, what lookups of a few names find,
//   and every figure's topic (SeriesDump), to compare before and after a change. --overlap sets
//   SeriesOptions.MinimumOverlap, --no-map leaves data/metrics.csv out.
// Prints seconds (wall, and the process's CPU) for grouping alone (figures.Metrics), AllSeries and Series(one metric) at
// each size, and how the time grows from one size to the next.
var culture = CultureInfo.InvariantCulture;
var positional = new List<string>();
string metric = "intelligent computing power";
string? dump = null;
double? overlap = null;
bool noMap = false;
for (int i = 0; i < args.Length; i++)
{
    switch (args[i])
    {
        case "--metric": metric = args[++i]; break;
        case "--dump": dump = args[++i]; break;
        case "--overlap": overlap = double.Parse(args[++i], culture); break;
        case "--no-map": noMap = true; break;
        default: positional.Add(args[i]); break;
    }
}
var sizes = (positional.Count > 0 ? positional[0] : "10000,100000").Split(',').Select(s => int.Parse(s, culture)).ToList();
int runs = positional.Count > 1 ? int.Parse(positional[1], culture) : 3;

var articles = FindArticles();
var mapFile = MetricMap.FindDefault(articles);
var options = new SeriesOptions { Map = mapFile is null || noMap ? MetricMap.None : MetricMap.Load(mapFile) };
if (overlap is { } share) options = options with { MinimumOverlap = share };
Console.WriteLine($"load average {LoadAverage()}; {Environment.ProcessorCount} cores; {options}; best of {runs} runs");

var clock = Stopwatch.StartNew();
var all = VariedFigures.Build(articles, sizes.Max());
Console.WriteLine(string.Create(culture, $"built {all.Count:N0} figures from varied copies of data/articles in {clock.Elapsed.TotalSeconds:F1} s"));

bool lookupFailed = false;
// One untimed pass over the first size, so no timed pass runs code the JIT has not optimised yet.
var warmUp = new FigureTable(all.Take(sizes[0]));
_ = warmUp.AllSeries(options);
_ = OneSeries(warmUp);

var rows = new List<Row>();
foreach (var size in sizes)
{
    var figures = new FigureTable(all.Take(size));
    var grouping = Best(() => figures.Metrics(options));
    var allSeries = Best(() => figures.AllSeries(options));
    var oneSeries = Best(() => OneSeries(figures));
    int phrases = figures.Select(f => f.Figure.Metric).Distinct(StringComparer.Ordinal).Count();
    // Notes list every source a point folds or conflicts with, so their length grows faster than the figures.
    long notes = allSeries.Result.Sum(s => s.Points.Sum(p => (long)(p.Note?.Length ?? 0)) + s.Conflicts.Sum(c => (long)c.Note.Length));
    rows.Add(new Row(size, phrases, grouping.Result.Count, allSeries.Result.Sum(s => s.Points.Count), notes, grouping.Time, allSeries.Time, oneSeries.Time));
    if (dump is not null && size == sizes[0])
    {
        using var writer = new StreamWriter(dump) { NewLine = "\n" };
        SeriesDump.Write(allSeries.Result, writer);
        string[] names = [metric, "intelligent computing power", "computing power", "generative AI users", "users", "AI models", "universities",
            "power grid", "publications", "no such metric"];
        foreach (var name in names.Distinct()) SeriesDump.WriteLookup(name, () => figures.Series(name, options), writer);
        SeriesDump.WriteTopics(figures.Topics(options), writer);
    }
}

Console.WriteLine();
Console.WriteLine("Seconds, wall (process CPU):");
Console.WriteLine();
Console.WriteLine("| figures | distinct phrases | metrics | points | notes (M chars) | grouping | AllSeries | Series(one) |");
Console.WriteLine("|---:|---:|---:|---:|---:|---:|---:|---:|");
foreach (var r in rows)
    Console.WriteLine(string.Create(culture,
        $"| {r.Figures:N0} | {r.Phrases:N0} | {r.Metrics:N0} | {r.Points:N0} | {r.Notes / 1e6:F1} | {r.Grouping} | {r.AllSeries} | {r.OneSeries} |"));
Console.WriteLine();
for (int i = 1; i < rows.Count; i++)
{
    var (a, b) = (rows[i - 1], rows[i]);
    string Growth(Time ta, Time tb) => string.Create(culture,
        $"{tb.Wall / ta.Wall:0.#}x (n^{Math.Log(tb.Wall / ta.Wall) / Math.Log((double)b.Figures / a.Figures):0.00})");
    Console.WriteLine(string.Create(culture,
        $"{a.Figures:N0} -> {b.Figures:N0} figures ({(double)b.Figures / a.Figures:0.#}x), wall: grouping {Growth(a.Grouping, b.Grouping)}, "
        + $"AllSeries {Growth(a.AllSeries, b.AllSeries)}, Series(one) {Growth(a.OneSeries, b.OneSeries)}"));
}
Console.WriteLine($"load average {LoadAverage()}");

// The series of --metric; a name that reads like no metric or several is timed all the same, and said once.
Series? OneSeries(FigureTable figures)
{
    try
    {
        return figures.Series(metric, options);
    }
    catch (KeyNotFoundException e)
    {
        if (!lookupFailed) Console.WriteLine($"Series(\"{metric}\"): {e.Message[..Math.Min(e.Message.Length, 200)]}");
        lookupFailed = true;
        return null;
    }
}

// The fastest of the runs (the one least disturbed by other work), with its result.
(Time Time, T Result) Best<T>(Func<T> measure)
{
    (Time Time, T Result) best = (new Time(double.MaxValue, double.MaxValue), default!);
    for (int run = 0; run < runs; run++)
    {
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var watch = Stopwatch.StartNew();
        var result = measure();
        var time = new Time(watch.Elapsed.TotalSeconds, (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds);
        if (time.Wall < best.Time.Wall) best = (time, result);
        if (time.Wall > 20) break;
    }
    return best;
}

static string LoadAverage() =>
    File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "unknown";

static string FindArticles()
{
    foreach (var start in new[] { Environment.CurrentDirectory, AppContext.BaseDirectory })
        for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
        {
            var articles = Path.Combine(dir.FullName, "data", "articles");
            if (Directory.Exists(articles)) return articles;
        }
    throw new DirectoryNotFoundException($"no data/articles above {Environment.CurrentDirectory} or {AppContext.BaseDirectory}");
}

internal readonly record struct Time(double Wall, double Cpu)
{
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Wall:F2} ({Cpu:F2})");
}

internal sealed record Row(int Figures, int Phrases, int Metrics, int Points, long Notes, Time Grouping, Time AllSeries, Time OneSeries);
