using System.Diagnostics;
using NewsFigures.Jupyter;

// Usage: KernelBench [starts] [kernel-name]
//   starts       kernel processes started, one after another (default 5)
//   kernel-name  an installed kernelspec to time (e.g. newsfigures-csharp installed by the tool); by default this
//                checkout's build is installed into a temporary prefix and timed.
var starts = args.Length > 0 ? int.Parse(args[0], System.Globalization.CultureInfo.InvariantCulture) : 5;
const int LaterCells = 50;
const string SimpleCell = "1 + 1";

var temporary = Directory.CreateTempSubdirectory("kernel-bench-").FullName;
try
{
    var spec = args.Length > 1 ? new KernelSpecs(JupyterPaths.FromEnvironment()).Find(args[1]) : InstallBuild(temporary);
    Console.WriteLine($"kernel {spec.Name}: {string.Join(' ', spec.Argv)}");
    Console.WriteLine($"{starts} starts, {LaterCells} later cells each, cell `{SimpleCell}`; load average before: {LoadAverage()}");

    var ready = new List<double>();
    var first = new List<double>();
    var later = new List<double>();
    var launcher = new KernelLauncher(new KernelLaunchOptions { WorkingDirectory = temporary, ConnectionDirectory = temporary });
    for (var run = 0; run < starts; run++)
    {
        await using var kernel = await launcher.StartAsync(spec);
        ready.Add(kernel.ReadyAfter.TotalMilliseconds);
        first.Add(await RoundTrip(kernel.Client));
        var cells = new List<double>();
        for (var i = 0; i < LaterCells; i++) cells.Add(await RoundTrip(kernel.Client));
        later.Add(Median(cells));
        Console.WriteLine($"  run {run + 1}: ready {ready[^1],6:F0} ms, first cell {first[^1],6:F0} ms, later cell median {later[^1],6:F1} ms");
    }

    Console.WriteLine();
    Console.WriteLine("| measure | median | min | max | target |");
    Console.WriteLine("|---|---|---|---|---|");
    Row("kernel ready (process start to kernel_info_reply)", ready, "< 500 ms");
    Row("first cell (execute sent at ready, to reply and idle)", first, "< 1000 ms");
    Row($"later simple cell round trip (median of {LaterCells})", later, "< 30 ms");
    Console.WriteLine($"load average after: {LoadAverage()}");
}
finally
{
    Directory.Delete(temporary, recursive: true);
}

static async Task<double> RoundTrip(KernelClient client)
{
    var clock = Stopwatch.StartNew();
    var exchange = await client.ExecuteAsync(SimpleCell, timeout: TimeSpan.FromMinutes(2));
    if (exchange.Status != "ok") throw new InvalidOperationException($"`{SimpleCell}` failed: {exchange.Reply.Content.ToJsonString()}");
    return clock.Elapsed.TotalMilliseconds;
}

static KernelSpec InstallBuild(string prefix)
{
    var cli = Path.GetFullPath(Path.Combine(AppContext.BaseDirectory, "..", "..", "..", "..", "..", "lib", "NewsFigures.Cli", "bin", "Release", "net10.0", "NewsFigures.Cli.dll"));
    if (!File.Exists(cli)) throw new FileNotFoundException($"{cli} is missing: dotnet build lib/NewsFigures.Cli -c Release.");
    using var install = Process.Start(new ProcessStartInfo("dotnet", [cli, "kernel", "install", "--prefix", prefix]) { RedirectStandardOutput = true })!;
    install.WaitForExit();
    if (install.ExitCode != 0) throw new InvalidOperationException("kernel install failed.");
    return new KernelSpecs(new JupyterPaths([Path.Combine(prefix, "share", "jupyter")])).Find("newsfigures-csharp");
}

static double Median(List<double> values)
{
    var sorted = values.Order().ToList();
    return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[sorted.Count / 2 - 1] + sorted[sorted.Count / 2]) / 2;
}

static void Row(string name, List<double> values, string target) =>
    Console.WriteLine($"| {name} | {Median(values):F1} ms | {values.Min():F1} ms | {values.Max():F1} ms | {target} |");

static string LoadAverage() => File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "n/a";
