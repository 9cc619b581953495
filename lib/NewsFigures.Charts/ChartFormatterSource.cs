namespace NewsFigures.Charts;

/// <summary>How a <see cref="ChartSpec"/> or <see cref="ChartPanels"/> displays in a notebook, by .NET Interactive's
/// convention (see <see cref="TypeFormatterSourceAttribute"/>; one source serves every type that names it): plotly figure
/// JSON, PNG (base64), SVG, HTML with the PNG as fallback, the points as CSV, and a one-line summary. Nothing here runs
/// Plotly.NET, so it works inside the dotnet-interactive tool.</summary>
internal sealed class ChartFormatterSource
{
    public IEnumerable<object> CreateTypeFormatters() =>
    [
        Chart(MimeTypes.PlotlyJson, PlotlyFigure.Json, PlotlyFigure.Json),
        Chart(MimeTypes.Png, chart => Convert.ToBase64String(StaticChart.Png(chart)), panels => Convert.ToBase64String(StaticChart.Png(panels))),
        Chart(MimeTypes.Svg, chart => StaticChart.Svg(chart), panels => StaticChart.Svg(panels)),
        Chart(MimeTypes.Html, ChartHtml.Fragment, ChartHtml.Fragment),
        Chart(MimeTypes.Csv, ChartCsv.Of, ChartCsv.Of),
        Chart(MimeTypes.PlainText, ChartCsv.PlainText, panels => panels.ToString()),
    ];

    static ConventionFormatter Chart(string mimeType, Func<ChartSpec, string> chart, Func<ChartPanels, string> panels) =>
        new(mimeType, value => value is ChartPanels p ? panels(p) : chart((ChartSpec)value));
}
