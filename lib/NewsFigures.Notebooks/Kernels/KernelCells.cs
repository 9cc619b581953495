using System.Text.RegularExpressions;
using NewsFigures.Jupyter;
using NewsFigures.Notebooks.Execution;

namespace NewsFigures.Notebooks.Kernels;

/// <summary>
/// A notebook's cells run in a kernel process of a <see cref="KernelPool"/>, as an nbclient would run them: one
/// execute_request a cell, outputs from iopub. A cell past its timeout is interrupted and, if it does not stop, its kernel
/// is killed; a kernel that dies ends the notebook there ("kernel died in cell N") and costs nothing else.
/// </summary>
internal sealed partial class KernelCells(KernelPool pool, RunningKernel kernel) : ICellRunner
{
    private static readonly TimeSpan InterruptGrace = TimeSpan.FromSeconds(5);
    private readonly DisplayHandles handles = new();
    private bool lost;

    public static async Task<KernelCells> StartAsync(KernelPool pool, string directory, CancellationToken cancellationToken) =>
        new(pool, await pool.AcquireAsync(directory, cancellationToken));

    public async Task<CellResult> RunAsync(NotebookCell cell, int cellNumber, int executionCount, TimeSpan timeout, CancellationToken cancellationToken)
    {
        var exchange = kernel.Client.ExecuteAsync(CodeFor(cell), new ExecuteOptions { StopOnError = false }, cancellationToken: cancellationToken);
        try
        {
            var finished = await Task.WhenAny(exchange, Task.Delay(timeout, cancellationToken));
            if (finished != exchange) return await TimedOutAsync(exchange, cellNumber, executionCount, timeout);
            return Result(await exchange, executionCount);
        }
        catch (KernelDiedException e)
        {
            lost = true;
            var message = $"kernel died in cell {cellNumber}: {e.Message}";
            return new CellResult([CellOutput.Error("KernelDied", message, [$"KernelDied: {message}"])], new CellError("KernelDied", message, null), SessionLost: true);
        }
    }

    /// <summary>Interrupts the cell; its outputs so far come back if it stops, else the kernel is killed with them.</summary>
    private async Task<CellResult> TimedOutAsync(Task<KernelExchange> exchange, int cellNumber, int executionCount, TimeSpan timeout)
    {
        lost = true;
        var what = $"did not finish within {timeout.TotalSeconds:0.#} s";
        IReadOnlyList<CellOutput> outputs = [];
        try
        {
            await kernel.Client.InterruptAsync(InterruptGrace);
            outputs = Result(await exchange.WaitAsync(InterruptGrace), executionCount).Outputs.Where(o => o.OutputType != "error").ToList();
        }
        catch (Exception e) when (e is TimeoutException or KernelDiedException)
        {
            if (!kernel.Process.HasExited) kernel.Process.Kill(entireProcessTree: true);
        }
        var stopped = CellOutput.Error("TimeoutException", $"Cell {cellNumber} {what} and was stopped.", [$"TimeoutException: cell {cellNumber} {what}"]);
        return new CellResult([.. outputs, stopped], new CellError("TimeoutException", what, null), SessionLost: true);
    }

    private CellResult Result(KernelExchange exchange, int executionCount)
    {
        var outputs = IoPubOutputs.From(exchange.Outputs, executionCount, handles);
        if (outputs.LastOrDefault(o => o.OutputType == "error") is not { } error)
            return new CellResult(outputs, exchange.Status == "error" ? new CellError("Error", "the kernel reported an error", null) : null);
        var line = error.Traceback.Select(t => TracebackLine().Match(t)).FirstOrDefault(m => m.Success) is { } m
            ? int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture) : (int?)null;
        return new CellResult(outputs, new CellError(error.ErrorName ?? "Error", error.ErrorValue ?? "", line));
    }

    /// <summary>A cell's code as the kernel reads it: this project's C# kernel learns an HTML or Markdown cell's language
    /// from a #! line, as .NET Interactive's does, since the protocol carries no cell metadata.</summary>
    private string CodeFor(NotebookCell cell) =>
        PolyglotMetadata.CellLanguage(cell.Metadata) is { } language && language is "html" or "markdown" && IsCSharp(pool.Spec)
            ? $"#!{language}\n{cell.Source}"
            : cell.Source;

    private static bool IsCSharp(KernelSpec spec) => spec.Language is "C#" or "csharp" or "c#";

    // Our engine's traceback says "   at cell 3, line 2".
    [GeneratedRegex(@"\bline (\d+)\b")]
    private static partial Regex TracebackLine();

    // A cell that raised leaves the kernel as sound as one that did not (the restart before the next notebook clears its
    // state); only a kernel that died or was stopped mid-cell is not handed on.
    public async ValueTask DisposeAsync() => await pool.ReleaseAsync(kernel, clean: !lost);
}
