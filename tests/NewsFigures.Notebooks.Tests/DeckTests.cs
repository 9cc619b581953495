using NewsFigures.Notebooks.Report;

namespace NewsFigures.Notebooks.Tests;

/// <summary>
/// How a notebook becomes slides (DeckOutline) and the deck's HTML (DeckWriter). The notebooks are invented, from other
/// fields than the corpus (energy, payments), so the rules are shown to be general.
/// </summary>
public class DeckTests
{
    private static NotebookCell Shows(params JsonObject[] bundles) =>
        NotebookCell.Code("// shows outputs") with { Outputs = bundles.Select(CellOutput.DisplayData).ToList() };

    private static JsonObject Markdown(string text) => new() { ["text/markdown"] = text, ["text/plain"] = text };

    private static JsonObject Chart(string title, string summary) => new()
    {
        ["application/vnd.plotly.v1+json"] = JsonNode.Parse(new FakeChart(title, (2024, 1), (2025, 2)).Plotly()),
        ["image/png"] = FakeChart.OnePixelPng,
        ["text/plain"] = summary,
    };

    private static JsonObject Table(string cell) => new() { ["text/html"] = $"<table><tr><td>{cell}</td></tr></table>", ["text/plain"] = cell };

    private static Notebook Energy() => Notebook.CSharp(
        NotebookCell.Markdown("# Grid storage\n\nWhat utilities report about batteries. Two charts."),
        NotebookCell.Code("var setup = 1;"),
        NotebookCell.Markdown("## 1. Capacity\n\nInstalled storage grew fast. **Storage capacity doubled to 40 GW in 2025**, the operator said."),
        Shows(Chart("Capacity", "Line chart \"Capacity\": 2 points. Source: Grid Operator Annual Report, 2025-03-01. Hollow points are derived.")),
        NotebookCell.Markdown("## 2. Prices"),
        Shows(Markdown("Pack prices fell to 98.5 dollars per kWh. Cheaper cells did it."), Table("98.5")),
        Shows(Chart("Prices", "Bar chart \"Prices\": 3 points.")));

    [Fact]
    public void A_title_slide_from_the_heading_and_intro_then_one_slide_per_section()
    {
        var outline = DeckOutline.Of(Energy(), "energy");

        Assert.Equal("Grid storage", outline.Title);
        Assert.Equal("What utilities report about batteries. Two charts.", outline.Intro);
        Assert.Equal(3, outline.SlideCount);
        Assert.Equal(["1. Capacity", "2. Prices"], outline.Sections.Select(s => s.Heading));
    }

    [Fact]
    public void The_takeaway_is_the_first_bold_phrase_else_the_first_sentence_else_the_heading()
    {
        var sections = DeckOutline.Of(Energy(), "energy").Sections;
        var bare = DeckOutline.Of(Notebook.CSharp(NotebookCell.Markdown("## Payments by card"), Shows(Table("1"))), "payments").Sections.Single();

        Assert.Equal("Storage capacity doubled to 40 GW in 2025", sections[0].Takeaway);
        Assert.Equal("Pack prices fell to 98.5 dollars per kWh.", sections[1].Takeaway); // "98.5" does not end the sentence
        Assert.Equal("Payments by card", bare.Takeaway);
    }

    [Fact]
    public void A_slide_shows_the_sections_last_chart_or_table_and_keeps_displayed_markdown_as_narrative()
    {
        var sections = DeckOutline.Of(Energy(), "energy").Sections;

        Assert.Equal((4, 1), (sections[0].Visual!.Cell, sections[0].Visual!.Index));
        Assert.Equal((7, 1), (sections[1].Visual!.Cell, sections[1].Visual!.Index)); // the chart after the table
        Assert.Equal("Installed storage grew fast. **Storage capacity doubled to 40 GW in 2025**, the operator said.", sections[0].Narrative);
        Assert.Equal("Pack prices fell to 98.5 dollars per kWh. Cheaper cells did it.", sections[1].Narrative);
        Assert.Equal("Source: Grid Operator Annual Report, 2025-03-01.", sections[0].Visual!.SourceLine);
        Assert.Null(sections[1].Visual!.SourceLine);
    }

    [Fact]
    public void Cells_removed_from_the_page_are_left_out_of_the_slides()
    {
        var notebook = Notebook.CSharp(
            NotebookCell.Markdown("# Payments"),
            NotebookCell.Markdown("## Hidden section").WithTags("remove-cell"),
            NotebookCell.Markdown("## Card share"),
            Shows(Chart("Shown", "Line chart.")),
            Shows(Chart("Not shown", "Line chart.")).WithTags("remove-output"));

        var outline = DeckOutline.Of(notebook, "payments");

        Assert.Equal("Card share", outline.Sections.Single().Heading);
        Assert.Equal(4, outline.Sections.Single().Visual!.Cell);
    }

