using Markdig;
using Markdig.Syntax;

namespace NewsFigures.Notebooks;

/// <summary>Reads a notebook's title (first heading) and summary (first paragraph) from its markdown cells.</summary>
internal static class NotebookText
{
    public static string? Title(Notebook notebook) =>
        Blocks(notebook).OfType<HeadingBlock>().Select(h => Plain(h.Inline)).FirstOrDefault(t => t.Length > 0);

    public static string? Summary(Notebook notebook) =>
        Blocks(notebook).OfType<ParagraphBlock>().Select(p => Plain(p.Inline)).FirstOrDefault(t => t.Length > 0);

    private static IEnumerable<Block> Blocks(Notebook notebook) =>
        notebook.Cells.Where(c => c.Kind == CellKind.Markdown).SelectMany(c => Markdown.Parse(c.Source));

    /// <summary>The text of inline markdown without its markup, white space collapsed.</summary>
    internal static string Plain(Markdig.Syntax.Inlines.ContainerInline? inline)
    {
        if (inline is null) return "";
        var text = string.Concat(inline.Descendants<Markdig.Syntax.Inlines.Inline>().Select(i => i switch
        {
            Markdig.Syntax.Inlines.LiteralInline l => l.Content.ToString(),
            Markdig.Syntax.Inlines.CodeInline c => c.Content,
            Markdig.Syntax.Inlines.LineBreakInline => " ",
            _ => "",
        }));
        return string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
    }
}
