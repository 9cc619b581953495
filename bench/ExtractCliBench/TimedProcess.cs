using System.Diagnostics;
using System.Globalization;

namespace ExtractCliBench;

/// <summary>
/// Runs the command line as a child under GNU time (<c>/usr/bin/time -f "%U %S %M"</c>), which reports the child's own
/// CPU and peak RSS once it has exited. Standard output goes to a file (or is discarded); a run past its timeout is
/// killed with everything it started and reported as timed out, never waited for.
/// </summary>
internal static class TimedProcess
{
    public const string GnuTime = "/usr/bin/time";
    private const int StderrTailLines = 12;

    public static async Task<ChildRun> RunAsync(CliCommand cli, IReadOnlyList<string> arguments, string? stdoutFile, TimeSpan timeout)
    {
        string timeFile = Path.GetTempFileName();
        try
        {
            var start = new ProcessStartInfo(GnuTime)
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            foreach (var argument in new[] { "-f", "%U %S %M", "-o", timeFile, cli.Program }.Concat(cli.With([.. arguments])))
                start.ArgumentList.Add(argument);

            var clock = Stopwatch.StartNew();
            using var process = Process.Start(start) ?? throw new InvalidOperationException($"{GnuTime} did not start.");
            var stdout = CopyAsync(process.StandardOutput.BaseStream, stdoutFile);
            var stderr = TailAsync(process.StandardError);
            bool timedOut = false;
            using (var deadline = new CancellationTokenSource(timeout))
            {
                try
                {
                    await process.WaitForExitAsync(deadline.Token);
                }
                catch (OperationCanceledException)
                {
                    timedOut = true;
                    process.Kill(entireProcessTree: true);
                    await process.WaitForExitAsync();
                }
            }
            var wall = clock.Elapsed;
            await stdout;
            var tail = await stderr;
            var (cpu, rss, note) = ReadTimeFile(timeFile);
            if (note is not null) tail.Add($"({note})");
            return new ChildRun(arguments, wall, cpu, rss, process.ExitCode, timedOut, tail);
        }
        finally
        {
            File.Delete(timeFile);
        }
    }

    private static async Task CopyAsync(Stream output, string? file)
    {
        if (file is null)
        {
            await output.CopyToAsync(Stream.Null);
            return;
        }
        await using var target = new FileStream(file, FileMode.Create, FileAccess.Write, FileShare.Read, 1 << 16, useAsync: true);
        await output.CopyToAsync(target);
    }

    private static async Task<List<string>> TailAsync(StreamReader error)
    {
        var tail = new Queue<string>();
        while (await error.ReadLineAsync() is { } line)
        {
            tail.Enqueue(line);
            if (tail.Count > StderrTailLines) tail.Dequeue();
        }
        return [.. tail];
    }

    /// <summary>GNU time's last line is "user system maxrss-KB"; a line before it may say the command failed or was killed.</summary>
    private static (double? Cpu, long? RssKilobytes, string? Note) ReadTimeFile(string file)
    {
        var lines = File.ReadAllLines(file).Where(l => l.Trim().Length > 0).ToList();
        string? note = lines.FirstOrDefault(l => l.StartsWith("Command terminated", StringComparison.Ordinal));
        if (lines.Count == 0) return (null, null, note);
        var fields = lines[^1].Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var culture = CultureInfo.InvariantCulture;
        if (fields.Length != 3
            || !double.TryParse(fields[0], NumberStyles.Float, culture, out var user)
            || !double.TryParse(fields[1], NumberStyles.Float, culture, out var system)
            || !long.TryParse(fields[2], NumberStyles.None, culture, out var rss))
            return (null, null, note);
        return (user + system, rss, note);
    }
}
