using System.Text.Json;
using System.Text.Json.Nodes;
using NewsFigures.Jupyter;
using NewsFigures.Notebooks.Execution;
using NewsFigures.Notebooks.Io;

namespace NewsFigures.Notebooks.Kernels;

/// <summary>
/// A cell's iopub messages as notebook outputs, the way nbclient keeps them: consecutive stream texts of one stream
/// merge, a display with a display id can be replaced by a later update_display_data (from any cell), JSON MIME types are
/// stored as JSON (the dotnet-interactive kernel sends some as strings).
/// </summary>
internal static class IoPubOutputs
{
    public static IReadOnlyList<CellOutput> From(IEnumerable<JupyterMessage> messages, int executionCount, DisplayHandles handles)
    {
        var outputs = new List<CellOutput>();
        foreach (var message in messages)
        {
            var content = message.Content;
            switch (message.MsgType)
            {
                case "stream":
                    var name = Text(content["name"]) ?? "stdout";
                    var text = Text(content["text"]) ?? "";
                    if (outputs.Count > 0 && outputs[^1].OutputType == "stream" && outputs[^1].StreamName == name)
                        outputs[^1] = CellOutput.Stream(name, outputs[^1].Text + text);
                    else outputs.Add(CellOutput.Stream(name, text));
                    break;
                case "display_data":
                    var display = CellOutput.DisplayData(Bundle(content["data"]));
                    if (Text(content["transient"]?["display_id"]) is { } id) handles.Remember(id, display);
                    outputs.Add(display);
                    break;
                case "update_display_data":
                    if (Text(content["transient"]?["display_id"]) is { } updated) handles.Update(updated, Bundle(content["data"]));
                    break;
                case "execute_result":
                    outputs.Add(CellOutput.ExecuteResult(executionCount, Bundle(content["data"])));
                    break;
                case "error":
                    outputs.Add(CellOutput.Error(Text(content["ename"]) ?? "Error", Text(content["evalue"]) ?? "",
                        content["traceback"] is JsonArray lines ? lines.Select(l => Text(l) ?? "") : []));
                    break;
            }
        }
        return outputs;
    }

    private static JsonObject Bundle(JsonNode? data)
    {
        var bundle = new JsonObject();
        if (data is not JsonObject entries) return bundle;
        foreach (var (mime, value) in entries)
            bundle[mime] = MultilineText.IsJsonMime(mime) && Text(value) is { } json ? ParsedOrText(json) : value?.DeepClone();
        return bundle;
    }

    private static JsonNode? ParsedOrText(string json)
    {
        try { return JsonNode.Parse(json); }
        catch (JsonException) { return json; }
    }

    private static string? Text(JsonNode? node) => node is JsonValue value && value.TryGetValue<string>(out var text) ? text : null;
}
