namespace NewsFigures.Charts;

/// <summary>The notebook display of a chart: every value is a string keyed by MIME type (PNG as base64).</summary>
internal static class MimeBundle
{
    public static IReadOnlyDictionary<string, object> Of(ChartSpec chart) => Of(chart, PlotlyFigure.Json(chart));

    private static IReadOnlyDictionary<string, object> Of(ChartSpec chart, string plotlyJson) => new SortedDictionary<string, object>(StringComparer.Ordinal)
    {
        ["application/vnd.plotly.v1+json"] = plotlyJson,
        ["image/png"] = Convert.ToBase64String(StaticChart.Png(chart)),
        ["image/svg+xml"] = StaticChart.Svg(chart),
        ["text/html"] = PlotlyFigure.HtmlFragment(plotlyJson),
        ["text/csv"] = ChartCsv.Of(chart),
        ["text/plain"] = ChartCsv.PlainText(chart),
    };
}
