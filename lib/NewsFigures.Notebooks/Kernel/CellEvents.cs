using System.Text;
using System.Text.Json.Nodes;
using NewsFigures.Jupyter;
using NewsFigures.Notebooks.Execution;

namespace NewsFigures.Notebooks.Kernel;

/// <summary>
/// A running cell's outputs as iopub messages with its execute_request as parent, sent as they happen. Stream text is
/// gathered for a few milliseconds, so a loop of Console.Write calls makes a few messages, not thousands; any other
/// output sends the text before it first. A silent request publishes nothing. Text a cell's background work writes after
/// the cell ended still goes out, with the same parent, as ipykernel does.
/// </summary>
internal sealed class CellEvents : ICellEvents
{
    private static readonly TimeSpan StreamDelay = TimeSpan.FromMilliseconds(20);
    private readonly KernelRequest request;
    private readonly bool silent;
    private readonly CancellationToken interrupted;
    private readonly Lock gate = new();
    private readonly StringBuilder pending = new();
    private readonly Timer timer;
    private string? pendingName;

    public CellEvents(KernelRequest request, bool silent, CancellationToken interrupted)
    {
        this.request = request;
        this.silent = silent;
        this.interrupted = interrupted;
        timer = new Timer(_ => Flush());
    }

    public void Stream(string name, string text)
    {
        if (silent || text.Length == 0) return;
        lock (gate)
        {
            if (pendingName != name) FlushLocked();
            if (pending.Length == 0) timer.Change(StreamDelay, Timeout.InfiniteTimeSpan);
            pendingName = name;
            pending.Append(text);
        }
    }

    public void Display(JsonObject bundle, string? displayId) =>
        Publish("display_data", new JsonObject { ["data"] = bundle.DeepClone(), ["metadata"] = new JsonObject() }, displayId);

    public void Update(JsonObject bundle, string displayId) =>
        Publish("update_display_data", new JsonObject { ["data"] = bundle.DeepClone(), ["metadata"] = new JsonObject() }, displayId);

    public void Result(JsonObject bundle, int executionCount) =>
        Publish("execute_result", new JsonObject
        {
            ["execution_count"] = executionCount, ["data"] = bundle.DeepClone(), ["metadata"] = new JsonObject(),
        }, null);

    public void Error(string name, string message, IReadOnlyList<string> traceback) =>
        Publish("error", new JsonObject
        {
            ["ename"] = name, ["evalue"] = message,
            ["traceback"] = new JsonArray(traceback.Select(l => (JsonNode?)JsonValue.Create(l)).ToArray()),
        }, null);

    /// <summary>Console.ReadLine(): asks the front end through stdin when the request allowed it, else end of input.
    /// Blocks the cell's thread; an interrupt ends the wait.</summary>
    public string? Input(string prompt, bool password)
    {
        Flush();
        if (!request.AllowStdin) return null;
        return request.InputAsync(prompt, password, interrupted).GetAwaiter().GetResult();
    }

    /// <summary>Sends the stream text gathered so far.</summary>
    public void Flush()
    {
        lock (gate) FlushLocked();
    }

    private void FlushLocked()
    {
        if (pending.Length == 0) return;
        request.Publish("stream", new JsonObject { ["name"] = pendingName, ["text"] = pending.ToString() });
        pending.Clear();
        pendingName = null;
    }

    private void Publish(string msgType, JsonObject content, string? displayId)
    {
        if (silent) return;
        if (displayId is not null) content["transient"] = new JsonObject { ["display_id"] = displayId };
        lock (gate)
        {
            FlushLocked();
            request.Publish(msgType, content);
        }
    }
}
