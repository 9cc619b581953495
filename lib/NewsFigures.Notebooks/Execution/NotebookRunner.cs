using NewsFigures.Jupyter;
using NewsFigures.Notebooks.Execution;

namespace NewsFigures.Notebooks;

/// <summary>
/// Runs notebooks cell by cell with state carried over, and returns the executed notebook with its outputs: in a kernel
/// process of <see cref="RunOptions.Kernels"/> when given (this project's C# kernel or any Jupyter kernel), else with
/// Roslyn scripting in this process. <code>var run = await new NotebookRunner(options).RunFileAsync("a.ipynb", "out/a.ipynb");</code>
/// </summary>
public sealed class NotebookRunner(RunOptions? options = null)
{
    public const string RaisesExceptionTag = "raises-exception";
    public const string SkipExecutionTag = "skip-execution";

    private readonly RunOptions options = options ?? new RunOptions();

    public RunOptions Options => options;

    /// <summary>Runs a notebook file; writes the executed notebook atomically to <paramref name="destination"/> when given
    /// (pass the source path to update it in place). The executed notebook is written even when a cell fails.</summary>
    public async Task<NotebookRun> RunFileAsync(string source, string? destination = null, CancellationToken cancellationToken = default)
    {
        // Fixed now: while a notebook runs, the working folder is the notebook's (and another notebook's may be next).
        destination = destination is null ? null : Path.GetFullPath(destination);
        var notebook = Notebook.Load(source);
        var run = await RunAsync(notebook, Path.GetDirectoryName(Path.GetFullPath(source))!, Path.GetFileName(source), cancellationToken);
        if (destination is not null) run.Executed.Save(destination);
        return run;
    }

    /// <summary>Runs a notebook in memory as if it were a file in <paramref name="directory"/>: cells run with that folder as
    /// the working folder, and #r paths are relative to it.</summary>
    public async Task<NotebookRun> RunAsync(Notebook notebook, string directory, string name = "notebook", CancellationToken cancellationToken = default)
    {
        KernelPool? kernels;
        try
        {
            kernels = options.Kernels?.For(notebook);
        }
        catch (Exception e) when (e is FileNotFoundException or InvalidDataException)
        {
            // A notebook asking for a kernel that is not installed fails alone, like a crash.
            return new NotebookRun(notebook, new CellFailure(0, null, "NoSuchKernel", e.Message));
        }
        var prepared = ParameterCell.Inject(ErrorBanner.Remove(notebook), options.Parameters, kernels?.Spec.Language ?? "C#");
        var cells = prepared.Cells.Select(c => c.Cleared()).ToList();
        options.Progress?.Report(new NotebookProgress(name, ProgressStage.Started, 0, cells.Count));
        CellFailure? failure = null;
        var executionCount = 0;
        ICellRunner started;
        try
        {
            started = kernels is not null
                ? await Kernels.KernelCells.StartAsync(kernels, directory, cancellationToken)
                : await InProcessCells.StartAsync(directory, options, cancellationToken);
        }
        catch (Exception e) when (kernels is not null && e is KernelDiedException or TimeoutException or InvalidOperationException)
        {
            // A kernel that cannot start or move to the notebook's folder fails this notebook alone.
            options.Progress?.Report(new NotebookProgress(name, ProgressStage.Failed, 0, cells.Count));
            return new NotebookRun(notebook, new CellFailure(0, null, "KernelStartFailed", e.Message));
        }
        await using var runner = started;
        for (var i = 0; i < cells.Count && failure is null; i++)
        {
            var cell = cells[i];
            if (cell.Kind != CellKind.Code || cell.HasTag(SkipExecutionTag) || cell.Source.Trim().Length == 0) continue;
            options.Progress?.Report(new NotebookProgress(name, ProgressStage.CellStarted, i + 1, cells.Count));
            executionCount++;
            var result = await runner.RunAsync(cell, i + 1, executionCount, options.CellTimeout, cancellationToken);
            cells[i] = cell with { Outputs = result.Outputs, ExecutionCount = executionCount };
            options.Progress?.Report(new NotebookProgress(name, ProgressStage.CellFinished, i + 1, cells.Count));
            var expected = cell.HasTag(RaisesExceptionTag);
            if (result.Error is { } error && (!expected || result.SessionLost) && (!options.AllowErrors || result.SessionLost))
                failure = new CellFailure(i + 1, error.Line, error.Name, error.Message);
        }
        var executed = prepared with { Cells = cells };
        if (failure is not null) executed = ErrorBanner.Add(executed, failure);
        options.Progress?.Report(new NotebookProgress(name, failure is null ? ProgressStage.Executed : ProgressStage.Failed, 0, cells.Count));
        return new NotebookRun(executed, failure);
    }
}
