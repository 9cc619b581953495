using System.Text.Json.Nodes;

namespace NewsFigures.Notebooks.Io;

/// <summary>nbformat's split_lines / rejoin_lines: multi-line strings are stored on disk as lists of lines.</summary>
internal static class MultilineText
{
    private const string Expected = "a string or a list of strings";

    /// <summary>A multi-line field (source, a stream's text, a MIME type's value) as one string; absent or null is empty.</summary>
    public static string Join(JsonFields fields, string name) => fields[name] switch
    {
        null => "",
        JsonArray lines => string.Concat(lines.Select((line, i) => JsonKind.StringOf(line) ?? throw fields.WrongItem(name, Expected, i, line))),
        var node => JsonKind.StringOf(node) ?? throw fields.Wrong(name, Expected, node),
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

    /// <summary>A MIME bundle with its text values joined; nbformat allows any JSON only under JSON MIME types.</summary>
    public static JsonObject JoinBundle(JsonFields bundle)
    {
        var joined = new JsonObject();
        foreach (var (mime, value) in bundle.Json)
        {
            joined[mime] = IsJsonMime(mime) ? value?.DeepClone()
                : value is JsonArray ? Join(bundle, mime)
                : JsonKind.StringOf(value) ?? throw bundle.Wrong(mime, Expected, value);
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
