using System.Diagnostics;
using System.Reflection;
using NewsFigures.Notebooks;
using RenderBench;

// Usage: dotnet run -c Release --project bench/RenderBench [notebook count] [--pdf] [--keep]
var count = args.FirstOrDefault(a => !a.StartsWith("--", StringComparison.Ordinal)) is { } n ? int.Parse(n, System.Globalization.CultureInfo.InvariantCulture) : 7;
var pdf = args.Contains("--pdf");
var keep = args.Contains("--keep");
var root = Directory.CreateTempSubdirectory("render-bench-").FullName;
try
{
    var paths = Enumerable.Range(1, count).Select(i =>
    {
        var path = Path.Combine(root, "notebooks", $"{i:00}-synthetic.ipynb");
        SyntheticNotebook.Create(i).Save(path);
        return path;
    }).ToList();
    var options = new RenderOptions
    {
        OutputDirectory = Path.Combine(root, "site"),
        CacheDirectory = Path.Combine(root, "cache"),
        Pdf = pdf,
        PlotlyJs = PlotlySource.FromStream(() => Assembly.Load("Plotly.NET").GetManifestResourceStream("Plotly.NET.plotly-2.28.0.min.js")!),
    };
    await Time($"cold: {count} notebooks executed and rendered{(pdf ? " with PDFs" : "")}", options);
    await Time($"unchanged: {count} notebooks from the cache{(pdf ? " with PDFs" : "")}", options);
    var bytes = Directory.EnumerateFiles(options.OutputDirectory, "*", SearchOption.AllDirectories).Sum(f => new FileInfo(f).Length);
    Console.WriteLine($"site size: {bytes / 1e6:0.0} MB");

    async Task Time(string label, RenderOptions o)
    {
        var clock = Stopwatch.StartNew();
        var result = await new SiteRenderer(o).RenderAsync(paths);
        if (!result.Succeeded) throw new InvalidOperationException(result.Failures.First().FailureMessage);
        Console.WriteLine($"{label}: {clock.Elapsed.TotalSeconds:0.00} s");
    }
}
finally
{
    if (keep) Console.WriteLine($"kept: {root}");
    else Directory.Delete(root, recursive: true);
}
