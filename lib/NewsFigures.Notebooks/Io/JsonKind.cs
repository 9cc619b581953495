using System.Text.Json;
using System.Text.Json.Nodes;

namespace NewsFigures.Notebooks.Io;

/// <summary>What kind of JSON value a node is, in words for messages, and type-safe reads that never throw.</summary>
internal static class JsonKind
{
    /// <summary>"an object", "an array", "a string", "a number (1.5)", "a boolean" or "null".</summary>
    public static string Describe(JsonNode? node) => node switch
    {
        null => "null",
        JsonObject => "an object",
        JsonArray => "an array",
        _ => node.GetValueKind() switch
        {
            JsonValueKind.String => "a string",
            JsonValueKind.Number => $"a number ({Shorten(node.ToJsonString(), 20)})",
            JsonValueKind.True or JsonValueKind.False => "a boolean",
            _ => "null",
        },
    };

    /// <summary>The node's text when it is a JSON string, else null (where a cast would throw on a number or an object).</summary>
    public static string? StringOf(JsonNode? node) => node is JsonValue value && value.TryGetValue<string>(out var text) ? text : null;

    /// <summary>User text for a one-line message: quoted, control characters escaped, cut to a readable length.</summary>
    public static string Quote(string text) => $"'{Escape(Shorten(text, 40))}'";

    /// <summary>Control characters as \u escapes, so that text from a file cannot break a message into lines.</summary>
    public static string Escape(string text) =>
        text.Any(BreaksLine) ? string.Concat(text.Select(c => BreaksLine(c) ? $"\\u{(int)c:x4}" : c.ToString())) : text;

    private static bool BreaksLine(char c) => char.IsControl(c) || c is '\u2028' or '\u2029';

    private static string Shorten(string text, int length)
    {
        if (text.Length <= length) return text;
        if (char.IsHighSurrogate(text[length - 1])) length--; // never cut a character in half
        return text[..length] + "...";
    }
}
