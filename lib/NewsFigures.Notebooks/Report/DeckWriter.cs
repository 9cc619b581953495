using System.Net;
using System.Text;

namespace NewsFigures.Notebooks.Report;

/// <summary>
/// A notebook's outline as a reveal.js deck, NAME-slides.html beside its page: reveal.js, its white theme and the
/// site's plotly.js from assets/, charts drawn by the page's own chart HTML, speaker notes in <c>aside.notes</c>.
/// Plotly sizes a chart from its box when drawn, and a slide out of view has none: charts of a slide are resized
/// when it is shown.
/// </summary>
internal sealed class DeckWriter(SiteFiles files, bool hasPlotly)
{
    public const string Suffix = "-slides";

    public string Write(Notebook notebook, string stem)
    {
        var outline = DeckOutline.Of(notebook, stem);
        var outputs = new OutputHtml(files, PageWriter.Markdown, hasPlotly);
        var charts = outline.Sections.Any(s => s.Visual?.Output.Data?[OutputHtml.PlotlyMime] is not null);
        var html = new StringBuilder()
            .Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
            .Append($"<title>{Encode(outline.Title)}</title>\n")
            .Append($"<link rel=\"stylesheet\" href=\"{RevealAssets.Folder}/reveal.css\">\n")
            .Append($"<link rel=\"stylesheet\" href=\"{RevealAssets.Folder}/theme/white.css\">\n")
            .Append("<link rel=\"stylesheet\" href=\"assets/deck.css\">\n");
        if (charts && hasPlotly) html.Append("<script src=\"assets/plotly.min.js\"></script>\n");
        html.Append("</head>\n<body>\n<div class=\"reveal\">\n<div class=\"slides\">\n")
            .Append("<section class=\"title-slide\">\n<div class=\"title-block\">\n")
            .Append($"<h1>{Encode(outline.Title)}</h1>\n");
        if (outline.Intro is { } intro) html.Append($"<p>{Encode(intro)}</p>\n");
        html.Append("</div>\n</section>\n");
        foreach (var slide in outline.Sections) AppendSlide(html, slide, outputs, stem);
        html.Append("</div>\n</div>\n")
            .Append($"<script src=\"{RevealAssets.Folder}/reveal.js\"></script>\n")
            .Append($"<script src=\"{RevealAssets.Folder}/plugin/notes/notes.js\"></script>\n")
            .Append("<script>\n").Append(Script).Append("</script>\n</body>\n</html>\n");
        return files.Write($"{stem}{Suffix}.html", html.ToString());
    }

    private static void AppendSlide(StringBuilder html, DeckSlide slide, OutputHtml outputs, string stem)
    {
        html.Append("<section>\n");
        if (slide.Takeaway != slide.Heading) html.Append($"<p class=\"kicker\">{Encode(slide.Heading)}</p>\n");
        html.Append($"<h2 class=\"takeaway\">{Encode(slide.Takeaway)}</h2>\n");
        if (slide.Visual is { } visual)
        {
            html.Append(outputs.Render(visual.Output, stem, visual.Cell, visual.Index));
            if (visual.SourceLine is { } source) html.Append($"<p class=\"source\">{Encode(source)}</p>\n");
        }
        else if (slide.Narrative.Length > 0)
        {
            html.Append("<div class=\"narrative\">\n").Append(Markdig.Markdown.ToHtml(slide.Narrative, PageWriter.Markdown)).Append("</div>\n");
        }
        var notes = slide.Narrative.Length > 0 ? Markdig.Markdown.ToHtml(slide.Narrative, PageWriter.Markdown)
            : slide.Visual?.Summary is { } summary ? $"<p>{Encode(summary)}</p>\n" : null;
        if (notes is not null) html.Append("<aside class=\"notes\">\n").Append(notes).Append("</aside>\n");
        html.Append("</section>\n");
    }

    /// <summary>Reveal's keyboard and notes as they come; 16:9 slides, one PDF page each (?print-pdf), charts resized
    /// when their slide shows. A hidden plot cannot be resized, hence the offsetParent check. In the print view every
    /// chart is resized once reveal has laid out the pages, then the root gets the class the PDF printer waits for.</summary>
    private const string Script = """
        (function () {
          // A figure taller than its box (small multiples) is drawn at its own height across the box's width scaled
          // up by the same factor, then scaled down to fit: squeezed into the box instead, its rows' labels overlap.
          function fitOne(plot) {
            if (plot.offsetParent === null) return null;
            if (!plot.dataset.room) plot.dataset.room = plot.clientHeight; // the stylesheet's chart height, before any fit
            var room = +plot.dataset.room, width = plot.parentElement.clientWidth, natural = plot.layout && plot.layout.height;
            if (natural > room) {
              var scale = room / natural;
              plot.style.transformOrigin = '0 0';
              plot.style.transform = 'scale(' + scale + ')';
              plot.style.width = (width / scale) + 'px';
              plot.style.height = natural + 'px';
              plot.style.marginBottom = (room - natural) + 'px';
              plot.style.marginRight = (width - width / scale) + 'px';
            }
            return Plotly.Plots.resize(plot).catch(function () {});
          }
          function fit(root) {
            if (!window.Plotly || !root) return Promise.resolve();
            return Promise.all(Array.prototype.map.call(root.querySelectorAll('.js-plotly-plot'), fitOne));
          }
          Reveal.on('pdf-ready', function () {
            fit(document).then(function () { document.documentElement.classList.add('deck-printable'); });
          });
          Reveal.on('slidechanged', function (event) { fit(event.currentSlide); });
          Reveal.initialize({
            hash: true, center: false, width: 1280, height: 720, margin: 0.04, transition: 'none',
            pdfMaxPagesPerSlide: 1, pdfSeparateFragments: false, plugins: [RevealNotes]
          }).then(function () { fit(Reveal.getCurrentSlide()); });
        })();

        """;

    private static string Encode(string text) => WebUtility.HtmlEncode(text);
}
