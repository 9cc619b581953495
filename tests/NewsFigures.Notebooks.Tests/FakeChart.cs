namespace NewsFigures.Notebooks.Tests;

/// <summary>Stands in for a chart from another library: the runner knows it only by its ToMimeBundle() method.</summary>
public sealed class FakeChart(string title, params (int X, double Y)[] points)
{
    public IReadOnlyDictionary<string, object> ToMimeBundle() => new Dictionary<string, object>
    {
        ["application/vnd.plotly.v1+json"] = new JsonObject
        {
            ["data"] = new JsonArray(new JsonObject
            {
                ["type"] = "scatter",
                ["mode"] = "lines+markers",
                ["x"] = new JsonArray(points.Select(p => (JsonNode?)p.X).ToArray()),
                ["y"] = new JsonArray(points.Select(p => (JsonNode?)p.Y).ToArray()),
            }),
            ["layout"] = new JsonObject { ["title"] = new JsonObject { ["text"] = title }, ["font"] = new JsonObject { ["family"] = "Liberation Sans" } },
        },
        ["image/png"] = OnePixelPng,
        ["image/svg+xml"] = $"<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"10\" height=\"10\"><title>{title}</title></svg>",
        ["text/csv"] = "x,y\n" + string.Concat(points.Select(p => $"{p.X},{p.Y.ToString(System.Globalization.CultureInfo.InvariantCulture)}\n")),
        ["text/plain"] = title,
    };

    public const string OnePixelPng = "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==";
}

/// <summary>A value that gives its own HTML, as a domain table might.</summary>
public sealed class HtmlBadge(string text)
{
    public string ToHtml() => $"<span class=\"badge\">{System.Net.WebUtility.HtmlEncode(text)}</span>";

    public override string ToString() => text;
}

/// <summary>A sequence type whose library registers its own HTML formatter, as a figure table might.</summary>
public sealed class RegisteredTable(params int[] values) : IEnumerable<TableRow>
{
    public IEnumerator<TableRow> GetEnumerator() => values.Select(v => new TableRow(v)).GetEnumerator();

    System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
}

public sealed record TableRow(int Value);
