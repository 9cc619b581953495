using System.Globalization;
using System.Net;
using System.Text;

namespace NewsFigures;

/// <summary>A corpus as a table of its articles (file, outlet, date, pieces) with its load problems under it, and an
/// article as a table of its pieces. Every text is escaped; same corpus, same bytes.</summary>
internal static class CorpusHtml
{
    public static string Articles(Corpus corpus)
    {
        var html = Start("nf-corpus", corpus.ToString(), "file", "outlet", "date", "pieces");
        foreach (var article in corpus.Articles)
        {
            html.Append("<tr>");
            Cell(html, article.FileName);
            Cell(html, article.Info.Outlet);
            Cell(html, InvariantNumber.Date(article.Info.Date));
            html.Append("<td>").AppendJoin("<br>", article.Pieces.Select(p => Escape(PieceLine(p)))).Append("</td></tr>");
        }
        html.Append("</tbody></table>");
        foreach (var problem in corpus.Problems) html.Append("<p class=\"nf-problem\">").Append(Escape(problem.ToString())).Append("</p>");
        return html.ToString();
    }

    public static string Pieces(Article article)
    {
        var caption = string.Join(", ", new[] { article.ToString(), article.Info.Outlet, InvariantNumber.Date(article.Info.Date) }
            .Where(s => !string.IsNullOrEmpty(s)));
        var html = Start("nf-article", caption, "piece", "title", "byline", "section", "characters", "copy of");
        foreach (var piece in article.Pieces)
        {
            html.Append("<tr>");
            Cell(html, InvariantNumber.Format(piece.Number));
            Cell(html, piece.Title);
            Cell(html, piece.Byline);
            Cell(html, piece.Section);
            Cell(html, InvariantNumber.Format(piece.Body.Length));
            Cell(html, piece.DuplicateOf?.ToString());
            html.Append("</tr>");
        }
        return html.Append("</tbody></table>").ToString();
    }

    // "#2 Open-source AI Path to Inclusiveness (copy of 000_acd0283a066f7ea4.txt#1)"
    private static string PieceLine(Piece piece) => string.Create(CultureInfo.InvariantCulture,
        $"#{piece.Number} {piece.Title}{(piece.DuplicateOf is { } copy ? $" (copy of {copy})" : "")}");

    private static StringBuilder Start(string cssClass, string caption, params string[] headers)
    {
        var html = new StringBuilder($"<table class=\"{cssClass}\"><caption>").Append(Escape(caption)).Append("</caption><thead><tr>");
        foreach (var header in headers) html.Append("<th>").Append(Escape(header)).Append("</th>");
        return html.Append("</tr></thead><tbody>");
    }

    private static void Cell(StringBuilder html, string? text) => html.Append("<td>").Append(Escape(text ?? "")).Append("</td>");

    private static string Escape(string text) => WebUtility.HtmlEncode(text);
}
