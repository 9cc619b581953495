namespace NewsFigures;

/// <summary>The formatter source of every displayed type of the domain (and the chart records): text/html and text/plain,
/// as <see cref="DomainDisplay"/> writes them. Each type's attribute says which of the two a notebook gets.</summary>
internal sealed class DomainFormatterSource
{
    public IEnumerable<object> CreateTypeFormatters() =>
    [
        new ConventionFormatter(MimeTypes.Html, DomainDisplay.Html),
        new ConventionFormatter(MimeTypes.PlainText, DomainDisplay.PlainText),
    ];
}
