namespace NewsFigures.Notebooks;

/// <summary>How <see cref="CSharpKernel"/> runs.</summary>
public sealed record CSharpKernelOptions
{
    /// <summary>What cells get: references, imports, the NuGet cache. Cells have no time limit (front ends interrupt).</summary>
    public RunOptions Run { get; init; } = new();

    /// <summary>
    /// Whether shutdown_request with restart starts a fresh session in this process (count back to 1, state gone), for
    /// clients that keep the process. jupyter_client restarts by starting a new process, and waits for the old one to
    /// exit before it signals it: set false under it, and every shutdown request ends the process.
    /// </summary>
    public bool RestartInProcess { get; init; } = true;

    /// <summary>The kernel exits when this process does (the client that started it, from JPY_PARENT_PID or NEWSFIGURES_PARENT_PID).</summary>
    public int? ParentProcessId { get; init; }

    /// <summary>Hears the kernel's log: rejected messages, failed warm-up, restarts.</summary>
    public Action<string>? Log { get; init; }
}
