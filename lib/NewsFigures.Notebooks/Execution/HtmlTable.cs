using System.Collections;
using System.Globalization;
using System.Net;
using System.Reflection;
using System.Text;

namespace NewsFigures.Notebooks.Execution;

/// <summary>
/// An HTML table for tabular values: a sequence of records or objects (one column per public property), or
/// anything shaped like a DataFrame (Columns with a Name, Rows that enumerate cell values). The DataFrame is
/// recognised by shape so this library needs no reference to Microsoft.Data.Analysis.
/// </summary>
internal static class HtmlTable
{
    private const int MaxRows = 200;

    public static string? TryFormat(object value)
    {
        if (value is string) return null;
        if (DataFrameShape(value) is { } frame) return frame;
        if (value is not IEnumerable sequence) return null;
        var elementType = ElementType(value.GetType());
        if (elementType is null || IsScalar(elementType)) return null;
        var properties = elementType.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.GetIndexParameters().Length == 0 && p.Name != "EqualityContract").ToList();
        if (properties.Count == 0) return null;
        var rows = sequence.Cast<object?>().Select(item => properties.Select(p => item is null ? null : p.GetValue(item)));
        return Build(properties.Select(p => p.Name), rows);
    }

    private static string? DataFrameShape(object value)
    {
        var type = value.GetType();
        if (type.GetProperty("Columns")?.GetValue(value) is not IEnumerable columns) return null;
        if (type.GetProperty("Rows")?.GetValue(value) is not IEnumerable rows) return null;
        var names = columns.Cast<object>().Select(c => c.GetType().GetProperty("Name")?.GetValue(c) as string).ToList();
        if (names.Count == 0 || names.Any(n => n is null)) return null;
        return Build(names!, rows.Cast<object>().Select(r => r is IEnumerable cells ? cells.Cast<object?>() : [r]));
    }

    private static string Build(IEnumerable<string> headers, IEnumerable<IEnumerable<object?>> rows)
    {
        var html = new StringBuilder("<table class=\"nb-table\"><thead><tr>");
        foreach (var header in headers) html.Append("<th>").Append(WebUtility.HtmlEncode(header)).Append("</th>");
        html.Append("</tr></thead><tbody>");
        var count = 0;
        foreach (var row in rows)
        {
            if (++count > MaxRows) continue;
            html.Append("<tr>");
            foreach (var cell in row) html.Append("<td>").Append(WebUtility.HtmlEncode(Text(cell))).Append("</td>");
            html.Append("</tr>");
        }
        html.Append("</tbody></table>");
        if (count > MaxRows) html.Append(CultureInfo.InvariantCulture, $"<p class=\"nb-table-more\">{count - MaxRows} more rows not shown ({count} in all).</p>");
        return html.ToString();
    }

    private static string Text(object? value) => value switch
    {
        null => "",
        string s => s,
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        IEnumerable e => string.Join(", ", e.Cast<object?>().Select(Text)),
        _ => value.ToString() ?? "",
    };

    private static Type? ElementType(Type type) =>
        type.IsArray ? type.GetElementType()
        : type.GetInterfaces().Append(type)
            .FirstOrDefault(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IEnumerable<>))
            ?.GetGenericArguments()[0];

    private static bool IsScalar(Type type) =>
        type.IsPrimitive || type.IsEnum || type == typeof(string) || type == typeof(decimal) || type == typeof(object)
        || type == typeof(DateTime) || type == typeof(DateTimeOffset) || type == typeof(DateOnly) || type == typeof(TimeSpan)
        || type == typeof(Guid) || Nullable.GetUnderlyingType(type) is not null || typeof(IEnumerable).IsAssignableFrom(type);
}
