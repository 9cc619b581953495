using System.Text.Json.Nodes;
using NewsFigures;
using NewsFigures.Charts;
using Plotly.NET;
using PlotlyChart = Plotly.NET.CSharp.Chart;

/// <summary>
/// Our traces are written by hand (Plotly.NET cannot run inside the dotnet-interactive tool), so Plotly.NET stays the
/// reference for the trace schema: for the same points it must build the same type, name, mode, x, y and text.
/// </summary>
public class PlotlyReferenceTests
{
    public static TheoryData<string> Charts => ["sample growth", "sample bars", "computing power", "Qwen bars", "models compared"];

    static ChartSpec Chart(string name) => name switch
    {
        "sample growth" => SampleCharts.Growth,
        "sample bars" => SampleCharts.Bars,
        "computing power" => FigureChart.Line(RealCorpus.Figures.Series("intelligent computing power")),
        "Qwen bars" => FigureChart.Bars(RealCorpus.Figures.Series("Qwen derivative models")),
        _ => FigureChart.Compare(RealCorpus.Figures.ByUnit("model")),
    };

    [Theory, MemberData(nameof(Charts))]
    public void Each_trace_is_what_Plotly_NET_builds_for_the_same_points(string name)
    {
        var chart = Chart(name);
        var plans = TracePlan.Of(chart);
        var ours = JsonNode.Parse(PlotlyFigure.Json(chart))!["data"]!.AsArray();
        var reference = JsonNode.Parse(GenericChart.toFigureJson(PlotlyChart.Combine(plans.Select(p => PlotlyNet(chart.Kind, p)))))!["data"]!.AsArray();

        Assert.Equal(reference.Count, ours.Count);
        for (var i = 0; i < ours.Count; i++)
        {
            foreach (var key in new[] { "type", "name", "mode", "x", "text" })
                Assert.Equal(Values(reference[i]![key]), Values(ours[i]![key]));
            // The one change we make: the solid line of a growth chart leaves a gap where a point is derived.
            var gaps = chart.Kind == ChartKind.GrowthLine && !plans[i].Derived;
            var expectedY = Values(reference[i]!["y"]).Select((y, at) => gaps && plans[i].Points[at].Derived ? null : y);
            Assert.Equal(expectedY, Values(ours[i]!["y"]));
        }
    }

    static GenericChart PlotlyNet(ChartKind kind, TracePlan plan) => kind == ChartKind.GrowthLine
        ? PlotlyChart.Scatter<double, double, string>(
            x: plan.Points.Select(p => p.X), y: plan.Points.Select(p => p.Value), mode: StyleParam.Mode.Lines_Markers,
            Name: plan.Name, MultiText: Some(plan.Points.Select(p => p.HoverText)))
        : PlotlyChart.Column<double, string, string>(
            values: plan.Points.Select(p => p.Value), Keys: Some(plan.Points.Select(p => p.Label)),
            Name: plan.Name, MultiText: Some(plan.Points.Select(p => p.HoverText)));

    // Plotly.NET.CSharp's implicit Optional conversion does not apply to interface types.
    static Plotly.NET.CSharp.Optional<IEnumerable<string>> Some(IEnumerable<string> values) => new(values, true);

    /// <summary>A JSON value or array as plain values (numbers as double, so 2021.0 and 2021 are one value).</summary>
    static List<object?> Values(JsonNode? node) => node switch
    {
        JsonArray array => [.. array.Select(Value)],
        _ => [Value(node)],
    };

    static object? Value(JsonNode? node) => node switch
    {
        null => null,
        JsonValue v when v.TryGetValue<string>(out var s) => s,
        JsonValue v => v.GetValue<double>(),
        _ => node.ToJsonString(),
    };
}
