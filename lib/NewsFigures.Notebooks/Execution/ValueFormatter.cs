using System.Collections;
using System.Reflection;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.DotNet.Interactive.Formatting;
using NewsFigures.Notebooks.Io;

namespace NewsFigures.Notebooks.Execution;

/// <summary>
/// Turns a value into a Jupyter MIME bundle. By convention, without referencing the value's library:
/// a public ToMimeBundle() gives the whole bundle (charts), a public ToHtml() gives text/html, anything
/// registered with Microsoft.DotNet.Interactive.Formatting by its library uses that formatter, anything
/// tabular (a sequence of objects, or a DataFrame-like Columns/Rows shape) becomes an HTML table, and the
/// rest goes through the Formatter's defaults.
/// </summary>
internal sealed class ValueFormatter
{
    public JsonObject Format(object? value)
    {
        if (value is null) return new JsonObject { ["text/plain"] = "<null>" };
        var type = value.GetType();
        if (Invoke(value, "ToMimeBundle") is { } bundle) return FromBundle(bundle, type);
        var plain = SafePlainText(value);
        if (Invoke(value, "ToHtml") is { } html) return new JsonObject { ["text/html"] = html.ToString(), ["text/plain"] = plain };
        if (!HasRegisteredHtmlFormatter(type) && HtmlTable.TryFormat(value) is { } table)
            return new JsonObject { ["text/html"] = table, ["text/plain"] = plain };
        var data = new JsonObject();
        foreach (var mime in Formatter.GetPreferredMimeTypesFor(type).Where(m => m != "text/plain"))
            data[mime] = ToJson(mime, value.ToDisplayString(mime)); // JSON types (plotly) as JSON, not a string
        data["text/plain"] = plain;
        return data;
    }

    /// <summary>True when a library registered its own HTML formatter for this type (or a base of it) with the
    /// Formatter; the formatter's built-in defaults, for framework types, do not count.</summary>
    private static bool HasRegisteredHtmlFormatter(Type type)
    {
        var registered = Formatter.GetPreferredFormatterFor(type, "text/html").Type;
        var assembly = registered.Assembly.GetName().Name ?? "";
        return registered != typeof(object) && !assembly.StartsWith("System", StringComparison.Ordinal)
            && assembly is not ("netstandard" or "mscorlib" or "Microsoft.DotNet.Interactive.Formatting");
    }

    private static string SafePlainText(object value) => value switch
    {
        string s => s,
        IFormattable f => f.ToString(null, System.Globalization.CultureInfo.InvariantCulture),
        _ => value.ToDisplayString("text/plain"),
    };

    private static object? Invoke(object value, string method)
    {
        var info = value.GetType().GetMethod(method, BindingFlags.Public | BindingFlags.Instance, Type.EmptyTypes);
        return info is null || info.ReturnType == typeof(void) ? null : info.Invoke(value, null);
    }

    private static JsonObject FromBundle(object bundle, Type source)
    {
        if (bundle is not IEnumerable entries)
            throw new InvalidOperationException($"{source.Name}.ToMimeBundle() must return a dictionary of MIME type to data.");
        var data = new JsonObject();
        foreach (var entry in entries)
        {
            var entryType = entry!.GetType();
            var mime = entryType.GetProperty("Key")?.GetValue(entry) as string
                ?? throw new InvalidOperationException($"{source.Name}.ToMimeBundle() must use MIME type strings as keys.");
            data[mime] = ToJson(mime, entryType.GetProperty("Value")?.GetValue(entry));
        }
        return data;
    }

    private static JsonNode? ToJson(string mime, object? value) => value switch
    {
        null => null,
        JsonNode node => node.DeepClone(),
        JsonElement element => JsonNode.Parse(element.GetRawText()),
        byte[] bytes => Convert.ToBase64String(bytes),
        string text when MultilineText.IsJsonMime(mime) => JsonNode.Parse(text),
        string text => text,
        _ when MultilineText.IsJsonMime(mime) => JsonSerializer.SerializeToNode(value),
        _ => value.ToString(),
    };
}
