using System.Text.Json.Nodes;

namespace NewsFigures.Notebooks.Io;

/// <summary>Writes the model as nbformat's writer does (split lines, sorted keys, one-space indent).</summary>
internal static class NotebookWriter
{
    public static string Write(Notebook notebook)
    {
        var root = (JsonObject)notebook.Extra.DeepClone();
        root["cells"] = new JsonArray(notebook.Cells.Select(c => (JsonNode)WriteCell(c)).ToArray());
        root["metadata"] = notebook.Metadata.DeepClone();
        root["nbformat"] = 4;
        root["nbformat_minor"] = notebook.FormatMinor;
        return PythonStyleJson.Write(root);
    }

    private static JsonObject WriteCell(NotebookCell cell)
    {
        var json = new JsonObject();
        foreach (var (key, value) in cell.Extra)
            json[key] = key == "attachments" && value is JsonObject a ? SplitAttachments(a) : value?.DeepClone();
        json["cell_type"] = cell.Kind switch { CellKind.Code => "code", CellKind.Markdown => "markdown", _ => "raw" };
        if (cell.Id is not null) json["id"] = cell.Id;
        json["metadata"] = cell.Metadata.DeepClone();
        // nbformat leaves an empty source as "" and splits any other.
        json["source"] = cell.Source.Length == 0 ? "" : MultilineText.Split(cell.Source);
        if (cell.Kind == CellKind.Code)
        {
            json["execution_count"] = cell.ExecutionCount;
            json["outputs"] = new JsonArray(cell.Outputs.Select(o => (JsonNode)WriteOutput(o)).ToArray());
        }
        return json;
    }

    private static JsonObject SplitAttachments(JsonObject attachments)
    {
        var split = new JsonObject();
        foreach (var (name, bundle) in attachments)
            split[name] = bundle is JsonObject b ? MultilineText.SplitBundle(b) : bundle?.DeepClone();
        return split;
    }

    private static JsonObject WriteOutput(CellOutput output)
    {
        var json = (JsonObject)output.Json.DeepClone();
        if (json["data"] is JsonObject data) json["data"] = MultilineText.SplitBundle(data);
        if (output.OutputType == "stream" && json["text"] is JsonValue text && text.TryGetValue<string>(out var s))
            json["text"] = MultilineText.Split(s);
        return json;
    }
}
