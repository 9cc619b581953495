using System.Text;
using System.Text.Json.Nodes;

namespace NewsFigures.Notebooks.Execution;

/// <summary>
/// Collects one cell's outputs in the order they happen; consecutive writes to a stream merge. A display keeps its
/// display id in <paramref name="handles"/>, so <c>DisplayedValue.Update(...)</c> replaces that output's data later,
/// even from a later cell, as Jupyter's update_display_data does. Each output also goes to <paramref name="events"/> as it
/// happens, for hosts that show it live.
/// </summary>
internal sealed class OutputCollector(DisplayHandles handles, ICellEvents? events = null)
{
    private readonly Lock gate = new();
    private readonly List<CellOutput> outputs = [];
    private readonly StringBuilder pending = new();
    private string? pendingStream;

    public void Write(string stream, string text)
    {
        events?.Stream(stream, text);
        lock (gate)
        {
            if (pendingStream != stream) Flush();
            pendingStream = stream;
            pending.Append(text);
        }
    }

    public void Display(JsonObject bundle, string? displayId = null)
    {
        var output = CellOutput.DisplayData(bundle);
        if (displayId is not null) handles.Remember(displayId, output);
        events?.Display(bundle, displayId);
        Append(output);
    }

    public void Update(string displayId, JsonObject bundle)
    {
        if (!handles.Update(displayId, bundle)) Display(bundle, displayId);
        else events?.Update(bundle, displayId);
    }

    /// <summary>An execute_result or an error.</summary>
    public void Add(CellOutput output)
    {
        if (output.OutputType == "execute_result" && output.Data is { } data)
            events?.Result(data, (int?)output.Json["execution_count"] ?? 0);
        else if (output.OutputType == "error")
            events?.Error(output.ErrorName ?? "", output.ErrorValue ?? "", output.Traceback);
        Append(output);
    }

    private void Append(CellOutput output)
    {
        lock (gate)
        {
            Flush();
            outputs.Add(output);
        }
    }

    public IReadOnlyList<CellOutput> Outputs()
    {
        lock (gate)
        {
            Flush();
            return outputs.ToList();
        }
    }

    private void Flush()
    {
        if (pendingStream is null || pending.Length == 0) return;
        outputs.Add(CellOutput.Stream(pendingStream, pending.ToString()));
        pending.Clear();
        pendingStream = null;
    }
}

/// <summary>The display outputs of one notebook by display id, for updates.</summary>
internal sealed class DisplayHandles
{
    private readonly Lock gate = new();
    private readonly Dictionary<string, CellOutput> shown = new(StringComparer.Ordinal);

    public void Remember(string displayId, CellOutput output)
    {
        lock (gate) shown[displayId] = output;
    }

    /// <summary>Replaces the data of the output shown under this id; false when there is none.</summary>
    public bool Update(string displayId, JsonObject bundle)
    {
        lock (gate)
        {
            if (!shown.TryGetValue(displayId, out var output)) return false;
            output.Json["data"] = bundle;
            return true;
        }
    }
}
