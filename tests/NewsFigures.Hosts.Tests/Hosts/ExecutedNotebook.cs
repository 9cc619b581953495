using System.Text.Json;
using System.Text.Json.Nodes;

namespace NewsFigures.Hosts.Tests.Hosts;

/// <summary>
/// Reads the outputs of an executed .ipynb, as our runner and Jupyter's nbconvert write it: execute_result is a value,
/// display_data a display, stream and error themselves. A JSON MIME type may hold an object or, as the dotnet-interactive
/// tool sends application/vnd.plotly.v1+json, a string of JSON: both become JSON text.
/// </summary>
public static class ExecutedNotebook
{
    /// <summary>The cell our runner inserts above a failed notebook to say where it stopped; not one of the notebook's cells.</summary>
    private const string ErrorBannerTag = "notebook-error-banner";

    public static IReadOnlyList<CellOutputs> Read(string path)
    {
        var notebook = JsonNode.Parse(File.ReadAllText(path)) ?? throw new InvalidDataException($"{path}: not JSON.");
        var cells = (notebook["cells"] as JsonArray ?? throw new InvalidDataException($"{path}: no cells."))
            .OfType<JsonObject>()
            .Where(cell => !Tags(cell).Contains(ErrorBannerTag));
        return cells.Select((cell, i) => new CellOutputs(i + 1,
            (cell["outputs"] as JsonArray ?? []).OfType<JsonObject>().Select(Output).ToList())).ToList();
    }

    private static HostOutput Output(JsonObject output) => (string?)output["output_type"] switch
    {
        "execute_result" => new HostOutput(HostOutput.Value, Bundle(output["data"])),
        "display_data" => new HostOutput(HostOutput.Display, Bundle(output["data"])),
        "stream" => new HostOutput(HostOutput.Stream, new Dictionary<string, string> { ["text/plain"] = Text(output["text"]) }),
        "error" => new HostOutput(HostOutput.Error, new Dictionary<string, string>
        {
            ["text/plain"] = $"{output["ename"]}: {output["evalue"]}\n{string.Join('\n', Lines(output["traceback"]))}".TrimEnd(),
        }),
        var other => throw new InvalidDataException($"unknown output_type '{other}'."),
    };

    private static Dictionary<string, string> Bundle(JsonNode? data) =>
        (data as JsonObject ?? []).ToDictionary(p => p.Key, p => MimeText(p.Key, p.Value), StringComparer.Ordinal);

    private static string MimeText(string mime, JsonNode? value) => value switch
    {
        JsonArray lines when !IsJson(mime) => Text(lines),
        JsonValue text when text.GetValueKind() == JsonValueKind.String => (string)text!,
        null => "null",
        _ => value.ToJsonString(),
    };

    /// <summary>application/json and the +json types are JSON in nbformat; every other type is text, as a string or a list of lines.</summary>
    public static bool IsJson(string mime) => mime == "application/json" || mime.EndsWith("+json", StringComparison.Ordinal);

    private static string Text(JsonNode? node) => node switch
    {
        JsonArray lines => string.Concat(lines.Select(l => (string?)l)),
        null => "",
        _ => (string?)node ?? "",
    };

    private static IEnumerable<string?> Lines(JsonNode? node) => (node as JsonArray ?? []).Select(l => (string?)l);

    private static IEnumerable<string?> Tags(JsonObject cell) =>
        Lines(cell["metadata"]?["tags"]);
}
