using System.Net;
using System.Text;
using Markdig;

namespace NewsFigures.Notebooks.Report;

/// <summary>
/// One notebook as a static HTML page: markdown through Markdig, code (unless hidden), every output.
/// Honours nbconvert's tags remove-cell, remove-input and remove-output. Cells are grouped by heading (<see cref="PageSections"/>).
/// </summary>
internal sealed class PageWriter(SiteFiles files, bool noInput, bool hasPlotly)
{
    internal static readonly MarkdownPipeline Markdown = new MarkdownPipelineBuilder().UsePipeTables().UseGridTables().UseAutoLinks().Build();

    public string Write(Notebook notebook, string stem)
    {
        var outputs = new OutputHtml(files, Markdown, hasPlotly);
        var charts = notebook.Cells.Any(c => c.Outputs.Any(o => o.Data?[OutputHtml.PlotlyMime] is not null));
        var title = notebook.Title ?? stem;
        var body = new StringBuilder();
        var sections = new PageSections(body);
        for (var i = 0; i < notebook.Cells.Count; i++)
        {
            var cell = notebook.Cells[i];
            if (cell.HasTag("remove-cell")) continue;
            sections.Before(cell);
            switch (cell.Kind)
            {
                case CellKind.Markdown:
                    body.Append("<section class=\"cell markdown\">\n").Append(Markdig.Markdown.ToHtml(cell.Source, Markdown)).Append("</section>\n");
                    break;
                case CellKind.Code:
                    body.Append("<section class=\"cell code\">\n");
                    if (!noInput && !cell.HasTag("remove-input") && cell.Source.Length > 0)
                        body.Append("<pre class=\"input\"><code class=\"language-csharp\">").Append(WebUtility.HtmlEncode(cell.Source)).Append("</code></pre>\n");
                    if (!cell.HasTag("remove-output"))
                        for (var j = 0; j < cell.Outputs.Count; j++) body.Append(outputs.Render(cell.Outputs[j], stem, i + 1, j + 1));
                    body.Append("</section>\n");
                    break;
                case CellKind.Raw when Io.JsonKind.StringOf(cell.Metadata["format"]) == "text/html":
                    body.Append(cell.Source).Append('\n');
                    break;
            }
        }
        sections.Close();
        var page = new StringBuilder()
            .Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
            .Append($"<title>{WebUtility.HtmlEncode(title)}</title>\n<link rel=\"stylesheet\" href=\"assets/site.css\">\n");
        if (charts && hasPlotly) page.Append("<script src=\"assets/plotly.min.js\"></script>\n");
        page.Append("</head>\n<body>\n<nav><a href=\"index.html\">All notebooks</a></nav>\n<main>\n")
            .Append(body).Append("</main>\n</body>\n</html>\n");
        return files.Write($"{stem}.html", page.ToString());
    }
}
