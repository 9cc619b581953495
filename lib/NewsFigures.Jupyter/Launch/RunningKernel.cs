using System.Diagnostics;

namespace NewsFigures.Jupyter;

/// <summary>A kernel process started by <see cref="KernelLauncher"/>, with a client connected to it.</summary>
public sealed class RunningKernel : IAsyncDisposable
{
    private readonly KernelOutput output;
    private int disposed;

    internal RunningKernel(KernelSpec spec, ConnectionInfo connection, string connectionFile, Process process, KernelClient client, KernelOutput output)
    {
        Spec = spec;
        Connection = connection;
        ConnectionFile = connectionFile;
        Process = process;
        Client = client;
        this.output = output;
        process.EnableRaisingEvents = true;
        // Requests still waiting when the kernel dies fail soon instead of never (after what it answered before it went).
        process.Exited += async (_, _) =>
        {
            await process.WaitForExitAsync(); // and for the last of stderr
            await client.AbandonAfterInFlightAsync($"kernel '{spec.Name}' exited with code {SafeExitCode()}{output.LastErrorSuffix()}", InFlightGrace);
        };
    }

    // how long answers already sent may take to be read once the kernel's process is gone
    private static readonly TimeSpan InFlightGrace = TimeSpan.FromMilliseconds(500);

    public KernelSpec Spec { get; }

    public ConnectionInfo Connection { get; }

    public string ConnectionFile { get; }

    public Process Process { get; }

    public KernelClient Client { get; }

    /// <summary>The kernel_info_reply it answered when it started.</summary>
    public JupyterMessage KernelInfo { get; private set; } = null!;

    /// <summary>From the start of the launch to the kernel_info_reply.</summary>
    public TimeSpan ReadyAfter { get; private set; }

    internal void Ready(JupyterMessage kernelInfo, TimeSpan after)
    {
        KernelInfo = kernelInfo;
        ReadyAfter = after;
    }

    /// <summary>Asks the kernel to exit (shutdown_request on control), waits up to <paramref name="grace"/>, then kills it.</summary>
    public async Task ShutdownAsync(TimeSpan grace)
    {
        if (!Process.HasExited)
        {
            try
            {
                await Client.ShutdownAsync(restart: false, grace);
                await Process.WaitForExitAsync().WaitAsync(grace);
            }
            catch (Exception e) when (e is TimeoutException or KernelDiedException)
            {
            }
            if (!Process.HasExited) Process.Kill(entireProcessTree: true);
        }
        await Process.WaitForExitAsync();
    }

    private string SafeExitCode()
    {
        try { return Process.ExitCode.ToString(System.Globalization.CultureInfo.InvariantCulture); }
        catch (InvalidOperationException) { return "unknown"; }
    }

    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref disposed, 1) == 1) return;
        try
        {
            await ShutdownAsync(TimeSpan.FromSeconds(3));
        }
        finally
        {
            await Client.DisposeAsync();
            Process.Dispose();
            try { File.Delete(ConnectionFile); }
            catch (IOException) { }
        }
    }
}
