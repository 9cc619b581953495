using System.Collections.Concurrent;
using Microsoft.CodeAnalysis.CSharp;
using NewsFigures.Jupyter;

namespace NewsFigures.Notebooks;

/// <summary>
/// The kernel processes a render or a run executes notebooks in, as nbclient and papermill do: a crash,
/// <c>Environment.Exit</c> or a runaway cell costs only its notebook. When the first notebook asks, kernels start ahead of need (one per core by
/// default), and this project's C# kernel is reused from notebook to notebook when that is safe (see
/// <see cref="KernelPoolOptions.Reuse"/>), which keeps its compiler and libraries warm.
/// <code>await using var kernels = new KernelSelection(new KernelPool(spec, new KernelPoolOptions { Reuse = true }), installed);
/// var runner = new NotebookRunner(new RunOptions { Kernels = kernels });</code>
/// </summary>
public sealed class KernelPool : IAsyncDisposable
{
    private static readonly TimeSpan Grace = TimeSpan.FromSeconds(10);
    private readonly KernelPoolOptions options;
    private readonly ConcurrentQueue<Task<RunningKernel>> ready = new();
    private readonly ConcurrentDictionary<RunningKernel, byte> live = new();
    private readonly ConcurrentDictionary<RunningKernel, byte> unused = new();
    private readonly Lock gate = new();
    private string? firstFolder;
    private int disposed;

    public KernelPool(KernelSpec spec, KernelPoolOptions? options = null)
    {
        Spec = spec;
        this.options = options ?? new KernelPoolOptions();
    }

    /// <summary>The kernelspec every kernel of this pool runs.</summary>
    public KernelSpec Spec { get; }

    /// <summary>A kernel for a notebook in <paramref name="folder"/>, with that folder as its working folder.</summary>
    internal async Task<RunningKernel> AcquireAsync(string folder, CancellationToken cancellationToken)
    {
        ObjectDisposedException.ThrowIf(disposed == 1, this);
        if (!options.Reuse) return await StartAsync(folder, cancellationToken);
        folder = Path.GetFullPath(folder);
        StartAllOnce(folder);
        var kernel = ready.TryDequeue(out var started) ? await started : await StartAsync(firstFolder!, cancellationToken);
        if (kernel.Process.HasExited) return await AcquireAsync(folder, cancellationToken);
        // A kernel that never ran a notebook and started in this folder is as fresh as a restart would make it.
        if (unused.TryRemove(kernel, out _) && folder == firstFolder) return kernel;
        // Into the notebook's folder, then a fresh session there: the restart keeps the warm process, not the state.
        var move = await kernel.Client.ExecuteAsync($"System.IO.Directory.SetCurrentDirectory({SymbolDisplay.FormatLiteral(folder, quote: true)});",
            new ExecuteOptions { Silent = true, StoreHistory = false }, Grace, cancellationToken);
        if (move.Status != "ok") throw new InvalidOperationException($"kernel '{Spec.Name}' could not move to {folder}.");
        await kernel.Client.ShutdownAsync(restart: true, Grace, cancellationToken);
        return kernel;
    }

    /// <summary>On the first notebook, starts the pool's kernels in its folder, where the notebooks after it most often are
    /// too; none start for a render whose notebooks all come from the cache.</summary>
    private void StartAllOnce(string folder)
    {
        lock (gate)
        {
            if (firstFolder is not null) return;
            firstFolder = folder;
            for (var i = 0; i < options.Size; i++) ready.Enqueue(StartAsync(folder, CancellationToken.None));
        }
    }

    /// <summary>Takes a kernel back: kept for the next notebook when reusable and <paramref name="clean"/>, else stopped.</summary>
    internal async Task ReleaseAsync(RunningKernel kernel, bool clean)
    {
        if (options.Reuse && clean && disposed == 0 && !kernel.Process.HasExited)
        {
            ready.Enqueue(Task.FromResult(kernel));
            return;
        }
        await StopAsync(kernel);
        // Keep one started ahead for the notebook after next.
        if (options.Reuse && disposed == 0 && ready.Count < options.Size) ready.Enqueue(StartAsync(firstFolder!, CancellationToken.None));
    }

    private async Task<RunningKernel> StartAsync(string folder, CancellationToken cancellationToken)
    {
        var launcher = new KernelLauncher(new KernelLaunchOptions { WorkingDirectory = folder, StartTimeout = options.StartTimeout, Log = options.Log });
        var kernel = await launcher.StartAsync(Spec, cancellationToken);
        live[kernel] = 0;
        unused[kernel] = 0;
        return kernel;
    }

    private async Task StopAsync(RunningKernel kernel)
    {
        live.TryRemove(kernel, out _);
        unused.TryRemove(kernel, out _);
        await kernel.DisposeAsync();
    }

    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref disposed, 1) == 1) return;
        var waiting = ready.ToArray();
        ready.Clear();
        foreach (var start in waiting)
        {
            try { await start; }
            catch (Exception e) when (e is KernelDiedException or TimeoutException or InvalidOperationException) { } // it never came up
        }
        await Task.WhenAll(live.Keys.Select(k => StopAsync(k)));
    }
}
