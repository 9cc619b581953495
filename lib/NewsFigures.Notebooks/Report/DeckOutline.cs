using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace NewsFigures.Notebooks.Report;

/// <summary>
/// A notebook cut into slides: a title slide from the first <c>#</c> heading and the paragraph after it, then one
/// slide per <c>##</c> section. A section's narrative is its markdown and the markdown its cells display; its takeaway
/// (the slide's title) is the narrative's first bold phrase, else its first sentence, else the heading; its visual is
/// the last chart, table or image it outputs. Cells tagged remove-cell and outputs of cells tagged remove-output are
/// left out, as on the page.
/// </summary>
internal sealed partial record DeckOutline(string Title, string? Intro, IReadOnlyList<DeckSlide> Sections)
{
    public int SlideCount => 1 + Sections.Count;

    public static DeckOutline Of(Notebook notebook, string stem)
    {
        string? title = null, intro = null;
        var sections = new List<Section>();
        for (var i = 0; i < notebook.Cells.Count; i++)
        {
            var cell = notebook.Cells[i];
            if (cell.HasTag("remove-cell")) continue;
            if (cell.Kind == CellKind.Markdown)
            {
                foreach (var block in Markdown.Parse(cell.Source))
                {
                    if (block is HeadingBlock { Level: 2 } heading) sections.Add(new Section(NotebookText.Plain(heading.Inline)));
                    else if (block is HeadingBlock { Level: 1 } top && title is null && sections.Count == 0) title = NotebookText.Plain(top.Inline);
                    else if (sections.Count > 0) sections[^1].Narrative.Add(cell.Source.Substring(block.Span.Start, block.Span.Length));
                    else if (block is ParagraphBlock paragraph && intro is null) intro = NotebookText.Plain(paragraph.Inline);
                }
            }
            else if (cell.Kind == CellKind.Code && sections.Count > 0 && !cell.HasTag("remove-output"))
            {
                for (var j = 0; j < cell.Outputs.Count; j++)
                {
                    if (cell.Outputs[j].Data is not { } data) continue;
                    if (IsVisual(data)) sections[^1].Visual = new DeckVisual(cell.Outputs[j], i + 1, j + 1);
                    else if (Text(data, "text/markdown") is { } markdown) sections[^1].Narrative.Add(markdown.Trim());
                }
            }
        }
        return new DeckOutline(title ?? stem, intro, sections.Select(s => s.ToSlide()).ToList());
    }

    /// <summary>What a slide can show large: a chart, an image or an HTML table.</summary>
    private static bool IsVisual(JsonObject data) =>
        data[OutputHtml.PlotlyMime] is not null || data["image/png"] is not null || data["image/svg+xml"] is not null
        || Text(data, "text/html") is { } html && html.Contains("<table", StringComparison.OrdinalIgnoreCase);

    private static string? Text(JsonObject data, string mime) =>
        data[mime] is JsonValue value && value.TryGetValue<string>(out var text) && text.Trim().Length > 0 ? text : null;

    private static string Takeaway(string heading, string narrative)
    {
        var blocks = Markdown.Parse(narrative);
        var bold = blocks.Descendants<EmphasisInline>().FirstOrDefault(e => e.DelimiterCount == 2);
        if (bold is not null && NotebookText.Plain(bold) is { Length: > 0 } strong) return strong;
        var paragraph = blocks.Descendants<ParagraphBlock>().Select(p => NotebookText.Plain(p.Inline)).FirstOrDefault(t => t.Length > 0);
        return paragraph is null ? heading : FirstSentence().Match(paragraph).Value;
    }

    // A sentence ends at . ! or ? before a space or the end: "1,037.3" and "CE.cn" stay whole.
    [GeneratedRegex(@"^.+?[.!?](?=\s|$)|^.+$", RegexOptions.Singleline)]
    private static partial Regex FirstSentence();

    private sealed class Section(string heading)
    {
        public List<string> Narrative { get; } = [];

        public DeckVisual? Visual { get; set; }

        public DeckSlide ToSlide()
        {
            var narrative = string.Join("\n\n", Narrative);
            return new DeckSlide(heading, Takeaway(heading, narrative), narrative, Visual);
        }
    }
}
