namespace NewsFigures.Charts;

/// <summary>How a <see cref="ChartTable"/> displays in a notebook, by the convention of <see cref="ChartFormatterSource"/>:
/// an HTML table and a line of text. No text/csv: a report reads that as a chart's points.</summary>
internal sealed class ChartTableFormatterSource
{
    public IEnumerable<object> CreateTypeFormatters() =>
    [
        Table(MimeTypes.Html, ChartTableText.Html),
        Table(MimeTypes.PlainText, ChartTableText.PlainText),
    ];

    static ConventionFormatter Table(string mimeType, Func<ChartTable, string> format) => new(mimeType, value => format((ChartTable)value));
}
