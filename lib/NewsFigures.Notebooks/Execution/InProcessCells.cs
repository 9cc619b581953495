namespace NewsFigures.Notebooks.Execution;

/// <summary>A notebook's cells run in this process: one Roslyn session, the notebook's folder as working folder.</summary>
internal sealed class InProcessCells(IDisposable folder, CSharpSession session) : ICellRunner
{
    public static async Task<InProcessCells> StartAsync(string directory, RunOptions options, CancellationToken cancellationToken) =>
        new(await WorkingFolder.EnterAsync(directory, cancellationToken), new CSharpSession(directory, options));

    public Task<CellResult> RunAsync(NotebookCell cell, int cellNumber, int executionCount, TimeSpan timeout, CancellationToken cancellationToken) =>
        session.RunAsync(cell.Source, PolyglotMetadata.CellLanguage(cell.Metadata) ?? CellDirectives.CSharp, cellNumber, executionCount, timeout,
            cancellationToken);

    public ValueTask DisposeAsync()
    {
        session.Dispose();
        folder.Dispose();
        return ValueTask.CompletedTask;
    }
}
