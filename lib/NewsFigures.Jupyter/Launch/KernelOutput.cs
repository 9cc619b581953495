using System.Diagnostics;

namespace NewsFigures.Jupyter;

/// <summary>A kernel process's stdout and stderr, passed on line by line; the last stderr lines are kept for error messages.</summary>
internal sealed class KernelOutput
{
    private readonly Lock gate = new();
    private readonly Queue<string> lastErrors = new();

    public KernelOutput(Process process, Action<string>? log)
    {
        process.OutputDataReceived += (_, e) => { if (e.Data is { } line) log?.Invoke(line); };
        process.ErrorDataReceived += (_, e) =>
        {
            if (e.Data is not { } line) return;
            log?.Invoke(line);
            lock (gate)
            {
                if (line.Trim().Length == 0) return;
                lastErrors.Enqueue(line.Trim());
                if (lastErrors.Count > 5) lastErrors.Dequeue();
            }
        };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
    }

    /// <summary>Whether a recent stderr line says a port was taken (ZeroMQ's and .NET's "Address already in use").</summary>
    public bool SaysAddressInUse()
    {
        lock (gate) return lastErrors.Any(l => l.Contains("address already in use", StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>": the last line" of stderr, or "." when it wrote nothing.</summary>
    public string LastErrorSuffix()
    {
        lock (gate) return lastErrors.Count == 0 ? "." : $": {lastErrors.Last()}";
    }
}
