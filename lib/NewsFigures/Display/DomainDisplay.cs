using System.Net;

namespace NewsFigures;

/// <summary>
/// What a value shows in a notebook: a figure table, a series, key numbers, a corpus and an article as HTML tables; everything as
/// short text (the table's summary, else the value's ToString). Where a host asks a plain-text type for HTML (a list of
/// them shown as a table), the text is escaped into a span.
/// </summary>
internal static class DomainDisplay
{
    public static string Html(object value) => value switch
    {
        FigureTable table => FigureHtml.Table(table, FigureHtml.DefaultMaxRows),
        Series series => SeriesHtml.Of(series),
        KeyNumbers numbers => KeyNumbersHtml.Of(numbers),
        Corpus corpus => CorpusHtml.Articles(corpus),
        Article article => CorpusHtml.Pieces(article),
        _ => $"<span class=\"nf-text\">{WebUtility.HtmlEncode(PlainText(value))}</span>",
    };

    public static string PlainText(object value) => value switch
    {
        FigureTable table => FigureText.Summary(table),
        _ => value.ToString() ?? "",
    };
}
