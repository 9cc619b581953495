using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;

namespace NewsFigures.Charts;

/// <summary>The interactive rendering: the plotly figure JSON, built with System.Text.Json (no Plotly.NET code runs, so it
/// works where Plotly.NET cannot: see <see cref="PlotlyTrace"/>).</summary>
public static class PlotlyFigure
{
    /// <summary>The house font (<see cref="HouseStyle.FontFamily"/>).</summary>
    public const string FontFamily = HouseStyle.FontFamily;

    /// <summary>The plotly figure JSON ({data, layout, config}), deterministic for the same chart.</summary>
    public static string Json(ChartSpec chart) => Build(chart).ToJsonString();

    /// <summary>The plotly figure JSON of small multiples: one subplot per panel, deterministic for the same panels.</summary>
    public static string Json(ChartPanels panels) => PanelsFigure.Build(panels).ToJsonString();

    /// <summary>A div plus a script calling Plotly.newPlot; carries no plotly.js and names no CDN.</summary>
    public static string HtmlFragment(ChartSpec chart, string? divId = null) => HtmlFragment(Json(chart), divId);

    /// <summary>The fragment for a figure JSON already built, <paramref name="height"/> pixels high.</summary>
    internal static string HtmlFragment(string json, string? divId = null, int height = 480)
    {
        var id = divId ?? "chart-" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(json)))[..12];
        return $"<div id=\"{id}\" style=\"width:100%;height:{height}px\"></div>\n" +
               $"<script>(function(){{var f={json};Plotly.newPlot(\"{id}\",f.data,f.layout,f.config);}})();</script>\n";
    }

    /// <summary>A standalone page with plotly.js inlined: works with no network at all.</summary>
    public static string StandalonePage(ChartSpec chart) => StandalonePage(chart.TitleText, HtmlFragment(chart));

    /// <summary>The panels as a standalone page with plotly.js inlined.</summary>
    public static string StandalonePage(ChartPanels panels) =>
        StandalonePage(panels.TitleText, HtmlFragment(Json(panels), height: PanelsFigure.Height(panels)));

    internal static string StandalonePage(string? title, string fragment) =>
        "<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>" +
        System.Net.WebUtility.HtmlEncode(title ?? "chart") + "</title>\n<script>" + PlotlyJs.Source() +
        "</script></head><body>\n" + fragment + "</body></html>\n";

    internal static JsonObject Build(ChartSpec chart)
    {
        var span = chart.Series.SelectMany(s => s.Points).Select(p => Math.Abs(p.Value)).DefaultIfEmpty(1).Max() * 0.08;
        return new JsonObject
        {
            ["data"] = new JsonArray([.. TracePlan.Of(chart).Select(plan => PlotlyTrace.Of(chart.Kind, plan, span))]),
            ["layout"] = Layout(chart),
            ["frames"] = new JsonArray(), // as Plotly.NET wrote it: no animation
            ["config"] = new JsonObject { ["responsive"] = true, ["displaylogo"] = false },
        };
    }

    /// <summary>Line charts tick at their points' periods ("2021", not "2,021.5"); bar labels are wrapped to their bar's
    /// width and kept level, so the space under the plot is known.</summary>
    internal static JsonObject XAxis(ChartSpec chart, int plotWidth = PlotWidth)
    {
        var axis = new JsonObject { ["title"] = new JsonObject { ["text"] = AxisTitles.X(chart) } };
        if (chart.Kind != ChartKind.GrowthLine)
        {
            var labels = BarLabels(chart, plotWidth);
            axis["tickmode"] = "array";
            axis["tickvals"] = new JsonArray([.. labels.Select(l => (JsonNode)l.Label)]);
            axis["ticktext"] = new JsonArray([.. labels.Select(l => (JsonNode)string.Join("<br>", l.Lines.Select(PlotlyText)))]);
            axis["tickangle"] = 0;
            if (labels.Count < BarSlots) axis["range"] = new JsonArray(-0.5 - (BarSlots - labels.Count) / 2.0, labels.Count - 0.5 + (BarSlots - labels.Count) / 2.0);
            return axis;
        }
        var ticks = chart.Series.SelectMany(s => s.Points).DistinctBy(p => p.X).OrderBy(p => p.X).ToList();
        axis["tickmode"] = "array";
        axis["tickvals"] = new JsonArray([.. ticks.Select(p => (JsonNode)p.X)]);
        axis["ticktext"] = new JsonArray([.. ticks.Select(p => (JsonNode)p.Label)]);
        return axis;
    }

    /// <summary>A bar axis is at least this many bars wide, so one or two bars are not drawn as slabs.</summary>
    internal const int BarSlots = 3;

    internal static List<(string Label, IReadOnlyList<string> Lines)> BarLabels(ChartSpec chart, int plotWidth = PlotWidth)
    {
        var labels = chart.Series.SelectMany(s => s.Points.Select(p => p.Label)).Distinct(StringComparer.Ordinal).ToList();
        return [.. labels.Select(l => (l, TextLines.Wrap(l, TextLines.PerBar(plotWidth, labels.Count))))];
    }

    /// <summary>The value axis: the same round ticks and compact labels ("500M", "2.5%") as the static chart, computed
    /// here because plotly's "~s" format writes billions as G.</summary>
    internal static JsonObject YAxis(ChartSpec chart)
    {
        var values = ValueAxis.Of(chart);
        return new()
        {
            ["title"] = new JsonObject { ["text"] = AxisTitles.Y(chart) },
            ["range"] = new JsonArray(values.Low, values.High),
            ["tickmode"] = "array",
            ["tickvals"] = new JsonArray([.. values.Ticks.Select(t => (JsonNode)t)]),
            ["ticktext"] = new JsonArray([.. values.Labels.Select(t => (JsonNode)t)]),
        };
    }

    // The plot area of a notebook cell is about 700 px wide; the 11 px caption fits about 110 characters in it.
    internal const int PlotWidth = 700, CaptionWidth = 110;

    /// <summary>
    /// Under the plot, from the top: tick labels (17 px a line), the x title, then the source note, placed in pixels
    /// from the plot's bottom edge so it never overlaps them; the bottom margin makes room for all three.
    /// </summary>
    static JsonObject Layout(ChartSpec chart)
    {
        var caption = SourceCaption.Lines(chart, CaptionWidth);
        var tickLines = chart.Kind == ChartKind.GrowthLine ? 1 : BarLabels(chart).Select(l => l.Lines.Count).DefaultIfEmpty(1).Max();
        var captionTop = 10 + 17 * tickLines + (AxisTitles.X(chart).Length == 0 ? 0 : 40);
        return new()
        {
            ["title"] = Title(chart.TitleText),
            ["font"] = new JsonObject { ["family"] = HouseStyle.FontFamily, ["size"] = HouseStyle.FontSize },
            ["xaxis"] = XAxis(chart),
            ["yaxis"] = YAxis(chart),
            ["margin"] = new JsonObject { ["b"] = captionTop + 15 * caption.Count + 10 },
            ["annotations"] = new JsonArray(Caption(caption, captionTop)),
        };
    }

    internal static JsonObject Title(string? text) => new()
    {
        ["text"] = text ?? "", ["font"] = new JsonObject { ["size"] = HouseStyle.TitleSize },
    };

    /// <summary>The source note as an annotation <paramref name="top"/> pixels under the plot's bottom edge.</summary>
    internal static JsonObject Caption(IReadOnlyList<string> lines, int top) => new()
    {
        ["text"] = string.Join("<br>", lines.Select(PlotlyText)), ["showarrow"] = false, ["align"] = "left",
        ["xref"] = "paper", ["yref"] = "paper", ["x"] = 0, ["y"] = 0, ["xanchor"] = "left", ["yanchor"] = "top",
        ["yshift"] = -top,
        ["font"] = new JsonObject { ["size"] = HouseStyle.CaptionSize },
    };

    /// <summary>Plotly reads annotation and tick text as a little HTML: a "&lt;" in "&lt; 40.29 billion USD" must be an entity.</summary>
    internal static string PlotlyText(string text) => text.Replace("&", "&amp;").Replace("<", "&lt;").Replace(">", "&gt;");
}
