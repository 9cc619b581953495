using NewsFigures.Jupyter;
using NewsFigures.Notebooks.Kernel;

namespace NewsFigures.Notebooks;

/// <summary>
/// The C# Jupyter kernel: serves the connection file a Jupyter client wrote with this library's engine (the same one the
/// runner uses: Roslyn scripting with .NET Interactive's conventions) until the kernel is shut down. Cells run with the
/// working folder the process started in (Jupyter starts a kernel in its notebook's folder).
/// </summary>
public static class CSharpKernel
{
    /// <summary>Binds the sockets, warms the engine up in the background, and serves. A malformed connection file
    /// throws <see cref="InvalidDataException"/>, a port in use <see cref="IOException"/>, each in one line.</summary>
    public static async Task RunAsync(string connectionFile, CSharpKernelOptions options, CancellationToken cancellationToken = default)
    {
        var log = options.Log ?? (_ => { });
        var connection = ConnectionInfo.Load(connectionFile);
        var handler = new CSharpKernelHandler(options.Run, log, options.RestartInProcess);
        await using var server = KernelServer.Start(connection, handler, log, options.RestartInProcess);
        // Warm-up (a first compilation and display, a second or two of both cores) waits for the client's first request
        // to be answered, so it does not slow that answer; a client that asks nothing gets it a moment after binding.
        _ = Task.WhenAny(handler.FirstAnswer, Task.Delay(TimeSpan.FromMilliseconds(250)))
            .ContinueWith(_ => handler.WarmUp(), CancellationToken.None, TaskContinuationOptions.None, TaskScheduler.Default);
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var orphaned = options.ParentProcessId is { } parent
            ? ParentProcess.WaitForExitAsync(parent, TimeSpan.FromSeconds(1), stop.Token)
            : Task.Delay(Timeout.Infinite, stop.Token);
        var ended = await Task.WhenAny(server.Completion, orphaned);
        await stop.CancelAsync();
        if (ended == orphaned && orphaned.IsCompletedSuccessfully) log($"exiting: the process that started the kernel ({options.ParentProcessId}) is gone");
        cancellationToken.ThrowIfCancellationRequested();
    }
}
