using System.Text.Json.Nodes;

namespace NewsFigures.Notebooks.Io;

/// <summary>Reads one output of a code cell, checking the fields nbformat defines for its output_type.</summary>
internal static class OutputReader
{
    public static CellOutput Read(JsonNode? node, string place)
    {
        var output = new JsonFields(node as JsonObject
            ?? throw new InvalidDataException($"{place}: an output must be a JSON object, not {JsonKind.Describe(node)}."), place);
        var json = (JsonObject)output.Json.DeepClone();
        switch (output.RequiredString("output_type"))
        {
            case "stream":
                output.String("name");
                json["text"] = MultilineText.Join(output, "text");
                break;
            case "display_data" or "execute_result":
                if (output.Nested("data") is { } data) json["data"] = MultilineText.JoinBundle(data);
                output.Integer("execution_count");
                break;
            case "error":
                output.String("ename");
                output.String("evalue");
                output.Strings("traceback");
                break;
            case var other:
                throw output.Fail($"unknown output_type {JsonKind.Quote(other)}; nbformat 4 has stream, display_data, execute_result and error.");
        }
        return new CellOutput(json);
    }
}
