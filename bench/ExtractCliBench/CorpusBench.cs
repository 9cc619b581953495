using System.Globalization;
using System.Text.RegularExpressions;
using CorpusGen;

namespace ExtractCliBench;

/// <summary>
/// Times the command line on one generated corpus and prints its table: start-up, <c>extract</c> in each output format,
/// <c>corpus</c> (its duplicate links checked against the planted reprints) and <c>series</c>; then the misses, the
/// extra links and every failed run with the end of its stderr.
/// </summary>
internal sealed partial class CorpusBench(CliCommand cli, BenchOptions options, IReadOnlySet<string>? formats, string outputs, TextWriter log)
{
    private const int StartupRuns = 3;
    private const int ListedProblems = 10;
    private static readonly string[] ExtractFormats = ["jsonl", "parquet", "sqlite"];

    /// <summary>The count in extract's closing line on stderr, "12,345 figures from ... written to FILE".</summary>
    [GeneratedRegex(@"(?<count>\d[\d,]*) figures? from .* written to ")]
    private static partial Regex FiguresWritten();

    /// <param name="requestedMegabytes">The size asked for (the corpus ends with the file that reaches it, a little over).</param>
    public async Task RunAsync(CorpusSummary corpus, double requestedMegabytes)
    {
        var c = CultureInfo.InvariantCulture;
        log.WriteLine();
        log.WriteLine(string.Create(c, $"### {corpus.Megabytes:0.#} MB corpus: {corpus.Files:N0} files, {corpus.Reprints.Count} planted reprints ({corpus.Folder})"));
        log.WriteLine();
        log.WriteLine($"load average before: {LoadAverage.Now()}");
        log.WriteLine();

        var rows = new List<BenchRow>();
        var startups = new List<ChildRun>();
        for (int i = 0; i < StartupRuns; i++) startups.Add(await RunAsync(["--version"], null, options.Timeout));
        var startup = startups.OrderBy(r => r.Wall).ElementAt(StartupRuns / 2);
        rows.Add(new BenchRow($"start-up: `--version`, median of {StartupRuns}", startup, null, ""));
        double Speed(ChildRun run) => corpus.Megabytes / Math.Max(0.001, (run.Wall - startup.Wall).TotalSeconds);

        foreach (var format in ExtractFormats)
        {
            string label = $"`extract --format {format}`";
            if (formats is not null && !formats.Contains(format))
            {
                rows.Add(BenchRow.NotRun(label, "not available in this command line"));
                continue;
            }
            string file = Path.Combine(outputs, $"figures.{(format == "sqlite" ? "db" : format)}");
            var run = await MedianRunAsync(["extract", corpus.Folder, "--format", format, "--out", file], null, options.Timeout);
            rows.Add(new BenchRow(label, run, Speed(run), run.Succeeded ? Describe(format, file, run) : ""));
            Discard(file);
        }

        string piecesFile = Path.Combine(outputs, "pieces.jsonl");
        var corpusRun = await MedianRunAsync(["corpus", corpus.Folder, "--format", "jsonl"], piecesFile, options.Timeout);
        var listing = corpusRun.Succeeded ? PieceListing.Read(piecesFile) : null;
        var check = listing is null ? null : ReprintCheck.Compare(corpus.Reprints, listing);
        rows.Add(new BenchRow("`corpus --format jsonl`", corpusRun, Speed(corpusRun), listing is null ? "" : string.Create(c,
            $"{listing.Pieces.Count:N0} pieces, {listing.PiecesPerFile()}, {listing.Pieces.Count(p => p.DuplicateOfFile is not null)} duplicate links")));
        Discard(piecesFile);

        const string seriesLabel = "`series --format jsonl`";
        if (options.RunsSeriesOn(requestedMegabytes))
        {
            string seriesFile = Path.Combine(outputs, "series.jsonl");
            var metrics = Path.Combine(RepositoryPaths.Root(), "data", "metrics.csv");
            string[] arguments = File.Exists(metrics)
                ? ["series", corpus.Folder, "--format", "jsonl", "--metrics", metrics]
                : ["series", corpus.Folder, "--format", "jsonl"];
            var run = await MedianRunAsync(arguments, seriesFile, options.SeriesTimeout);
            rows.Add(new BenchRow(seriesLabel, run, Speed(run), run.Succeeded ? $"{Lines(seriesFile):N0} lines, {Megabytes(seriesFile)}" : ""));
            Discard(seriesFile);
        }
        else
            rows.Add(BenchRow.NotRun(seriesLabel, string.Create(c,
                $"not run: only on corpora up to {BenchOptions.SeriesDefaultMaxMegabytes} MB unless --series-all")));

        MarkdownTable.Write(rows, log);
        log.WriteLine();
        log.WriteLine($"load average after: {LoadAverage.Now()}");
        log.WriteLine(string.Create(c,
            $"MB/s: {corpus.Megabytes:0.0} MB / (wall - start-up wall {startup.Wall.TotalSeconds:0.00} s). CPU: the child's user + system. Peak RSS: the child's (GNU time)."));
        if (options.Runs > 1) log.WriteLine($"Each command ran {options.Runs} times; its row is the run of median wall time.");
        if (check is not null) WriteDuplicates(check);
        WriteFailures(rows.Concat(startups.Select(s => new BenchRow("`--version`", s, null, ""))));
    }

