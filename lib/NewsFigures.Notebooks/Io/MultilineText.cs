using System.Text.Json.Nodes;

namespace NewsFigures.Notebooks.Io;

/// <summary>nbformat's split_lines / rejoin_lines: multi-line strings are stored on disk as lists of lines.</summary>
internal static class MultilineText
{
    public static string Join(JsonNode? node, string field, string origin) => node switch
    {
        null => "",
        JsonArray lines => string.Concat(lines.Select(l => (string?)l)),
        JsonValue value when value.TryGetValue<string>(out var text) => text,
        _ => throw new InvalidDataException($"{origin}: '{field}' must be a string or a list of strings."),
    };

    /// <summary>Python's str.splitlines(keepends=True), as nbformat writes sources and text outputs.</summary>
    public static JsonArray Split(string text)
    {
        var lines = new JsonArray();
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (!IsLineBreak(c)) continue;
            if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n') i++;
            lines.Add(text[start..(i + 1)]);
            start = i + 1;
        }
        if (start < text.Length) lines.Add(text[start..]);
        return lines;
    }

    private static bool IsLineBreak(char c) =>
        c is '\n' or '\r' or '\v' or '\f' or '\x1c' or '\x1d' or '\x1e' or '\x85' or '\u2028' or '\u2029';

    /// <summary>MIME types nbformat leaves as JSON values rather than text.</summary>
    public static bool IsJsonMime(string mime) =>
        mime == "application/json" || (mime.StartsWith("application/", StringComparison.Ordinal) && mime.EndsWith("+json", StringComparison.Ordinal));

    /// <summary>MIME types whose string values nbformat writes as lists of lines.</summary>
    public static bool IsSplitMime(string mime) =>
        mime.StartsWith("text/", StringComparison.Ordinal) || mime is "application/javascript" or "image/svg+xml";

    public static JsonObject JoinBundle(JsonObject bundle, string origin)
    {
        var joined = new JsonObject();
        foreach (var (mime, value) in bundle)
        {
            joined[mime] = !IsJsonMime(mime) && value is JsonArray array && array.All(v => v is JsonValue s && s.TryGetValue<string>(out _))
                ? Join(array, mime, origin)
                : value?.DeepClone();
        }
        return joined;
    }

    public static JsonObject SplitBundle(JsonObject bundle)
    {
        var split = new JsonObject();
        foreach (var (mime, value) in bundle)
        {
            split[mime] = IsSplitMime(mime) && value is JsonValue v && v.TryGetValue<string>(out var text)
                ? Split(text)
                : value?.DeepClone();
        }
        return split;
    }
}
