using System.Globalization;

namespace NewsFigures.Notebooks.Tests;

/// <summary>
/// Sets or removes values in a JSON document by JSON Pointer ("/cells/2/id", '~1' for '/'). New values are spliced
/// in as text, so they may be anything, even what System.Text.Json could not hold (nesting 10,000 deep, "\ud800").
/// </summary>
internal static class JsonEdits
{
    /// <summary>The document with each (pointer, JSON text) applied in order; a null text removes the value. An edit
    /// whose pointer no longer leads anywhere (an earlier edit replaced its parent) is skipped.</summary>
    public static string Apply(string json, IEnumerable<(string Pointer, string? Value)> edits)
    {
        var holder = new JsonArray(JsonNode.Parse(json));
        var values = new List<string>();
        foreach (var (pointer, value) in edits)
        {
            if (Locate(holder, pointer) is not var (parent, last)) continue;
            JsonNode? marker = value is null ? null : JsonValue.Create(Marker(values.Count));
            if (value is not null) values.Add(value);
            switch (parent, last)
            {
                case (JsonObject obj, string key) when value is null: obj.Remove(key); break;
                case (JsonObject obj, string key): obj[key] = marker; break;
                case (JsonArray array, int i) when value is null: array.RemoveAt(i); break;
                case (JsonArray array, int i): array[i] = marker; break;
            }
        }
        var text = holder.Count == 0 ? "" : holder[0]?.ToJsonString() ?? "null";
        for (var i = 0; i < values.Count; i++) text = text.Replace($"\"{Marker(i)}\"", values[i], StringComparison.Ordinal);
        return text;
    }

    /// <summary>Every pointer into the document, the root ("") included, with the value it leads to.</summary>
    public static IEnumerable<(string Pointer, JsonNode? Node)> Pointers(JsonNode? node, string pointer = "")
    {
        yield return (pointer, node);
        var children = node switch
        {
            JsonObject obj => obj.Select(p => (Step: p.Key.Replace("~", "~0", StringComparison.Ordinal).Replace("/", "~1", StringComparison.Ordinal), Node: p.Value)),
            JsonArray array => array.Select((n, i) => (Step: i.ToString(CultureInfo.InvariantCulture), Node: n)),
            _ => [],
        };
        foreach (var (step, child) in children.ToList())
            foreach (var inner in Pointers(child, $"{pointer}/{step}")) yield return inner;
    }

    private static string Marker(int index) => $"@edit{index}@";

    /// <summary>The container holding the pointer's value and the key or index of it there, or null.</summary>
    private static (JsonNode Parent, object Last)? Locate(JsonArray holder, string pointer)
    {
        JsonNode parent = holder;
        object last = 0;
        foreach (var step in pointer.Split('/').Skip(1).Select(s => s.Replace("~1", "/", StringComparison.Ordinal).Replace("~0", "~", StringComparison.Ordinal)))
        {
            var next = (parent, last) switch
            {
                (JsonArray array, int i) when i < array.Count => array[i],
                (JsonObject obj, string key) => obj[key],
                _ => null,
            };
            switch (next)
            {
                case JsonObject:
                    (parent, last) = (next, step);
                    break;
                case JsonArray array when int.TryParse(step, CultureInfo.InvariantCulture, out var index) && index >= 0:
                    (parent, last) = (next, index);
                    break;
                default:
                    return null;
            }
        }
        return (parent, last) switch
        {
            (JsonArray array, int i) when i < array.Count => (parent, last),
            (JsonObject, string) => (parent, last),
            _ => null,
        };
    }
}
