namespace NewsFigures.Notebooks.Execution;

/// <summary>
/// The cell running on this execution context. Console, the Formatter's displays and the notebook helpers are
/// process-wide, so each routes by this AsyncLocal: a cell's thread, and any task or thread it starts, carry their cell,
/// so notebooks running side by side never wait for each other or mix their outputs.
/// </summary>
internal sealed class CellScope(OutputCollector outputs, CancellationToken cancellation, ICellEvents? events = null)
{
    private static readonly AsyncLocal<CellScope?> Running = new();

    /// <summary>The cell running here, or null outside any cell.</summary>
    public static CellScope? Current => Running.Value;

    public OutputCollector Outputs => outputs;

    /// <summary>Cancelled when the cell is interrupted or times out.</summary>
    public CancellationToken Cancellation => cancellation;

    /// <summary>The live host's events (input among them), or null under the batch runner.</summary>
    public ICellEvents? Events => events;

    /// <summary>Makes this the current cell until disposed.</summary>
    public IDisposable Enter()
    {
        var previous = Running.Value;
        Running.Value = this;
        return new Restore(() => Running.Value = previous);
    }

    private sealed class Restore(Action restore) : IDisposable
    {
        private int done;
        public void Dispose() { if (Interlocked.Exchange(ref done, 1) == 0) restore(); }
    }
}
