using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Markdig;

namespace NewsFigures.Notebooks.Report;

/// <summary>
/// HTML for one cell output. Images become files under images/ named from notebook, cell and output;
/// an interactive chart is drawn with the site's plotly.js, with its static PNG for print and links to
/// its PNG, SVG and CSV.
/// </summary>
internal sealed partial class OutputHtml(SiteFiles files, MarkdownPipeline markdown, bool interactiveCharts)
{
    public const string PlotlyMime = "application/vnd.plotly.v1+json";

    public string Render(CellOutput output, string stem, int cell, int index) => output.OutputType switch
    {
        "stream" => $"<pre class=\"output stream {Encode(output.StreamName ?? "stdout")}\">{Encode(output.Text ?? "")}</pre>\n",
        "error" => $"<pre class=\"output error\">{Encode(Ansi().Replace(string.Join("\n", ErrorLines(output)), ""))}</pre>\n",
        "display_data" or "execute_result" when output.Data is { } data => Bundle(data, $"{stem}-cell{cell}-{index}"),
        _ => "",
    };

    private static IEnumerable<string> ErrorLines(CellOutput output) =>
        output.Traceback.Count > 0 ? output.Traceback : [$"{output.ErrorName}: {output.ErrorValue}"];

    private string Bundle(JsonObject data, string name)
    {
        var png = Text(data, "image/png") is { } base64 && Base64(base64) is { } bytes ? files.Write($"images/{name}.png", bytes) : null;
        var svg = Text(data, "image/svg+xml") is { } svgText ? files.Write($"images/{name}.svg", svgText) : null;
        if (data[PlotlyMime] is JsonObject figure)
        {
            // A chart's data is published beside its images (a table's CSV stays in the notebook).
            var csv = Text(data, "text/csv") is { } csvText ? files.Write($"data/{name}.csv", csvText) : null;
            return Chart(figure, name, png is not null, svg is not null, csv is not null);
        }
        if (Text(data, "text/html") is { } html) return $"<div class=\"output html\">{html}</div>\n";
        if (svg is not null) return $"<img class=\"output image\" src=\"images/{name}.svg\" alt=\"output image\">\n";
        if (png is not null) return $"<img class=\"output image\" src=\"images/{name}.png\" alt=\"output image\">\n";
        if (Text(data, "text/markdown") is { } md) return $"<div class=\"output markdown\">{Markdown.ToHtml(md, markdown)}</div>\n";
        if (Text(data, "text/plain") is { } plain) return $"<pre class=\"output text\">{Encode(plain)}</pre>\n";
        return "";
    }

    private string Chart(JsonObject figure, string name, bool png, bool svg, bool csv)
    {
        var html = new StringBuilder("<figure class=\"chart\">\n");
        if (interactiveCharts)
        {
            html.Append(Execution.PlotlyHtml.Fragment(name, figure.ToJsonString(), " class=\"chart-interactive\""));
        }
        if (png) html.Append($"<img class=\"chart-static{(interactiveCharts ? "" : " always")}\" src=\"images/{name}.png\" alt=\"chart\">\n");
        var links = new List<string>();
        if (png) links.Add($"<a href=\"images/{name}.png\">PNG</a>");
        if (svg) links.Add($"<a href=\"images/{name}.svg\">SVG</a>");
        if (csv) links.Add($"<a href=\"data/{name}.csv\">CSV</a>");
        if (links.Count > 0) html.Append("<figcaption class=\"chart-links\">Download: ").Append(string.Join(" · ", links)).Append("</figcaption>\n");
        return html.Append("</figure>\n").ToString();
    }

    private static string? Text(JsonObject data, string mime) =>
        data[mime] is JsonValue value && value.TryGetValue<string>(out var text) ? text : null;

    /// <summary>An image that is not base64 (a damaged notebook) is left out, not a failed page.</summary>
    private static byte[]? Base64(string text)
    {
        var bytes = new byte[text.Length / 4 * 3 + 3];
        return Convert.TryFromBase64String(text, bytes, out var length) ? bytes[..length] : null;
    }

    private static string Encode(string text) => WebUtility.HtmlEncode(text);

    [GeneratedRegex(@"\x1b\[[0-9;]*[A-Za-z]")]
    private static partial Regex Ansi();
}
