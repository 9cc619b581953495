namespace NewsFigures.Notebooks.Execution;

/// <summary>Where one notebook's cells run, state carried from cell to cell: in this process, or in a kernel process.</summary>
internal interface ICellRunner : IAsyncDisposable
{
    /// <summary>Runs a code cell (its metadata names its language); the outputs come back with the error, if any.</summary>
    Task<CellResult> RunAsync(NotebookCell cell, int cellNumber, int executionCount, TimeSpan timeout, CancellationToken cancellationToken);
}
