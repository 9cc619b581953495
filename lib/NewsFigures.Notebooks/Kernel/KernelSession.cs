using NewsFigures.Notebooks.Execution;

namespace NewsFigures.Notebooks.Kernel;

/// <summary>
/// One session of the kernel, from start or restart to the next: the engine (created and warmed up in the background,
/// so the kernel answers before Roslyn is ready), the execution count and the stored inputs.
/// </summary>
internal sealed class KernelSession
{
    /// <summary>A first compilation, run and display: Roslyn and the Formatter are slow only the first time.</summary>
    private const string WarmUpCell = "1";

    private readonly Task<CSharpSession> engine;
    private readonly TaskCompletionSource replaced = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly Lock gate = new();
    private CancellationTokenSource running = new();
    private Task runningCell = Task.CompletedTask;
    private int executionCount;

    public KernelSession(int number, string directory, RunOptions options, Action<string> log)
    {
        Number = number;
        History = new InputHistory(number);
        // The Formatter's first display costs about as much as a warm compilation: on the other core, meanwhile.
        _ = Task.Run(() => MimeBundles.Of(WarmUpCell.Length));
        engine = Task.Run(async () =>
        {
            var session = new CSharpSession(directory, options);
            try
            {
                await session.RunAsync(WarmUpCell, CellDirectives.CSharp, 0, 0, Timeout.InfiniteTimeSpan, CancellationToken.None);
            }
            catch (Exception e)
            {
                log($"warm-up failed (cells still run): {e.GetType().Name}: {e.Message}");
            }
            return session;
        });
    }

    /// <summary>1 for the kernel's first session, one more after each restart.</summary>
    public int Number { get; }

    public InputHistory History { get; }

    /// <summary>The engine, once warmed up.</summary>
    public Task<CSharpSession> Engine => engine;

    /// <summary>Completes when a restart replaced this session: a cell still running in it is no longer waited for.</summary>
    public Task Replaced => replaced.Task;

    public int ExecutionCount
    {
        get { lock (gate) return executionCount; }
    }

    public int NextExecutionCount()
    {
        lock (gate) return ++executionCount;
    }

    /// <summary>A token for the cell about to run, cancelled by <see cref="Interrupt"/> (it ends an input wait).</summary>
    public CancellationToken StartCell()
    {
        lock (gate)
        {
            if (running.IsCancellationRequested)
            {
                running.Dispose();
                running = new CancellationTokenSource();
            }
            return running.Token;
        }
    }

    /// <summary>The cell now running, so a restart can let its engine go once it ends.</summary>
    public void Track(Task cell)
    {
        lock (gate) runningCell = cell;
    }

    /// <summary>Stops the running cell, if any, at its next interruption point.</summary>
    public void Interrupt()
    {
        lock (gate) running.Cancel();
        if (engine.IsCompletedSuccessfully) engine.Result.Interrupt();
    }

    /// <summary>Interrupts what runs and lets go of it; the engine is disposed once its cell, if any, has ended.</summary>
    public void Retire()
    {
        Interrupt();
        replaced.TrySetResult();
        Task cell;
        lock (gate) cell = runningCell;
        _ = Task.Run(async () =>
        {
            var session = await engine;
            try { await cell; }
            catch (Exception) { } // its request already answered
            session.Dispose();
        });
    }
}
