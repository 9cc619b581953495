using System.Text.Json.Nodes;
using NewsFigures.Notebooks.Io;

namespace NewsFigures.Notebooks;

/// <summary>
/// One output of a code cell, kept as its nbformat JSON (multi-line strings joined) so fields the
/// runner does not know survive a round trip.
/// </summary>
public sealed record CellOutput(JsonObject Json)
{
    // The reader checks these fields; the accessors still never throw on a model built by hand.
    public string OutputType => JsonKind.StringOf(Json["output_type"]) ?? "";

    /// <summary>The MIME bundle of a display_data or execute_result output, else null.</summary>
    public JsonObject? Data => Json["data"] as JsonObject;

    /// <summary>The text of a stream output, else null.</summary>
    public string? Text => JsonKind.StringOf(Json["text"]);

    public string? StreamName => JsonKind.StringOf(Json["name"]);

    public string? ErrorName => JsonKind.StringOf(Json["ename"]);

    public string? ErrorValue => JsonKind.StringOf(Json["evalue"]);

    public IReadOnlyList<string> Traceback =>
        Json["traceback"] is JsonArray lines ? lines.Select(l => JsonKind.StringOf(l) ?? "").ToList() : [];

    public static CellOutput Stream(string name, string text) =>
        new(new JsonObject { ["output_type"] = "stream", ["name"] = name, ["text"] = text });

    public static CellOutput DisplayData(JsonObject data) =>
        new(new JsonObject { ["output_type"] = "display_data", ["data"] = data, ["metadata"] = new JsonObject() });

    public static CellOutput ExecuteResult(int executionCount, JsonObject data) =>
        new(new JsonObject
        {
            ["output_type"] = "execute_result",
            ["execution_count"] = executionCount,
            ["data"] = data,
            ["metadata"] = new JsonObject(),
        });

    public static CellOutput Error(string name, string value, IEnumerable<string> traceback) =>
        new(new JsonObject
        {
            ["output_type"] = "error",
            ["ename"] = name,
            ["evalue"] = value,
            ["traceback"] = new JsonArray(traceback.Select(l => (JsonNode?)JsonValue.Create(l)).ToArray()),
        });
}