    private Task<ChildRun> RunAsync(string[] arguments, string? stdoutFile, TimeSpan timeout) =>
        TimedProcess.RunAsync(cli, arguments, stdoutFile, timeout);

    /// <summary>The run of median wall time among <see cref="BenchOptions.Runs"/> runs; the first failure ends the series
    /// (a command that fails or times out once is reported, not retried).</summary>
    private async Task<ChildRun> MedianRunAsync(string[] arguments, string? stdoutFile, TimeSpan timeout)
    {
        var runs = new List<ChildRun>();
        for (int i = 0; i < options.Runs; i++)
        {
            var run = await RunAsync(arguments, stdoutFile, timeout);
            if (!run.Succeeded) return run;
            runs.Add(run);
        }
        return runs.OrderBy(r => r.Wall).ElementAt(runs.Count / 2);
    }

    private static string Describe(string format, string file, ChildRun run)
    {
        long? figures = format == "jsonl" ? Lines(file) : run.StderrTail.Select(l => FiguresWritten().Match(l)).Where(m => m.Success)
            .Select(m => (long?)long.Parse(m.Groups["count"].Value.Replace(",", ""), CultureInfo.InvariantCulture)).LastOrDefault();
        return string.Create(CultureInfo.InvariantCulture, $"{(figures is { } n ? n.ToString("N0", CultureInfo.InvariantCulture) : "?")} figures, {Megabytes(file)}");
    }

    private void WriteDuplicates(ReprintCheck check)
    {
        log.WriteLine($"Duplicates: {check.Summary}.");
        foreach (var miss in check.Missed.Take(ListedProblems))
            log.WriteLine($"  missed: {miss.Reprint} ({miss.Kind.Name()} of {miss.Original})");
        foreach (var (file, linkedTo) in check.WrongOriginal.Concat(check.Unplanted).Take(ListedProblems))
            log.WriteLine($"  extra: {file} -> {linkedTo}");
        if (check.Missed.Count + check.Extra > 2 * ListedProblems) log.WriteLine($"  (the first {ListedProblems} of each listed)");
    }

    private void WriteFailures(IEnumerable<BenchRow> rows)
    {
        foreach (var row in rows.Where(r => r.Result is { Succeeded: false }).DistinctBy(r => r.Result))
        {
            var tail = row.Result!.StderrTail;
            log.WriteLine($"Failed: {row.Run} ({string.Join(' ', row.Result.Arguments)}): {row.Result.Outcome}; {(tail.Count == 0 ? "nothing on stderr" : "stderr ends:")}");
            foreach (var line in tail) log.WriteLine($"    {line}");
        }
    }

    private void Discard(string path)
    {
        if (options.KeepOutputs) return;
        if (Directory.Exists(path)) Directory.Delete(path, recursive: true);
        else File.Delete(path);
    }

    private static long Lines(string file)
    {
        long lines = 0;
        using var stream = File.OpenRead(file);
        var buffer = new byte[1 << 16];
        for (int read; (read = stream.Read(buffer)) > 0;) lines += buffer.AsSpan(0, read).Count((byte)'\n');
        return lines;
    }

    /// <summary>The output's size; a folder (a format written as several files) counts everything in it.</summary>
    private static string Megabytes(string path)
    {
        long? bytes = File.Exists(path) ? new FileInfo(path).Length
            : Directory.Exists(path) ? Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories).Sum(f => new FileInfo(f).Length)
            : null;
        return bytes is { } b ? string.Create(CultureInfo.InvariantCulture, $"{b / 1e6:0.0} MB") : "no output";
    }
}
