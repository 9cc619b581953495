using System.Text.Json.Nodes;

namespace NewsFigures.Charts;

/// <summary>
/// A plotly trace as JSON, written here rather than by Plotly.NET: the dotnet-interactive tool loads its own, older
/// FSharp.Core, on which Plotly.NET's code fails, and our traces use a handful of fields. Keys come in Plotly.NET's order;
/// a test checks type, name, mode, x, y and text against what Plotly.NET builds for the same points.
/// </summary>
internal static class PlotlyTrace
{
    /// <param name="span">The length of a bound's error bar: 8% of the chart's largest value.</param>
    public static JsonObject Of(ChartKind kind, TracePlan plan, double span)
    {
        var trace = kind == ChartKind.GrowthLine ? Scatter(plan) : Bar(plan);
        if (plan.Points.Any(p => p.Bound is ValueBound.Lower or ValueBound.Upper))
            trace["error_y"] = new JsonObject
            {
                ["type"] = "data", ["symmetric"] = false, ["visible"] = true,
                ["array"] = Numbers(plan.Points.Select(p => p.Bound == ValueBound.Lower ? span : 0)),
                ["arrayminus"] = Numbers(plan.Points.Select(p => p.Bound == ValueBound.Upper ? span : 0)),
            };
        return trace;
    }

    static JsonObject Scatter(TracePlan plan) => new()
    {
        ["type"] = "scatter", ["name"] = plan.Name, ["mode"] = "lines+markers",
        ["x"] = Numbers(plan.Points.Select(p => p.X)),
        // The stated line leaves a gap at derived points, so only the dashed trace crosses them.
        ["y"] = new JsonArray([.. plan.Points.Select(p => p.Derived && !plan.Derived ? null : JsonValue.Create(p.Value))]),
        ["text"] = HoverTexts(plan),
        ["marker"] = new JsonObject
        {
            ["color"] = plan.Style.Color, ["line"] = new JsonObject { ["color"] = plan.Style.Color, ["width"] = 2 },
            ["size"] = 9,
            ["symbol"] = Strings(plan.Points.Select(p => Symbol(plan.Style.Marker) + (p.Derived ? "-open" : ""))),
        },
        ["line"] = new JsonObject
        {
            ["dash"] = (plan.Derived ? HouseStyle.DerivedDash : plan.Style.Dash).PlotlyDash, ["width"] = 2, ["color"] = plan.Style.Color,
        },
        ["hoverinfo"] = "text+y",
    };

    static JsonObject Bar(TracePlan plan) => new()
    {
        ["type"] = "bar", ["name"] = plan.Name,
        ["x"] = Strings(plan.Points.Select(p => p.Label)),
        ["y"] = Numbers(plan.Points.Select(p => p.Value)),
        ["text"] = HoverTexts(plan),
        ["orientation"] = "v",
        ["marker"] = new JsonObject { ["color"] = plan.Style.Color },
        ["hoverinfo"] = "text+y",
        ["textposition"] = "none", // the text is for hovering; plotly would print it inside the bars
    };

    /// <summary>Plotly's name of the marker shape; "-open" makes it hollow.</summary>
    static string Symbol(SeriesMarker marker) => marker switch
    {
        SeriesMarker.Square => "square",
        SeriesMarker.Diamond => "diamond",
        SeriesMarker.TriangleUp => "triangle-up",
        _ => "circle",
    };

    static JsonArray HoverTexts(TracePlan plan) => Strings(plan.Points.Select(p => p.HoverText));

    static JsonArray Numbers(IEnumerable<double> values) => new([.. values.Select(v => (JsonNode)v)]);

    static JsonArray Strings(IEnumerable<string> values) => new([.. values.Select(v => (JsonNode)v)]);
}
