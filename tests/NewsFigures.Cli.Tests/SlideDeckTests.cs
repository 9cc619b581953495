using System.Text.Json;
using Microsoft.Playwright;
using NewsFigures.Notebooks;
using UglyToad.PdfPig;

namespace NewsFigures.Cli.Tests;

/// <summary>
/// render --slides end to end: the briefing notebook as a reveal.js deck opened in real Chromium with every request
/// outside file: refused (slides advance, plotly draws, nothing fails), and its PDF read back with PdfPig.
/// </summary>
[Collection(NotebookRuns.Name)]
public sealed class SlideDeckTests(RenderedDeck rendered) : IClassFixture<RenderedDeck>
{
    [Fact]
    public async Task The_deck_has_a_title_slide_and_one_slide_per_section()
    {
        await using var deck = await DeckVisit.OpenAsync(rendered, rendered.Deck);

        Assert.Equal(1 + rendered.Sections.Count, await deck.Page.EvaluateAsync<int>("Reveal.getTotalSlides()"));
        // A slide names its section above the takeaway, or is titled by the heading itself when the section says nothing more.
        Assert.Equal(rendered.Sections, await deck.Page.EvaluateAsync<string[]>(
            "[...document.querySelectorAll('.slides > section:not(.title-slide)')].map(s => (s.querySelector('.kicker') || s.querySelector('.takeaway')).textContent)"));
        var charted = await deck.Page.Locator(".slides > section:has(.js-plotly-plot)").CountAsync();
        Assert.True(charted > 0, "no slide shows a chart");
        Assert.Equal(charted, await deck.Page.Locator(".slides > section:has(.js-plotly-plot) aside.notes").CountAsync());
        Assert.Empty(deck.Problems);
    }

    [Fact]
    public async Task Arrow_keys_advance_the_slides_and_every_chart_draws_at_the_width_of_its_slide_offline()
    {
        await using var deck = await DeckVisit.OpenAsync(rendered, rendered.Deck);

        Assert.NotEmpty(rendered.ChartSlides);
        for (var slide = 1; slide <= rendered.Sections.Count; slide++)
        {
            await deck.Page.Keyboard.PressAsync("ArrowRight");
            Assert.Equal(slide, await deck.Page.EvaluateAsync<int>("Reveal.getIndices().h"));
            if (!rendered.ChartSlides.Contains(slide)) continue;
            // Drawn while its slide was hidden, a plot takes plotly's default 700 px; shown, it must fill its box.
            try
            {
                await deck.Page.WaitForFunctionAsync("""
                    () => { const plot = Reveal.getCurrentSlide().querySelector('.js-plotly-plot');
                            const svg = plot && plot.querySelector('svg.main-svg');
                            return svg && Math.abs(svg.getBoundingClientRect().width - plot.getBoundingClientRect().width) < 2; }
                    """, null, new() { Timeout = 10_000 });
            }
            catch (TimeoutException) { } // the assertion below says what was drawn
            var (chart, box) = (await deck.Page.EvaluateAsync<double>("Reveal.getCurrentSlide().querySelector('svg.main-svg').width.baseVal.value"),
                await deck.Page.EvaluateAsync<double>("Reveal.getCurrentSlide().querySelector('.js-plotly-plot').clientWidth"));
            Assert.True(chart > 1000 && Math.Abs(chart - box) < 2, $"slide {slide}: chart {chart} px wide in a box of {box} px");
        }
        Assert.Empty(deck.Problems);
        Assert.Contains(deck.Requests, url => url.EndsWith("/assets/reveal/reveal.js", StringComparison.Ordinal));
        Assert.Contains(deck.Requests, url => url.EndsWith("/assets/plotly.min.js", StringComparison.Ordinal));
    }

    [Fact]
    public void The_deck_pdf_has_one_landscape_page_per_slide_with_the_takeaways()
    {
        using var pdf = PdfDocument.Open(rendered.DeckPdf);

        Assert.Equal(1 + rendered.Sections.Count, pdf.NumberOfPages);
        Assert.All(pdf.GetPages(), page => Assert.True(page.Width > page.Height, $"page {page.Number} is {page.Width} x {page.Height}"));
        Assert.Contains("Briefing", pdf.GetPage(1).Text);
        Assert.Contains("Intelligent computing power reaches", pdf.GetPage(2).Text);
    }

