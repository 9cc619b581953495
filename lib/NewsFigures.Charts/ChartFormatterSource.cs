namespace NewsFigures.Charts;

/// <summary>How a <see cref="ChartSpec"/> displays in a notebook, by .NET Interactive's convention (see
/// <see cref="TypeFormatterSourceAttribute"/>): plotly figure JSON, PNG (base64), SVG, HTML with the PNG as fallback,
/// the points as CSV, and a one-line summary. Nothing here runs Plotly.NET, so it works inside the dotnet-interactive tool.</summary>
internal sealed class ChartFormatterSource
{
    public IEnumerable<object> CreateTypeFormatters() =>
    [
        Chart(MimeTypes.PlotlyJson, PlotlyFigure.Json),
        Chart(MimeTypes.Png, chart => Convert.ToBase64String(StaticChart.Png(chart))),
        Chart(MimeTypes.Svg, chart => StaticChart.Svg(chart)),
        Chart(MimeTypes.Html, ChartHtml.Fragment),
        Chart(MimeTypes.Csv, ChartCsv.Of),
        Chart(MimeTypes.PlainText, ChartCsv.PlainText),
    ];

    static ConventionFormatter Chart(string mimeType, Func<ChartSpec, string> format) => new(mimeType, value => format((ChartSpec)value));
}
