using System.Text.Json.Nodes;
using NewsFigures.Jupyter;
using NewsFigures.Notebooks.Execution;

namespace NewsFigures.Notebooks.Kernel;

/// <summary>
/// execute_request: the count goes up when the input is stored (never for a silent request), execute_input goes out
/// first, the cell's outputs as they happen, then the reply: ok, or error with the name, message and traceback (which
/// names the cell by its count and the line within it). A cell has no time limit here: the front end interrupts.
/// </summary>
internal static class Execution
{
    public static async Task<JsonObject> RunAsync(KernelRequest request, KernelSession session)
    {
        var code = RequestFields.Text(request.Content, "code");
        var silent = RequestFields.Flag(request.Content, "silent", false);
        var storeHistory = !silent && RequestFields.Flag(request.Content, "store_history", true);
        var count = storeHistory ? session.NextExecutionCount() : session.ExecutionCount;
        if (!silent) request.Publish("execute_input", new JsonObject { ["code"] = code, ["execution_count"] = count });
        if (storeHistory) session.History.Add(count, code);

        var interrupted = session.StartCell();
        var events = new CellEvents(request, silent, interrupted);
        CSharpSession engine;
        try
        {
            engine = await session.Engine.WaitAsync(interrupted);
        }
        catch (OperationCanceledException) when (interrupted.IsCancellationRequested)
        {
            // Interrupted while the engine was still warming up: the cell never starts.
            return Interrupted(events, count);
        }
        if (interrupted.IsCancellationRequested) return Interrupted(events, count);
        var run = engine.RunAsync(code, CellDirectives.CSharp, count, count, Timeout.InfiniteTimeSpan, CancellationToken.None, events);
        // An interrupt between the check above and the cell's start would have stopped the previous cell: pass it on.
        if (interrupted.IsCancellationRequested) engine.Interrupt();
        session.Track(run);
        if (await Task.WhenAny(run, session.Replaced) != run)
        {
            events.Flush();
            const string message = "The kernel restarted while the cell was running.";
            events.Error("KernelRestarted", message, [$"KernelRestarted: {message}"]);
            return ErrorReply(count, "KernelRestarted", message, [$"KernelRestarted: {message}"]);
        }
        var result = await run;
        events.Flush();
        if (result.Error is not { } error)
            return new JsonObject { ["status"] = "ok", ["execution_count"] = count, ["user_expressions"] = new JsonObject(), ["payload"] = new JsonArray() };
        var traceback = result.Outputs.LastOrDefault(o => o.OutputType == "error")?.Traceback ?? [$"{error.Name}: {error.Message}"];
        return ErrorReply(count, error.Name, error.Message, traceback);
    }

    private static JsonObject Interrupted(CellEvents events, int count)
    {
        const string name = "System.OperationCanceledException", message = "The cell was interrupted before it started.";
        events.Error(name, message, [$"{name}: {message}"]);
        return ErrorReply(count, name, message, [$"{name}: {message}"]);
    }

    private static JsonObject ErrorReply(int count, string name, string message, IReadOnlyList<string> traceback) => new()
    {
        ["status"] = "error",
        ["execution_count"] = count,
        ["ename"] = name,
        ["evalue"] = message,
        ["traceback"] = new JsonArray(traceback.Select(l => (JsonNode?)JsonValue.Create(l)).ToArray()),
    };
}