    [Fact]
    public async Task In_the_print_view_every_chart_spans_its_slide()
    {
        // The view the PDF is printed from: reveal lays every slide out as a page, then the deck's script fits the charts.
        // A plot left at plotly's default 700 px would span about half a slide; small multiples are scaled to fit.
        await using var deck = await DeckVisit.OpenAsync(rendered, rendered.Deck, "?print-pdf");
        await deck.Page.WaitForFunctionAsync("() => document.documentElement.classList.contains('deck-printable')");

        var widths = await deck.Page.EvaluateAsync<double[]>("""
            [...document.querySelectorAll('.js-plotly-plot')].map(plot =>
              plot.querySelector('svg.main-svg').getBoundingClientRect().width / plot.closest('section').getBoundingClientRect().width)
            """);

        Assert.Equal(rendered.ChartSlides.Count, widths.Length);
        Assert.All(widths, share => Assert.InRange(share, 0.85, 1.0));
        Assert.Empty(deck.Problems);
    }

    [Fact]
    public void The_site_ships_reveal_js_with_its_licence_and_the_index_links_the_deck_and_its_pdf()
    {
        Assert.Equal(0, rendered.Exit);
        Assert.Contains("Permission is hereby granted", File.ReadAllText(Path.Combine(rendered.Site, "assets", "reveal", "LICENSE")));
        var index = File.ReadAllText(Path.Combine(rendered.Site, "index.html"));
        Assert.Contains($"<a class=\"slides\" href=\"{rendered.Stem}-slides.html\">Slides</a>", index);
        Assert.Contains($"<a class=\"pdf\" href=\"{rendered.Stem}-slides.pdf\">Slides PDF</a>", index);
    }

    [Fact]
    public async Task A_notebook_without_sections_gives_a_single_slide()
    {
        var path = rendered.Temp.File("alone.ipynb");
        Notebook.CSharp(NotebookCell.Markdown("# Alone\n\nNo sections here."), NotebookCell.Code("1 + 1")).Save(path);

        var (exit, _, error) = await CliRun.Async("render", path, "--out", rendered.Temp.File("alone"), "--slides", "--cache", rendered.Cache);

        Assert.True(exit == 0, error);
        await using var deck = await DeckVisit.OpenAsync(rendered, rendered.Temp.File("alone/alone-slides.html"));
        Assert.Equal(1, await deck.Page.EvaluateAsync<int>("Reveal.getTotalSlides()"));
        Assert.Equal("Alone", await deck.Page.Locator(".title-slide h1").TextContentAsync());
        Assert.Empty(deck.Problems);
    }

    [Fact]
    public async Task A_file_that_is_not_a_notebook_exits_2_with_one_error_line_naming_it()
    {
        var path = rendered.Temp.File("broken.ipynb");
        File.WriteAllText(path, "{ not json");

        var (exit, _, error) = await CliRun.Async("render", path, "--out", rendered.Temp.File("broken"), "--slides", "--cache", rendered.Cache);

        Assert.Equal(2, exit);
        var errors = error.Split('\n').Where(l => l.StartsWith("error:", StringComparison.Ordinal)).ToList();
        Assert.Single(errors);
        Assert.Contains("broken.ipynb", errors[0]);
    }

    [Fact]
    public async Task Render_help_describes_the_slides_option()
    {
        var (exit, output, _) = await CliRun.Async("render", "--help");

        Assert.Equal(0, exit);
        Assert.Contains("--slides", output);
        Assert.Contains("NAME-slides.html", output);
    }
}

/// <summary>The briefing rendered once with --slides --pdf (fresh, into a temporary site), and one Chromium for the tests.</summary>
public sealed class RenderedDeck : IAsyncLifetime
{
    private IPlaywright? playwright;

    internal TempFolder Temp { get; } = new();