    [Fact]
    public void A_notebook_without_sections_is_one_title_slide_and_without_a_heading_takes_its_file_name()
    {
        var outline = DeckOutline.Of(Notebook.CSharp(NotebookCell.Markdown("Just a paragraph."), Shows(Chart("Lonely", "Line chart."))), "notes-07");

        Assert.Equal(1, outline.SlideCount);
        Assert.Equal("notes-07", outline.Title);
        Assert.Equal("Just a paragraph.", outline.Intro);
    }

    [Fact]
    public void Speaker_notes_hold_the_narrative_or_else_the_charts_summary()
    {
        using var dir = new TempDirectory();
        var deck = File.ReadAllText(new DeckWriter(new SiteFiles(dir.Path), hasPlotly: true).Write(Energy(), "energy"));

        var notes = NotesOf(deck);
        Assert.Equal(2, notes.Count);
        Assert.Contains("Installed storage grew fast. <strong>Storage capacity doubled to 40 GW in 2025</strong>, the operator said.", notes[0]);
        Assert.Contains("Pack prices fell to 98.5 dollars per kWh.", notes[1]);
        var summaryOnly = File.ReadAllText(new DeckWriter(new SiteFiles(dir["other"]), hasPlotly: true).Write(
            Notebook.CSharp(NotebookCell.Markdown("## Fees"), Shows(Chart("Fees", "Bar chart \"Fees\": 2 points. Source: Card Network, 2024."))), "fees"));
        Assert.Equal("<p>Bar chart &quot;Fees&quot;: 2 points. Source: Card Network, 2024.</p>", NotesOf(summaryOnly).Single().Trim());
        Assert.Contains("<p class=\"source\">Source: Card Network, 2024.</p>", summaryOnly);
    }

    [Fact]
    public void The_deck_loads_only_site_assets_and_draws_charts_with_the_pages_chart_html()
    {
        using var dir = new TempDirectory();
        var deck = File.ReadAllText(new DeckWriter(new SiteFiles(dir.Path), hasPlotly: true).Write(Energy(), "energy"));

        var loaded = System.Text.RegularExpressions.Regex.Matches(deck, "(?:src|href)=\"([^\"]+)\"").Select(m => m.Groups[1].Value).ToList();
        Assert.Equal(["assets/reveal/reveal.css", "assets/reveal/theme/white.css", "assets/deck.css", "assets/plotly.min.js",
            "images/energy-cell4-1.png", "images/energy-cell4-1.png", "images/energy-cell7-1.png", "images/energy-cell7-1.png",
            "assets/reveal/reveal.js", "assets/reveal/plugin/notes/notes.js"], loaded);
        Assert.Contains("<div id=\"energy-cell4-1\" class=\"chart-interactive\"></div>", deck);
        Assert.Equal(2, System.Text.RegularExpressions.Regex.Matches(deck, "<h2 class=\"takeaway\">").Count);
    }

    [Fact]
    public async Task The_same_notebook_renders_a_byte_identical_deck_and_deck_pdf_with_reveal_js_and_its_licence_under_assets()
    {
        using var dir = new TempDirectory();
        var paths = SiteFixture.WriteNotebooks(dir, ("01-charts", SiteFixture.Charts()));
        var first = await new SiteRenderer(SiteFixture.Options(dir, "first") with { Slides = true, Pdf = true }).RenderAsync(paths);
        var second = await new SiteRenderer(SiteFixture.Options(dir, "second") with { Slides = true, Pdf = true, Fresh = true }).RenderAsync(paths);

        var deck = first.Notebooks.Single().Deck!;
        Assert.Equal(dir["first/01-charts-slides.html"], deck);
        Assert.Equal(NotebookStatus.Executed, second.Notebooks.Single().Status);
        Assert.Equal(File.ReadAllBytes(deck), File.ReadAllBytes(second.Notebooks.Single().Deck!));
        var pdf = File.ReadAllBytes(first.Notebooks.Single().DeckPdf!);
        Assert.Equal("%PDF-"u8.ToArray(), pdf[..5]);
        Assert.Equal(pdf, File.ReadAllBytes(second.Notebooks.Single().DeckPdf!)); // printed again (fresh), same bytes
        using (var document = UglyToad.PdfPig.PdfDocument.Open(pdf)) Assert.Equal(1, document.NumberOfPages); // no ## section: the title slide alone
        Assert.StartsWith("Copyright (C) 2011-2024 Hakim El Hattab", File.ReadAllText(dir["first/assets/reveal/LICENSE"]));
        Assert.Contains("<a class=\"slides\" href=\"01-charts-slides.html\">Slides</a> <a class=\"pdf\" href=\"01-charts-slides.pdf\">Slides PDF</a>",
            File.ReadAllText(dir["first/index.html"]));
    }

    private static List<string> NotesOf(string deck) =>
        System.Text.RegularExpressions.Regex.Matches(deck, "<aside class=\"notes\">\n(.*?)</aside>", System.Text.RegularExpressions.RegexOptions.Singleline)
            .Select(m => m.Groups[1].Value).ToList();
}
