using NewsFigures.Testing;

namespace NewsFigures.Notebooks.Tests;

/// <summary>
/// How sections print, read back from the PDF: a heading, its narrative, its takeaway and its chart that fit on one page
/// are never parted (they move whole to the next page); a section taller than a page still prints in full, from where
/// it starts. (Keeping a heading with only the next line is what break-after: avoid alone achieves; the narrative
/// between heading and chart is what needs the measured section.)
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class PrintLayoutTests
{
    /// <summary>A 1200 × 800 chart image: print shows it 6.6 cm high, so its section is about as tall as a quarter page.</summary>
    public static string ChartPng { get; } = Convert.ToBase64String(ChartImage());

    [Fact]
    public async Task A_page_opens_a_section_at_each_first_or_second_level_heading_and_closes_each_one()
    {
        using var dir = new TempDirectory();
        var paths = SiteFixture.WriteNotebooks(dir, ("01-layout", Notebook.CSharp(
            NotebookCell.Markdown("A preface, before any heading.", "preface"),
            NotebookCell.Markdown("# Title\n\nThe introduction.", "title"),
            NotebookCell.Markdown("### A third-level heading stays in its section", "minor"),
            NotebookCell.Markdown("Text with a heading later\n\n## that does not open a section", "late"),
            NotebookCell.Markdown("\n## Two", "two"))));

        await new SiteRenderer(SiteFixture.Options(dir)).RenderAsync(paths);

        var main = File.ReadAllText(dir["site/01-layout.html"]).Split("<main>\n")[1].Split("</main>")[0];
        var parts = main.Split("<section class=\"page-section\">\n");
        Assert.Equal(3, parts.Length);
        Assert.Contains("A preface", parts[0]);
        Assert.Contains("The introduction.", parts[1]);
        Assert.Contains("A third-level heading", parts[1]);
        Assert.Contains("does not open a section", parts[1]);
        Assert.Contains(">Two</h2>", parts[2]);
        Assert.All(parts[1..], part => Assert.EndsWith("</section>\n</section>\n", part));
    }

    [Fact]
    public async Task A_section_that_does_not_fit_under_a_long_first_page_moves_whole_to_the_next_page()
    {
        var pdf = await PrintAsync(Notebook.CSharp(
            NotebookCell.Markdown("# Print layout\n\n" + Paragraphs("Introduction", 31), "intro"),
            NotebookCell.Markdown("## Section two\n\nWhat the chart below shows, in a sentence.", "heading"),
            NotebookCell.Code(Takeaway("Section two's takeaway") + Chart("Second"), "chart")));

        OnPage(2, pdf, "Section two");
        OnPage(2, pdf, "What the chart below shows, in a sentence.");
        OnPage(2, pdf, "Section two's takeaway");
        Assert.Empty(pdf.Pages[0].Images);
        Assert.Single(pdf.Pages[1].Images);
        Assert.True(pdf.Pages[1].Images[0].Top > pdf.Pages[1].Lines.Single(l => l.Text == "Section two's takeaway").Top, "the chart is above its takeaway");
    }

    [Fact]
    public async Task A_section_taller_than_a_page_prints_in_full_from_where_it_starts()
    {
        var pdf = await PrintAsync(Notebook.CSharp(
            NotebookCell.Markdown("# Print layout\n\nA short introduction.", "intro"),
            NotebookCell.Markdown("## A long section\n\n" + Paragraphs("Long", 70), "long"),
            NotebookCell.Code(Takeaway("The long section's takeaway") + Chart("Long"), "chart")));

        OnPage(1, pdf, "A long section");
        OnPage(1, pdf, "Long paragraph 1 of 70.");
        Assert.True(PageOf(pdf, "Long paragraph 70 of 70.") >= 2, $"a section taller than a page fits on one:\n{pdf}");
        Assert.Equal(PageOf(pdf, "The long section's takeaway"), pdf.Pages.Single(p => p.Images.Count > 0).Number);
        Assert.Equal(70, pdf.Lines.Count(l => l.Line.Text.StartsWith("Long paragraph ", StringComparison.Ordinal)));
    }

    /// <summary>The footer is part of what a cached PDF depends on: a new footer line prints again, not from the cache.</summary>
    [Fact]
    public async Task Every_page_footer_has_the_title_the_footer_line_and_the_page_of_the_total_and_a_new_line_prints_again()
    {
        using var dir = new TempDirectory();
        var notebook = Notebook.CSharp(NotebookCell.Markdown("# Footer\n\n" + Paragraphs("Footer", 60), "text"));
        var paths = SiteFixture.WriteNotebooks(dir, ("01-layout", notebook));
        var options = SiteFixture.Options(dir) with { Pdf = true, FooterLine = "corpus energy/articles, 3 articles, newest 2024-06-30" };

        await new SiteRenderer(options).RenderAsync(paths);
        var first = PrintedPdf.Read(dir["site/01-layout.pdf"]);
        await new SiteRenderer(options with { FooterLine = "corpus energy/articles, 4 articles, newest 2024-07-31" }).RenderAsync(paths);
        var second = PrintedPdf.Read(dir["site/01-layout.pdf"]);

        Assert.Equal(2, first.Pages.Count);
        Assert.Equal(["Test report · corpus energy/articles, 3 articles, newest 2024-06-30 1 / 2", "Test report · corpus energy/articles, 3 articles, newest 2024-06-30 2 / 2"],
            first.Pages.Select(p => p.Lines[^1].Text));
        Assert.Equal("Test report · corpus energy/articles, 4 articles, newest 2024-07-31 1 / 2", second.Pages[0].Lines[^1].Text);
    }

    private static async Task<PrintedPdf> PrintAsync(Notebook notebook)
    {
        using var dir = new TempDirectory();
        var paths = SiteFixture.WriteNotebooks(dir, ("01-layout", notebook));
        await new SiteRenderer(SiteFixture.Options(dir) with { Pdf = true, NoInput = true }).RenderAsync(paths);
        return PrintedPdf.Read(dir["site/01-layout.pdf"]);
    }

    private static void OnPage(int page, PrintedPdf pdf, string line)
    {
        var found = PageOf(pdf, line);
        Assert.True(found == page, $"'{line}' is on page {found} (0: nowhere), not on page {page}:\n{pdf}");
    }

    private static int PageOf(PrintedPdf pdf, string line) =>
        pdf.Lines.Where(l => l.Line.Text == line).Select(l => l.Page.Number).DefaultIfEmpty(0).First();

    private static string Paragraphs(string name, int count) =>
        string.Join("\n\n", Enumerable.Range(1, count).Select(i => $"{name} paragraph {i} of {count}."));

    private static string Takeaway(string text) => $"\"{text}\".DisplayAs(\"text/markdown\");\n";

    private static string Chart(string title) =>
        $"new FakeChart(\"{title}\", (2023, 1.0), (2024, 2.0)) {{ Png = PrintLayoutTests.ChartPng }}";

    private static byte[] ChartImage()
    {
        var plot = new ScottPlot.Plot();
        plot.Add.Scatter(new double[] { 2023, 2024, 2025 }, new double[] { 1, 2, 4 });
        return plot.GetImageBytes(1200, 800, ScottPlot.ImageFormat.Png);
    }
}