    public string Site => Temp.File("site");

    public string Cache => Temp.File("cache");

    public string Stem => Path.GetFileNameWithoutExtension(Briefing);

    public string Briefing { get; } = Directory.GetFiles(RepoFolders.Notebooks, "*-briefing.ipynb").Single();

    public string Deck => Path.Combine(Site, Stem + "-slides.html");

    public string DeckPdf => Path.Combine(Site, Stem + "-slides.pdf");

    /// <summary>The briefing's ## headings, read from the notebook file itself.</summary>
    public IReadOnlyList<string> Sections { get; private set; } = [];

    /// <summary>The slides (counted from 0, the title slide) that show a plotly chart.</summary>
    public IReadOnlyList<int> ChartSlides { get; private set; } = [];

    public int Exit { get; private set; }

    public IBrowser Browser { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        string error;
        (Exit, _, error) = await CliRun.Async("render", Briefing, "--out", Site, "--no-input", "--slides", "--pdf", "--fresh", "--cache", Cache,
            "-p", $"articles={RepoFolders.Articles}");
        if (Exit != 0) throw new InvalidOperationException($"render --slides failed (exit {Exit}):\n{error}");
        using var notebook = JsonDocument.Parse(File.ReadAllText(Briefing));
        Sections = notebook.RootElement.GetProperty("cells").EnumerateArray()
            .Where(c => c.GetProperty("cell_type").GetString() == "markdown")
            .SelectMany(c => string.Concat(c.GetProperty("source").EnumerateArray().Select(l => l.GetString())).Split('\n'))
            .Where(l => l.StartsWith("## ", StringComparison.Ordinal)).Select(l => l[3..].Trim()).ToList();
        ChartSlides = File.ReadAllText(Deck).Split("<section").Skip(1).Index()
            .Where(s => s.Item.Contains("class=\"chart-interactive\"", StringComparison.Ordinal)).Select(s => s.Index).ToList();
        (playwright, Browser) = await ChromiumLauncher.LaunchAsync("/usr/bin/chromium");
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null) await Browser.DisposeAsync();
        playwright?.Dispose();
        Temp.Dispose();
    }
}

/// <summary>A deck open in its own page, offline: requests outside file: are refused and counted as problems, as are
/// console errors, page errors and failed requests.</summary>
internal sealed class DeckVisit : IAsyncDisposable
{
    private readonly IBrowserContext context;

    private DeckVisit(IBrowserContext context, IPage page) => (this.context, Page) = (context, page);

    public IPage Page { get; }

    public List<string> Requests { get; } = [];

    public List<string> Problems { get; } = [];

    public static async Task<DeckVisit> OpenAsync(RenderedDeck rendered, string path, string query = "")
    {
        var context = await rendered.Browser.NewContextAsync(new() { ViewportSize = new() { Width = 1280, Height = 720 } });
        var visit = new DeckVisit(context, await context.NewPageAsync());
        await visit.Page.RouteAsync("**/*", async route =>
        {
            if (route.Request.Url.StartsWith("file:", StringComparison.Ordinal) || route.Request.Url.StartsWith("data:", StringComparison.Ordinal)) await route.ContinueAsync();
            else
            {
                visit.Problems.Add($"network request: {route.Request.Url}");
                await route.AbortAsync();
            }
        });
        visit.Page.Request += (_, request) => visit.Requests.Add(request.Url);
        visit.Page.RequestFailed += (_, request) => visit.Problems.Add($"failed request: {request.Url} ({request.Failure})");
        visit.Page.Console += (_, message) => { if (message.Type == "error") visit.Problems.Add($"console: {message.Text}"); };
        visit.Page.PageError += (_, error) => visit.Problems.Add($"page error: {error}");
        await visit.Page.GotoAsync(new Uri(path).AbsoluteUri + query, new() { WaitUntil = WaitUntilState.Load });
        await visit.Page.WaitForFunctionAsync("() => window.Reveal && Reveal.isReady()");
        return visit;
    }

    public async ValueTask DisposeAsync() => await context.DisposeAsync();
}
