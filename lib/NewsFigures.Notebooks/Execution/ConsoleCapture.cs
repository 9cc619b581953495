namespace NewsFigures.Notebooks.Execution;

/// <summary>
/// Redirects Console.Out and Console.Error into a cell's outputs. Console is process-global, so cells of all
/// notebooks in the process take turns through one gate.
/// </summary>
internal static class ConsoleCapture
{
    private static readonly SemaphoreSlim Gate = new(1, 1);

    public static async Task<IDisposable> BeginAsync(OutputCollector collector, CancellationToken cancellationToken)
    {
        await Gate.WaitAsync(cancellationToken);
        var (oldOut, oldError) = (Console.Out, Console.Error);
        Console.SetOut(TextWriter.Synchronized(collector.StreamWriter("stdout")));
        Console.SetError(TextWriter.Synchronized(collector.StreamWriter("stderr")));
        return new Restore(() =>
        {
            Console.SetOut(oldOut);
            Console.SetError(oldError);
            Gate.Release();
        });
    }

    private sealed class Restore(Action restore) : IDisposable
    {
        private int done;
        public void Dispose() { if (Interlocked.Exchange(ref done, 1) == 0) restore(); }
    }
}
