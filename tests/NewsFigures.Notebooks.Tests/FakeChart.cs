using System.Globalization;

namespace NewsFigures.Notebooks.Tests;

/// <summary>
/// Stands in for a chart from another library. The runner knows it only through the display it declares by .NET
/// Interactive's convention: an attribute named TypeFormatterSourceAttribute, defined by the library itself.
/// </summary>
[TypeFormatterSource(typeof(FakeChartFormatters), PreferredMimeTypes = ["application/vnd.plotly.v1+json", "image/png", "image/svg+xml", "text/csv", "text/plain"])]
public sealed class FakeChart(string title, params (int X, double Y)[] points)
{
    public string Title => title;

    /// <summary>The static image, base64; a real-sized one where print layout is tested.</summary>
    public string Png { get; init; } = OnePixelPng;

    public string Plotly() => new JsonObject
    {
        ["data"] = new JsonArray(new JsonObject
        {
            ["type"] = "scatter",
            ["mode"] = "lines+markers",
            ["x"] = new JsonArray(points.Select(p => (JsonNode?)p.X).ToArray()),
            ["y"] = new JsonArray(points.Select(p => (JsonNode?)p.Y).ToArray()),
        }),
        ["layout"] = new JsonObject { ["title"] = new JsonObject { ["text"] = title }, ["font"] = new JsonObject { ["family"] = "Liberation Sans" } },
    }.ToJsonString();

    public string Svg() => $"<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"10\" height=\"10\"><title>{title}</title></svg>";

    public string Csv() => "x,y\n" + string.Concat(points.Select(p => $"{p.X},{p.Y.ToString(CultureInfo.InvariantCulture)}\n"));

    public const string OnePixelPng = "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==";
}

/// <summary>The convention's attribute, matched by name: the test library references no notebook package for it.</summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class TypeFormatterSourceAttribute(Type formatterSourceType) : Attribute
{
    public Type FormatterSourceType { get; } = formatterSourceType;

    public string[]? PreferredMimeTypes { get; set; }
}

public sealed class FakeChartFormatters
{
    public IEnumerable<object> CreateTypeFormatters() =>
    [
        new FakeFormatter("application/vnd.plotly.v1+json", c => c.Plotly()),
        new FakeFormatter("image/png", c => c.Png),
        new FakeFormatter("image/svg+xml", c => c.Svg()),
        new FakeFormatter("text/csv", c => c.Csv()),
        new FakeFormatter("text/plain", c => c.Title),
    ];
}

public sealed class FakeFormatter(string mimeType, Func<FakeChart, string> format)
{
    public string MimeType => mimeType;

    public Type Type => typeof(FakeChart);

    public bool Format(object instance, TextWriter writer)
    {
        writer.Write(format((FakeChart)instance));
        return true;
    }
}

/// <summary>A sequence type whose library registers its own HTML formatter with the Formatter, as a figure table might.</summary>
public sealed class RegisteredTable(params int[] values) : IEnumerable<TableRow>
{
    public IEnumerator<TableRow> GetEnumerator() => values.Select(v => new TableRow(v)).GetEnumerator();

    System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
}

public sealed record TableRow(int Value);
