using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.DotNet.Interactive.Formatting;
using NewsFigures.Notebooks.Io;

namespace NewsFigures.Notebooks.Execution;

/// <summary>
/// A value as a Jupyter MIME bundle, formatted exactly as .NET Interactive formats it: by the Formatter, which honours
/// the formatters a library declares by convention (a <c>TypeFormatterSourceAttribute</c> on the type, with its preferred
/// MIME types), formatters registered in a cell, and the native displays of well-known packages
/// (<see cref="NativeDisplays"/>). Every bundle also carries text/plain, as Jupyter expects.
/// </summary>
internal static class MimeBundles
{
    /// <summary>The value in its preferred MIME types, or in the ones given.</summary>
    public static JsonObject Of(object? value, params string[] mimeTypes)
    {
        NativeDisplays.Install();
        return From(value, FormattedValue.CreateManyFromObject(value!, mimeTypes));
    }

    /// <summary>Formatted values as a bundle: JSON types as JSON (nbformat stores them so), the rest as strings; text/plain
    /// of the value is added when missing, unless <paramref name="addPlainText"/> is false.</summary>
    public static JsonObject From(object? value, IEnumerable<FormattedValue> formatted, bool addPlainText = true)
    {
        var data = new JsonObject();
        foreach (var item in formatted)
            data[item.MimeType] = MultilineText.IsJsonMime(item.MimeType) ? ParseJson(item.Value, item.MimeType) : item.Value;
        if (addPlainText && !data.ContainsKey(PlainTextFormatter.MimeType))
            data[PlainTextFormatter.MimeType] = value is null ? Formatter.NullString : value.ToDisplayString(PlainTextFormatter.MimeType);
        return data;
    }

    private static JsonNode? ParseJson(string text, string mime)
    {
        try { return JsonNode.Parse(text); }
        catch (JsonException e) { throw new InvalidOperationException($"the {mime} formatter wrote invalid JSON: {e.Message}", e); }
    }
}
