using System.Diagnostics;

namespace NewsFigures.Hosts.Tests.Hosts;

/// <summary>A program run to its end with its output read as it comes; each line of standard error is also handed to a
/// callback with the time it arrived (nbconvert says there when it starts and finishes each notebook). Cancelling
/// ends the program and everything it started.</summary>
public static class ChildProcess
{
    public sealed record Result(int ExitCode, string Output, string Error, TimeSpan WallTime);

    public static async Task<Result> RunAsync(string program, IEnumerable<string> arguments, string workingDirectory,
        IReadOnlyDictionary<string, string>? environment = null, Action<string, TimeSpan>? onErrorLine = null,
        CancellationToken cancellationToken = default)
    {
        var start = new ProcessStartInfo(program, arguments)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = workingDirectory,
        };
        foreach (var (name, value) in environment ?? new Dictionary<string, string>()) start.Environment[name] = value;
        var clock = Stopwatch.StartNew();
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"could not start {program}.");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = ReadLinesAsync(process.StandardError, line => onErrorLine?.Invoke(line, clock.Elapsed));
        try
        {
            await process.WaitForExitAsync(cancellationToken);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw;
        }
        return new Result(process.ExitCode, await output, await error, clock.Elapsed);
    }

    private static async Task<string> ReadLinesAsync(StreamReader reader, Action<string> onLine)
    {
        var all = new System.Text.StringBuilder();
        while (await reader.ReadLineAsync() is { } line)
        {
            onLine(line);
            all.AppendLine(line);
        }
        return all.ToString();
    }
}
