using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using Plotly.NET;
using PlotlyChart = Plotly.NET.CSharp.Chart;

namespace NewsFigures.Charts;

/// <summary>The interactive rendering: Plotly.NET builds the traces, then the meaning-carrying styles are set.</summary>
public static class PlotlyFigure
{
    public const string FontFamily = "Liberation Sans, DejaVu Sans, sans-serif";

    /// <summary>The plotly figure JSON ({data, layout, config}), deterministic for the same chart.</summary>
    public static string Json(ChartSpec chart) => Build(chart).ToJsonString();

    /// <summary>A div plus a script calling Plotly.newPlot; carries no plotly.js and names no CDN.</summary>
    public static string HtmlFragment(ChartSpec chart, string? divId = null) => HtmlFragment(Json(chart), divId);

    /// <summary>The fragment for a figure JSON already built (building it is the costly part).</summary>
    internal static string HtmlFragment(string json, string? divId = null)
    {
        var id = divId ?? "chart-" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(json)))[..12];
        return $"<div id=\"{id}\" style=\"width:100%;height:480px\"></div>\n" +
               $"<script>(function(){{var f={json};Plotly.newPlot(\"{id}\",f.data,f.layout,f.config);}})();</script>\n";
    }

    /// <summary>A standalone page with plotly.js inlined: works with no network at all.</summary>
    public static string StandalonePage(ChartSpec chart) =>
        "<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>" +
        System.Net.WebUtility.HtmlEncode(chart.TitleText ?? "chart") + "</title>\n<script>" + PlotlyJs.Source() +
        "</script></head><body>\n" + HtmlFragment(chart) + "</body></html>\n";

    internal static JsonObject Build(ChartSpec chart)
    {
        var plan = Plan(chart);
        var traces = plan.Select(t => Trace(chart, t.Name, t.Points)).ToArray();
        var generic = PlotlyChart.Combine(traces);
        var figure = JsonNode.Parse(GenericChart.toFigureJson(generic))!.AsObject();
        StyleTraces(chart, plan, figure["data"]!.AsArray());
        figure["layout"] = Layout(chart);
        figure["config"] = new JsonObject { ["responsive"] = true, ["displaylogo"] = false };
        return figure;
    }

    /// <summary>
    /// One entry per plotly trace: bars per series, or per series a solid line (every point, with gaps where
    /// points are derived) and a dashed line through the derived points and their stated neighbours.
    /// </summary>
    internal static List<(string Name, List<ChartPoint> Points, bool Derived, string Color)> Plan(ChartSpec chart) =>
        chart.Series.SelectMany((s, i) => chart.Kind != ChartKind.GrowthLine
            ? [(s.Name, s.Points.ToList(), false, Palette[i % Palette.Length])]
            : new[] { (s.Name, s.Points.ToList(), false, Palette[i % Palette.Length]),
                      (s.Name + " (derived)", WithNeighbours(s.Points).ToList(), true, Palette[i % Palette.Length]) }
                .Where(t => t.Item2.Count > 0)).ToList();

    // The same Category10 colours ScottPlot uses, so both renderings agree; a series' two traces share one.
    static readonly string[] Palette = ["#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd", "#8c564b"];

    static GenericChart Trace(ChartSpec chart, string name, List<ChartPoint> points) => chart.Kind == ChartKind.GrowthLine
        ? Scatter(name, points)
        : PlotlyChart.Column<double, string, string>(
            values: points.Select(p => p.Value), Keys: Some(points.Select(p => p.Label)),
            Name: name, MultiText: Some(points.Select(p => p.HoverText)));

    // Plotly.NET.CSharp's implicit Optional conversion does not apply to interface types.
    static Plotly.NET.CSharp.Optional<IEnumerable<string>> Some(IEnumerable<string> values) => new(values, true);

    static GenericChart Scatter(string name, IReadOnlyList<ChartPoint> points) =>
        PlotlyChart.Scatter<double, double, string>(
            x: points.Select(p => p.X), y: points.Select(p => p.Value),
            mode: StyleParam.Mode.Lines_Markers, Name: name, MultiText: Some(points.Select(p => p.HoverText)));

    /// <summary>Derived points with the stated points next to them, so the dashed line joins the solid one.</summary>
    static IEnumerable<ChartPoint> WithNeighbours(IReadOnlyList<ChartPoint> points) =>
        points.Where((p, i) => p.Derived || (i > 0 && points[i - 1].Derived) || (i + 1 < points.Count && points[i + 1].Derived));

    static void StyleTraces(ChartSpec chart, List<(string Name, List<ChartPoint> Points, bool Derived, string Color)> plan, JsonArray data)
    {
        var span = chart.Series.SelectMany(s => s.Points).Select(p => Math.Abs(p.Value)).DefaultIfEmpty(1).Max() * 0.08;
        for (var i = 0; i < data.Count; i++)
        {
            var trace = data[i]!.AsObject();
            var (_, points, isDerivedTrace, color) = plan[i];
            trace["hoverinfo"] = "text+y";
            if (chart.Kind == ChartKind.GrowthLine)
            {
                // The stated line leaves a gap at derived points, so only the dashed trace crosses them.
                if (!isDerivedTrace)
                    trace["y"] = new JsonArray([.. points.Select(p => p.Derived ? null : JsonValue.Create(p.Value))]);
                trace["line"] = new JsonObject { ["dash"] = isDerivedTrace ? "dash" : "solid", ["width"] = 2, ["color"] = color };
                trace["marker"] = new JsonObject
                {
                    ["color"] = color, ["line"] = new JsonObject { ["color"] = color, ["width"] = 2 },
                    ["size"] = 9,
                    ["symbol"] = new JsonArray([.. points.Select(p => (JsonNode)(p.Derived ? "circle-open" : "circle"))]),
                };
            }
            else
            {
                trace["marker"] = new JsonObject { ["color"] = color };
                trace["textposition"] = "none"; // the text is for hovering; plotly would print it inside the bars
            }
            if (points.Any(p => p.Bound is ValueBound.Lower or ValueBound.Upper))
                trace["error_y"] = new JsonObject
                {
                    ["type"] = "data", ["symmetric"] = false, ["visible"] = true,
                    ["array"] = new JsonArray([.. points.Select(p => (JsonNode)(p.Bound == ValueBound.Lower ? span : 0))]),
                    ["arrayminus"] = new JsonArray([.. points.Select(p => (JsonNode)(p.Bound == ValueBound.Upper ? span : 0))]),
                };
        }
    }

    /// <summary>Line charts tick at their points' periods ("2021", not "2,021.5"); bar labels are wrapped to their bar's
    /// width and kept level, so the space under the plot is known.</summary>
    static JsonObject XAxis(ChartSpec chart)
    {
        var axis = new JsonObject { ["title"] = new JsonObject { ["text"] = chart.XLabel ?? "" } };
        if (chart.Kind != ChartKind.GrowthLine)
        {
            var labels = BarLabels(chart);
            axis["tickmode"] = "array";
            axis["tickvals"] = new JsonArray([.. labels.Select(l => (JsonNode)l.Label)]);
            axis["ticktext"] = new JsonArray([.. labels.Select(l => (JsonNode)string.Join("<br>", l.Lines.Select(PlotlyText)))]);
            axis["tickangle"] = 0;
            return axis;
        }
        var ticks = chart.Series.SelectMany(s => s.Points).DistinctBy(p => p.X).OrderBy(p => p.X).ToList();
        axis["tickmode"] = "array";
        axis["tickvals"] = new JsonArray([.. ticks.Select(p => (JsonNode)p.X)]);
        axis["ticktext"] = new JsonArray([.. ticks.Select(p => (JsonNode)p.Label)]);
        return axis;
    }

    static List<(string Label, IReadOnlyList<string> Lines)> BarLabels(ChartSpec chart)
    {
        var labels = chart.Series.SelectMany(s => s.Points.Select(p => p.Label)).Distinct(StringComparer.Ordinal).ToList();
        return [.. labels.Select(l => (l, TextLines.Wrap(l, TextLines.PerBar(PlotWidth, labels.Count))))];
    }

    // The plot area of a notebook cell is about 700 px wide; the 11 px caption fits about 110 characters in it.
    const int PlotWidth = 700, CaptionWidth = 110;

    /// <summary>
    /// Under the plot, from the top: tick labels (17 px a line), the x title, then the source note, placed in pixels
    /// from the plot's bottom edge so it never overlaps them; the bottom margin makes room for all three.
    /// </summary>
    static JsonObject Layout(ChartSpec chart)
    {
        var caption = SourceCaption.Lines(chart, CaptionWidth);
        var tickLines = chart.Kind == ChartKind.GrowthLine ? 1 : BarLabels(chart).Select(l => l.Lines.Count).DefaultIfEmpty(1).Max();
        var captionTop = 10 + 17 * tickLines + (string.IsNullOrEmpty(chart.XLabel) ? 0 : 40);
        return new()
        {
            ["title"] = new JsonObject { ["text"] = chart.TitleText ?? "" },
            ["font"] = new JsonObject { ["family"] = FontFamily, ["size"] = 13 },
            ["xaxis"] = XAxis(chart),
            ["yaxis"] = new JsonObject { ["title"] = new JsonObject { ["text"] = chart.EffectiveYLabel }, ["rangemode"] = "tozero" },
            ["margin"] = new JsonObject { ["b"] = captionTop + 15 * caption.Count + 10 },
            ["annotations"] = new JsonArray(new JsonObject
            {
                ["text"] = string.Join("<br>", caption.Select(PlotlyText)), ["showarrow"] = false, ["align"] = "left",
                ["xref"] = "paper", ["yref"] = "paper", ["x"] = 0, ["y"] = 0, ["xanchor"] = "left", ["yanchor"] = "top",
                ["yshift"] = -captionTop,
                ["font"] = new JsonObject { ["size"] = 11 },
            }),
        };
    }

    /// <summary>Plotly reads annotation and tick text as a little HTML: a "&lt;" in "&lt; 40.29 billion USD" must be an entity.</summary>
    static string PlotlyText(string text) => text.Replace("&", "&amp;").Replace("<", "&lt;").Replace(">", "&gt;");
}
