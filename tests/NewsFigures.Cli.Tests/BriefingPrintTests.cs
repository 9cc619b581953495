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

    /// <summary>A heading's chart is the first image after it in reading order: it must be on the heading's page.</summary>
    [Fact]
    public void No_section_heading_is_parted_from_its_chart()
    {
        var headings = briefing.Pdf.Lines.Where(l => SectionHeading().IsMatch(l.Line.Text)).ToList();
        Assert.Equal(["1.", "2.", "3.", "4.", "5."], headings.Select(h => h.Line.Text.Split(' ')[0]));
        foreach (var (page, heading) in headings)
        {
            var chart = briefing.Pdf.Pages.Where(p => p.Number >= page.Number)
                .SelectMany(p => p.Images.Where(i => p.Number > page.Number || i.Top > heading.Top).Select(i => (Page: p.Number, Image: i)))
                .FirstOrDefault();
            Assert.True(chart.Page == page.Number,
                $"'{heading.Text}' sits at {heading.Top:0} pt on page {page.Number}, its chart on page {chart.Page}:\n{briefing.Pdf}");
        }
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
