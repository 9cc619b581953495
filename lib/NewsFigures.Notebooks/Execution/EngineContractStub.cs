// THROWAWAY: the engine contract the lead is landing on main (ICellEvents, RunAsync with events, Interrupt, Script,
// Options), stubbed so the kernel builds on this branch. Delete this file when merging main.
using System.Text.Json.Nodes;
using Microsoft.CodeAnalysis.Scripting;

namespace NewsFigures.Notebooks.Execution;

internal interface ICellEvents
{
    void Stream(string name, string text);
    void Display(JsonObject bundle, string? displayId);
    void Update(JsonObject bundle, string displayId);
    void Result(JsonObject bundle, int executionCount);
    void Error(string name, string message, IReadOnlyList<string> traceback);
    string? Input(string prompt, bool password);
}

internal sealed partial class CSharpSession
{
    private CancellationTokenSource? stubInterrupt;

    public Script? Script => state?.Script;

    public ScriptOptions Options => options;

    /// <summary>Stub: outputs reach the events after the cell, not as they happen; no stdin.</summary>
    public async Task<CellResult> RunAsync(string source, string language, int cellNumber, int executionCount, TimeSpan timeout,
        CancellationToken cancellationToken, ICellEvents? events)
    {
        using var interrupt = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        stubInterrupt = interrupt;
        var result = await RunAsync(source, language, cellNumber, executionCount, timeout, interrupt.Token);
        stubInterrupt = null;
        foreach (var output in result.Outputs)
        {
            switch (output.OutputType)
            {
                case "stream": events?.Stream(output.StreamName!, output.Text!); break;
                case "display_data": events?.Display(output.Data!, null); break;
                case "execute_result": events?.Result(output.Data!, executionCount); break;
                case "error": events?.Error(output.ErrorName!, output.ErrorValue!, output.Traceback); break;
            }
        }
        return result;
    }

    /// <summary>Stub: abandons the running cell as a timeout does (its thread keeps running).</summary>
    public void Interrupt()
    {
        try { stubInterrupt?.Cancel(); }
        catch (ObjectDisposedException) { }
    }
}
