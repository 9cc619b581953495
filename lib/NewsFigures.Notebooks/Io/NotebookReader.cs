using System.Text.Json.Nodes;

namespace NewsFigures.Notebooks.Io;

/// <summary>
/// Reads nbformat 4 JSON into the model, joining multi-line strings as nbformat does. Whatever the input, it
/// returns a notebook or throws InvalidDataException with one line naming the file, the cell and the field.
/// </summary>
internal static class NotebookReader
{
    private static readonly HashSet<string> CellKeys = ["cell_type", "id", "metadata", "source", "outputs", "execution_count"];

    public static Notebook Read(string json, string origin) => Read(CheckedJson.Parse(json, origin), origin);

    public static Notebook Read(ReadOnlySpan<byte> utf8, string origin) => Read(CheckedJson.Parse(utf8, origin), origin);

    private static Notebook Read(JsonNode? node, string origin)
    {
        var root = new JsonFields(node as JsonObject
            ?? throw new InvalidDataException($"{origin}: a notebook must be a JSON object, not {JsonKind.Describe(node)}."), origin);
        var major = root.RequiredInteger("nbformat");
        if (major != 4) throw root.Fail($"nbformat {major} is not supported; only nbformat 4 is.");
        var minor = root.Integer("nbformat_minor") ?? 0;
        var metadata = root.Object("metadata");
        var cells = root.RequiredArray("cells");
        var extra = new JsonObject();
        foreach (var (key, value) in root.Json)
        {
            if (key is not ("cells" or "metadata" or "nbformat" or "nbformat_minor")) extra[key] = value?.DeepClone();
        }
        return new Notebook(cells.Select((c, i) => ReadCell(c, $"{origin}, cell {i + 1}")).ToList(), (JsonObject?)metadata?.DeepClone() ?? new())
        {
            FormatMinor = minor,
            Extra = extra,
        };
    }

    private static NotebookCell ReadCell(JsonNode? node, string place)
    {
        var cell = new JsonFields(node as JsonObject
            ?? throw new InvalidDataException($"{place}: a cell must be a JSON object, not {JsonKind.Describe(node)}."), place);
        var kind = cell.RequiredString("cell_type") switch
        {
            "code" => CellKind.Code,
            "markdown" => CellKind.Markdown,
            "raw" => CellKind.Raw,
            var other => throw cell.Fail($"unknown cell_type {JsonKind.Quote(other)}."),
        };
        var metadata = cell.Object("metadata") ?? new JsonObject();
        CheckMetadata(new JsonFields(metadata, place, "metadata."), kind);
        var outputs = cell.Array("outputs") ?? [];
        var extra = new JsonObject();
        foreach (var (key, value) in cell.Json)
        {
            if (CellKeys.Contains(key)) continue;
            extra[key] = key == "attachments" && value is JsonObject attachments ? JoinAttachments(attachments, place) : value?.DeepClone();
        }
        return new NotebookCell(kind, MultilineText.Join(cell, "source"))
        {
            Id = cell.String("id"),
            Metadata = (JsonObject)metadata.DeepClone(),
            Outputs = outputs.Select((o, i) => OutputReader.Read(o, $"{place}, output {i + 1}")).ToList(),
            ExecutionCount = cell.Integer("execution_count"),
            Extra = extra,
        };
    }

    /// <summary>The metadata this library reads later (tags, the cell's language, a raw cell's format), checked now so
    /// that reading it never throws and a wrong kind is reported with its cell.</summary>
    private static void CheckMetadata(JsonFields metadata, CellKind kind)
    {
        metadata.Strings("tags");
        metadata.Nested("polyglot_notebook")?.String("kernelName");
        metadata.Nested("dotnet_interactive")?.String("language");
        if (kind == CellKind.Raw) metadata.String("format");
    }

    private static JsonObject JoinAttachments(JsonObject attachments, string place)
    {
        var joined = new JsonObject();
        foreach (var (name, bundle) in attachments)
            joined[name] = bundle is JsonObject b ? MultilineText.JoinBundle(new JsonFields(b, place, $"attachments.{name}.")) : bundle?.DeepClone();
        return joined;
    }
}
