using System.Text.Json.Nodes;

namespace NewsFigures.Notebooks.Kernel;

/// <summary>Reads a request's content leniently: a field that is missing or of another type takes its default.</summary>
internal static class RequestFields
{
    public static string Text(JsonObject content, string name, string fallback = "") =>
        content[name] is JsonValue value && value.TryGetValue<string>(out var text) ? text : fallback;

    public static bool Flag(JsonObject content, string name, bool fallback) =>
        content[name] is JsonValue value && value.TryGetValue<bool>(out var flag) ? flag : fallback;

    public static int? Number(JsonObject content, string name) =>
        content[name] is JsonValue value && value.TryGetValue<int>(out var number) ? number : null;
}
