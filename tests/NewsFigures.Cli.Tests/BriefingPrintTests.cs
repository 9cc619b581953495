using System.Text.RegularExpressions;
using NewsFigures.Testing;

namespace NewsFigures.Cli.Tests;

/// <summary>
/// The briefing printed as scripts/report.sh prints it (no code, a title, the corpus), read back from the PDF's text:
/// it opens with its key numbers, no section heading is parted from its chart, every page's footer has its number,
/// the site and the corpus, and printing again gives the same bytes.
/// </summary>
[Collection(NotebookRuns.Name)]
public sealed partial class BriefingPrintTests(PrintedBriefing briefing) : IClassFixture<PrintedBriefing>
{
    [Fact]
    public void The_briefing_prints_to_pdf_without_code()
    {
        Assert.True(briefing.Exit == 0, briefing.Error);
        Assert.Equal("%PDF-"u8.ToArray(), briefing.Bytes[..5]);
        Assert.True(briefing.Pdf.Pages.Count >= 2, $"the briefing has {briefing.Pdf.Pages.Count} page(s):\n{briefing.Pdf}");
        Assert.DoesNotContain("<pre class=\"input\"", File.ReadAllText(Path.ChangeExtension(briefing.PdfPath, ".html")));
    }

    /// <summary>A section's chart is its first image (a section drawn as a table has none): it must be on the heading's
    /// page; and the heading is never the last thing on its page.</summary>
    [Fact]
    public void No_section_heading_is_parted_from_its_chart()
    {
        // Text lines (without the footer) and images, in reading order: page, then distance from the top.
        var items = briefing.Pdf.Pages.SelectMany(p => p.Lines.SkipLast(1).Select(l => (Page: p.Number, l.Top, Text: (string?)l.Text))
                .Concat(p.Images.Select(i => (Page: p.Number, i.Top, Text: (string?)null)))
                .OrderBy(x => x.Top).ToList())
            .ToList();
        var headings = items.Select((item, index) => (item, index)).Where(x => x.item.Text is { } text && SectionHeading().IsMatch(text)).ToList();
        Assert.Equal(["1.", "2.", "3.", "4.", "5."], headings.Select(h => h.item.Text!.Split(' ')[0]));
        for (var h = 0; h < headings.Count; h++)
        {
            var (heading, at) = headings[h];
            var end = h + 1 < headings.Count ? headings[h + 1].index : items.Count;
            var section = items[(at + 1)..end];
            Assert.True(section.Count > 0 && section[0].Page == heading.Page, $"'{heading.Text}' ends page {heading.Page}:\n{briefing.Pdf}");
            if (section.FirstOrDefault(x => x.Text is null) is { Text: null, Page: > 0 } chart)
                Assert.True(chart.Page == heading.Page, $"'{heading.Text}' is on page {heading.Page}, its chart on page {chart.Page}:\n{briefing.Pdf}");
        }
        Assert.True(items.Count(x => x.Text is null) >= 4, $"the briefing prints fewer than four charts:\n{briefing.Pdf}");
    }

    [Fact]
    public void The_key_numbers_come_before_the_first_section()
    {
        var lines = briefing.Pdf.Lines.Select(l => l.Line.Text).ToList();
        var firstSection = lines.FindIndex(l => SectionHeading().IsMatch(l));

        foreach (var text in new[] { "Key numbers", "1,037.3 EFLOPS 2025", "(forecast)", "515 million users 2025-H1 China Economic Net (CE.cn)",
                     "626 universities 2025-04 The Wall Street Journal", "> 100,000 models undated" })
        {
            var at = lines.FindIndex(l => l.Contains(text, StringComparison.Ordinal));
            Assert.True(at >= 0 && at < firstSection, $"'{text}' is not before the first section heading:\n{briefing.Pdf}");
        }
    }

    [Fact]
    public void Every_page_has_its_number_the_site_and_the_corpus_in_its_footer()
    {
        var pages = briefing.Pdf.Pages;
        foreach (var page in pages)
        {
            var footer = page.Lines[^1];
            Assert.Equal($"NewsFigures briefing · corpus {RepoFolders.Articles}, 5 articles, newest 2025-11-25 {page.Number} / {pages.Count}", footer.Text);
            Assert.True(footer.Top > page.Height - 15 / 25.4 * 72, $"the footer of page {page.Number} is at {footer.Top:0} pt, above the bottom margin");
        }
    }

    [Fact]
    public async Task Printing_again_gives_the_same_bytes()
    {
        Directory.Delete(Path.Combine(briefing.Cache, "pdf"), recursive: true); // the execution stays cached; the print is redone
        var again = Path.Combine(briefing.Temp.Path, "again");

        var (exit, _, error) = await briefing.RenderAsync(again);

        Assert.True(exit == 0, error);
        Assert.Equal(briefing.Bytes, File.ReadAllBytes(Path.Combine(again, Path.GetFileName(briefing.PdfPath))));
    }

    [GeneratedRegex(@"^[1-9]\. \p{Lu}")]
    private static partial Regex SectionHeading();
}

/// <summary>The briefing rendered and printed once for the tests above, into a temporary site.</summary>
public sealed class PrintedBriefing : IDisposable
{
    public PrintedBriefing()
    {
        (Exit, _, Error) = RenderAsync(Path.Combine(Temp.Path, "site")).GetAwaiter().GetResult();
        if (Exit != 0) throw new InvalidOperationException($"the briefing did not render (exit {Exit}):\n{Error}");
        Bytes = File.ReadAllBytes(PdfPath);
        Pdf = PrintedPdf.Read(Bytes);
    }

    internal TempFolder Temp { get; } = new();

    public string Notebook { get; } = Directory.GetFiles(RepoFolders.Notebooks, "*-briefing.ipynb").Single();

    public string Cache => Path.Combine(Temp.Path, "cache");

    public string PdfPath => Path.Combine(Temp.Path, "site", Path.GetFileNameWithoutExtension(Notebook) + ".pdf");

    public int Exit { get; }

    public string Error { get; }

    public byte[] Bytes { get; }

    internal PrintedPdf Pdf { get; }

    /// <summary>The render scripts/report.sh runs for the briefing, into <paramref name="site"/>.</summary>
    public Task<(int Exit, string Out, string Err)> RenderAsync(string site) => CliRun.Async("render", Notebook, "--out", site,
        "--no-input", "--pdf", "--title", "NewsFigures briefing", "--corpus", RepoFolders.Articles, "--cache", Cache,
        "-p", $"articles={RepoFolders.Articles}");

    public void Dispose() => Temp.Dispose();
}
