using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace NewsFigures.Notebooks.Io;

/// <summary>
/// Serializes JSON exactly as Python's json.dumps(sort_keys=True, indent=1, ensure_ascii=False) does,
/// which is how nbformat writes notebooks; so a Jupyter-written file reads and writes back byte for byte.
/// </summary>
internal static class PythonStyleJson
{
    public static string Write(JsonNode? node)
    {
        var builder = new StringBuilder();
        WriteNode(builder, node, 0);
        return builder.Append('\n').ToString();
    }

    private static void WriteNode(StringBuilder b, JsonNode? node, int depth)
    {
        switch (node)
        {
            case null:
                b.Append("null");
                break;
            case JsonObject obj:
                WriteObject(b, obj, depth);
                break;
            case JsonArray array:
                WriteArray(b, array, depth);
                break;
            case JsonValue value when value.GetValueKind() == JsonValueKind.String:
                WriteString(b, value.GetValue<string>());
                break;
            default:
                b.Append(node.ToJsonString());
                break;
        }
    }

    private static void WriteObject(StringBuilder b, JsonObject obj, int depth)
    {
        if (obj.Count == 0) { b.Append("{}"); return; }
        b.Append('{');
        var first = true;
        foreach (var (key, value) in obj.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            b.Append(first ? "\n" : ",\n").Append(' ', depth + 1);
            first = false;
            WriteString(b, key);
            b.Append(": ");
            WriteNode(b, value, depth + 1);
        }
        b.Append('\n').Append(' ', depth).Append('}');
    }

    private static void WriteArray(StringBuilder b, JsonArray array, int depth)
    {
        if (array.Count == 0) { b.Append("[]"); return; }
        b.Append('[');
        for (var i = 0; i < array.Count; i++)
        {
            b.Append(i == 0 ? "\n" : ",\n").Append(' ', depth + 1);
            WriteNode(b, array[i], depth + 1);
        }
        b.Append('\n').Append(' ', depth).Append(']');
    }

    private static void WriteString(StringBuilder b, string s)
    {
        b.Append('"');
        foreach (var c in s)
        {
            switch (c)
            {
                case '"': b.Append("\\\""); break;
                case '\\': b.Append("\\\\"); break;
                case '\n': b.Append("\\n"); break;
                case '\r': b.Append("\\r"); break;
                case '\t': b.Append("\\t"); break;
                case '\b': b.Append("\\b"); break;
                case '\f': b.Append("\\f"); break;
                case < ' ': b.Append("\\u").Append(((int)c).ToString("x4")); break;
                default: b.Append(c); break;
            }
        }
        b.Append('"');
    }
}
