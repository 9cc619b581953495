using System.Text.Json.Nodes;

namespace NewsFigures.Notebooks.Io;

/// <summary>
/// Checked reads of one JSON object's fields. A field of the wrong kind becomes one line naming the place
/// ("x.ipynb, cell 2") and the field ('metadata.tags'), where a cast such as <c>(string?)node</c> would throw
/// InvalidOperationException. An optional field that is null counts as absent, as nbformat's readers treat it.
/// </summary>
internal readonly record struct JsonFields(JsonObject Json, string Place, string Path = "")
{
    public JsonNode? this[string name] => Json[name];

    public string? String(string name) => Json[name] switch
    {
        null => null,
        var node => JsonKind.StringOf(node) ?? throw Wrong(name, "a string", node),
    };

    public int? Integer(string name) => Json[name] switch
    {
        null => null,
        JsonValue value when value.TryGetValue<int>(out var number) => number,
        var node => throw Wrong(name, "an integer", node),
    };

    public JsonObject? Object(string name) => Json[name] switch
    {
        null => null,
        JsonObject obj => obj,
        var node => throw Wrong(name, "an object", node),
    };

    public JsonArray? Array(string name) => Json[name] switch
    {
        null => null,
        JsonArray array => array,
        var node => throw Wrong(name, "an array", node),
    };

    /// <summary>A list of strings such as tags or a traceback; names the first item that is not a string.</summary>
    public JsonArray? Strings(string name)
    {
        var array = Json[name] switch
        {
            null => null,
            JsonArray a => a,
            var node => throw Wrong(name, "a list of strings", node),
        };
        for (var i = 0; i < (array?.Count ?? 0); i++)
            if (JsonKind.StringOf(array![i]) is null) throw WrongItem(name, "a list of strings", i, array[i]);
        return array;
    }

    /// <summary>Fields nbformat requires: absent or null is an error.</summary>
    public string RequiredString(string name) => String(Present(name, "a string"))!;

    public int RequiredInteger(string name) => Integer(Present(name, "an integer"))!.Value;

    public JsonArray RequiredArray(string name) => Array(Present(name, "an array"))!;

    /// <summary>The fields of a nested object, named from here ('metadata.polyglot_notebook.kernelName').</summary>
    public JsonFields? Nested(string name) => Object(name) is { } obj ? new JsonFields(obj, Place, $"{Path}{name}.") : null;

    public InvalidDataException Missing(string name) => Fail($"'{Path}{name}' is missing.");

    public InvalidDataException Wrong(string name, string expected, JsonNode? actual) =>
        Fail($"'{Path}{name}' must be {expected}, not {JsonKind.Describe(actual)}.");

    public InvalidDataException WrongItem(string name, string expected, int index, JsonNode? item) =>
        Fail($"'{Path}{name}' must be {expected}; item {index + 1} is {JsonKind.Describe(item)}.");

    /// <summary>Keys in the problem come from the file: control characters are escaped so the message stays one line.</summary>
    public InvalidDataException Fail(string problem) => new($"{Place}: {JsonKind.Escape(problem)}");

    private string Present(string name, string expected) =>
        !Json.ContainsKey(name) ? throw Missing(name) : Json[name] is null ? throw Wrong(name, expected, null) : name;
}
