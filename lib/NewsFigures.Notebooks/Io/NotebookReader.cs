using System.Text.Json;
using System.Text.Json.Nodes;

namespace NewsFigures.Notebooks.Io;

/// <summary>Reads nbformat 4 JSON into the model, joining multi-line strings as nbformat does.</summary>
internal static class NotebookReader
{
    private static readonly HashSet<string> CellKeys = ["cell_type", "id", "metadata", "source", "outputs", "execution_count"];

    public static Notebook Read(string json, string origin)
    {
        JsonObject root;
        try
        {
            root = JsonNode.Parse(json) as JsonObject
                ?? throw new InvalidDataException($"{origin}: a notebook must be a JSON object.");
        }
        catch (JsonException e)
        {
            throw new InvalidDataException($"{origin}: not valid JSON (line {e.LineNumber + 1}): {e.Message}", e);
        }
        var major = (int?)root["nbformat"];
        if (major != 4) throw new InvalidDataException($"{origin}: nbformat {major?.ToString() ?? "(missing)"} is not supported; only nbformat 4 is.");
        var cells = root["cells"] as JsonArray ?? throw new InvalidDataException($"{origin}: 'cells' is missing.");
        var extra = new JsonObject();
        foreach (var (key, value) in root)
        {
            if (key is not ("cells" or "metadata" or "nbformat" or "nbformat_minor")) extra[key] = value?.DeepClone();
        }
        return new Notebook(cells.Select((c, i) => ReadCell(c, $"{origin}, cell {i + 1}")).ToList(), (JsonObject?)root["metadata"]?.DeepClone() ?? new())
        {
            FormatMinor = (int?)root["nbformat_minor"] ?? 0,
            Extra = extra,
        };
    }

    private static NotebookCell ReadCell(JsonNode? node, string origin)
    {
        var cell = node as JsonObject ?? throw new InvalidDataException($"{origin}: a cell must be a JSON object.");
        var kind = (string?)cell["cell_type"] switch
        {
            "code" => CellKind.Code,
            "markdown" => CellKind.Markdown,
            "raw" => CellKind.Raw,
            var other => throw new InvalidDataException($"{origin}: unknown cell_type '{other}'."),
        };
        var extra = new JsonObject();
        foreach (var (key, value) in cell)
        {
            if (CellKeys.Contains(key)) continue;
            extra[key] = key == "attachments" && value is JsonObject attachments ? JoinAttachments(attachments, origin) : value?.DeepClone();
        }
        return new NotebookCell(kind, MultilineText.Join(cell["source"], "source", origin))
        {
            Id = (string?)cell["id"],
            Metadata = (JsonObject?)cell["metadata"]?.DeepClone() ?? new(),
            Outputs = cell["outputs"] is JsonArray outputs ? outputs.Select(o => ReadOutput(o, origin)).ToList() : [],
            ExecutionCount = (int?)cell["execution_count"],
            Extra = extra,
        };
    }

    private static JsonObject JoinAttachments(JsonObject attachments, string origin)
    {
        var joined = new JsonObject();
        foreach (var (name, bundle) in attachments)
            joined[name] = bundle is JsonObject b ? MultilineText.JoinBundle(b, origin) : bundle?.DeepClone();
        return joined;
    }

    private static CellOutput ReadOutput(JsonNode? node, string origin)
    {
        var output = (JsonObject?)node?.DeepClone() ?? throw new InvalidDataException($"{origin}: an output must be a JSON object.");
        if (output["data"] is JsonObject data) output["data"] = MultilineText.JoinBundle(data, origin);
        if ((string?)output["output_type"] == "stream") output["text"] = MultilineText.Join(output["text"], "text", origin);
        return new CellOutput(output);
    }
}
