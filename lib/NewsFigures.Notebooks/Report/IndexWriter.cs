using System.Net;
using System.Text;

namespace NewsFigures.Notebooks.Report;

/// <summary>index.html: every notebook with its title, summary, link, PDF, slides and whether it failed.</summary>
internal static class IndexWriter
{
    public sealed record Entry(string Stem, string Title, string? Summary, bool HasPdf, CellFailure? Failure, bool HasDeck = false);

    public static string Write(SiteFiles files, string siteTitle, IEnumerable<Entry> entries)
    {
        var title = WebUtility.HtmlEncode(siteTitle);
        var html = new StringBuilder()
            .Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
            .Append($"<title>{title}</title>\n<link rel=\"stylesheet\" href=\"assets/site.css\">\n</head>\n<body>\n<main>\n<h1>{title}</h1>\n<ol class=\"notebooks\">\n");
        foreach (var e in entries)
        {
            html.Append($"<li><a href=\"{e.Stem}.html\">{WebUtility.HtmlEncode(e.Title)}</a>");
            if (e.HasPdf) html.Append($" <a class=\"pdf\" href=\"{e.Stem}.pdf\">PDF</a>");
            if (e.HasDeck) html.Append($" <a class=\"slides\" href=\"{e.Stem}{DeckWriter.Suffix}.html\">Slides</a>");
            if (e.HasDeck && e.HasPdf) html.Append($" <a class=\"pdf\" href=\"{e.Stem}{DeckWriter.Suffix}.pdf\">Slides PDF</a>");
            if (e.Failure is not null)
            {
                var why = e.Failure.Cell == 0 ? "could not be read" : $"execution failed at {e.Failure}";
                html.Append($" <span class=\"failed\">{WebUtility.HtmlEncode(why)}</span>");
            }
            if (e.Summary is not null) html.Append($"\n<p>{WebUtility.HtmlEncode(e.Summary)}</p>");
            html.Append("</li>\n");
        }
        html.Append("</ol>\n</main>\n</body>\n</html>\n");
        return files.Write("index.html", html.ToString());
    }
}
