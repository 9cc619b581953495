using System.Diagnostics;

namespace NewsFigures.Jupyter.Tests.CSharpKernel;

/// <summary>A program run to its end, its output and error read as they come; cancelling kills it and what it started.</summary>
public static class ChildProcess
{
    public sealed record Result(int ExitCode, string Output, string Error, TimeSpan WallTime)
    {
        public string Describe() => $"exit {ExitCode} after {WallTime.TotalSeconds:0.0} s\n--- stdout\n{Output}\n--- stderr\n{Error}";
    }

    public static async Task<Result> RunAsync(string program, IEnumerable<string> arguments, string workingDirectory,
        IReadOnlyDictionary<string, string>? environment = null, TimeSpan? timeout = null)
    {
        var start = new ProcessStartInfo(program, arguments)
        {
            RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = workingDirectory,
        };
        foreach (var (name, value) in environment ?? new Dictionary<string, string>()) start.Environment[name] = value;
        var clock = Stopwatch.StartNew();
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"could not start {program}.");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var limit = new CancellationTokenSource(timeout ?? TimeSpan.FromMinutes(5));
        try
        {
            await process.WaitForExitAsync(limit.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
            return new Result(-1, await output, await error + $"\n(killed after {clock.Elapsed.TotalSeconds:0} s)", clock.Elapsed);
        }
        return new Result(process.ExitCode, await output, await error, clock.Elapsed);
    }
}
