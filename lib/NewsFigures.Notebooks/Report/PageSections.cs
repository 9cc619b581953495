using System.Text;
using System.Text.RegularExpressions;

namespace NewsFigures.Notebooks.Report;

/// <summary>
/// Groups a page's cells into <c>&lt;section class="page-section"&gt;</c> elements, one per <c>#</c> or <c>##</c>
/// heading: a heading, its takeaway and its chart are then one block that print can keep on one page. Cells before
/// the first heading stay outside any section.
/// </summary>
internal sealed partial class PageSections(StringBuilder body)
{
    public const string CssClass = "page-section";

    /// <summary>Set by the PDF printer on a section no taller than a printed page; print keeps it on one page.</summary>
    public const string FitsPageClass = "fits-page";

    private bool open;

    /// <summary>Call before writing each shown cell: a cell that opens with a heading closes the section before it and opens its own.</summary>
    public void Before(NotebookCell cell)
    {
        if (!StartsSection(cell)) return;
        Close();
        body.Append($"<section class=\"{CssClass}\">\n");
        open = true;
    }

    /// <summary>Closes the last section, if one is open.</summary>
    public void Close()
    {
        if (open) body.Append("</section>\n");
        open = false;
    }

    internal static bool StartsSection(NotebookCell cell) => cell.Kind == CellKind.Markdown && SectionHeading().IsMatch(cell.Source);

    // An ATX heading of level 1 or 2 as the cell's first line (blank lines before it allowed).
    [GeneratedRegex(@"\A\s*#{1,2}[ \t]")]
    private static partial Regex SectionHeading();
}
