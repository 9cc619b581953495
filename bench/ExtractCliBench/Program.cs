using System.Globalization;
using CorpusGen;
using ExtractCliBench;

// Usage: dotnet run -c Release --project bench/ExtractCliBench [-- MB ... [--cli "COMMAND"] [--timeout MIN] ...]
// Generates (or finds cached) a corpus of each size and times the command line on it as a child process; see bench/README.md.
if (args is ["--help" or "-h"])
{
    Console.WriteLine(BenchOptions.Usage);
    return 0;
}
BenchOptions options;
CliCommand cli;
try
{
    options = BenchOptions.Parse(args);
    cli = CliCommand.Parse(options.Cli);
    if (!File.Exists(TimedProcess.GnuTime)) throw new ArgumentException($"{TimedProcess.GnuTime} is missing (apt-get install -y time): it measures the child's CPU and peak RSS.");
}
catch (ArgumentException e)
{
    Console.Error.WriteLine($"error: {e.Message} (--help shows the usage)");
    return 2;
}

var log = Console.Out;
var version = Path.GetTempFileName();
await TimedProcess.RunAsync(cli, ["--version"], version, TimeSpan.FromMinutes(1));
log.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"ExtractCliBench: `{cli.Text}` (version {File.ReadAllText(version).Trim()}), {Environment.ProcessorCount} cores, {DateTime.Now:yyyy-MM-dd HH:mm}"));
File.Delete(version);
var formats = await ExtractFormats.ReadAsync(cli);
log.WriteLine($"extract formats: {(formats is null ? "unknown (help not readable): all tried" : string.Join(", ", formats.Order()))}");

var outputs = Path.Combine(options.CacheRoot, $"outputs-{Environment.ProcessId}");
try
{
    foreach (var megabytes in options.Megabytes)
    {
        var corpus = GeneratedCorpus.Ensure(new GeneratorOptions
        {
            Megabytes = megabytes,
            CacheRoot = options.CacheRoot,
            Articles = RepositoryPaths.Articles(),
        }, log);
        var folder = Directory.CreateDirectory(Path.Combine(outputs, Path.GetFileName(corpus.Folder))).FullName;
        await new CorpusBench(cli, options, formats, folder, log).RunAsync(corpus, megabytes);
    }
}
finally
{
    if (options.KeepOutputs) log.WriteLine($"outputs kept in {outputs}");
    else if (Directory.Exists(outputs)) Directory.Delete(outputs, recursive: true);
}
return 0;
