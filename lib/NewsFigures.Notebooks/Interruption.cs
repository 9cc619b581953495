using NewsFigures.Notebooks.Execution;

namespace NewsFigures.Notebooks;

/// <summary>
/// Where a running cell can be stopped. .NET cannot abort a thread, so the engine adds a call to <see cref="Check"/> at
/// the top of every loop body and method body a cell declares (see <c>InterruptionPoints</c>): an interrupt or a
/// timeout then stops even <c>while (true) {}</c>. Not meant to be called by hand, though it does no harm.
/// </summary>
public static class Interruption
{
    /// <summary>Throws <see cref="OperationCanceledException"/> when the running cell has been interrupted.</summary>
    public static void Check()
    {
        if (CellScope.Current is { Cancellation.IsCancellationRequested: true } cell)
            throw new OperationCanceledException("The cell was interrupted.", cell.Cancellation);
    }
}
