namespace NewsFigures.Charts;

/// <summary>How <see cref="ChartPanels"/> display in a notebook: the same six MIME types as a single chart
/// (<see cref="ChartFormatterSource"/>), the CSV with one row per point as a single chart writes it.</summary>
internal sealed class ChartPanelsFormatterSource
{
    public IEnumerable<object> CreateTypeFormatters() =>
    [
        Panels(MimeTypes.PlotlyJson, PlotlyFigure.Json),
        Panels(MimeTypes.Png, panels => Convert.ToBase64String(StaticChart.Png(panels))),
        Panels(MimeTypes.Svg, panels => StaticChart.Svg(panels)),
        Panels(MimeTypes.Html, ChartHtml.Fragment),
        Panels(MimeTypes.Csv, ChartCsv.Of),
        Panels(MimeTypes.PlainText, panels => panels.ToString()),
    ];

    static ConventionFormatter Panels(string mimeType, Func<ChartPanels, string> format) => new(mimeType, value => format((ChartPanels)value));
}
