namespace NewsFigures.Tests.CorpusTests;

[Collection(SeedCorpusCollection.Name)]
public sealed class PieceSplittingTests(SeedCorpus seeds)
{
    [Fact]
    public void The_newspaper_page_000_holds_six_pieces_in_print_order()
    {
        var titles = seeds.Article(SeedCorpus.Page000).Pieces.Select(p => p.Title);

        Assert.Equal(
        [
            "China's Ascent to Global Computing Power",
            "Open-source AI Path to Inclusiveness",
            "Controversial AI Chatbot Output Exposes Critical Gaps",
            "Igniting Innovation on the Roof of the World",
            "China, Africa Jointly Promote Right to Development",
            "Informatization Makes Strides in 2024",
        ], titles);
    }

    [Fact]
    public void The_markdown_page_002_holds_six_pieces_and_markup_is_gone_from_titles()
    {
        var titles = seeds.Article(SeedCorpus.Page002).Pieces.Select(p => p.Title);

        Assert.Equal(
        [
            "World Eyes Locked on China's AI",
            "Beijing is Rising as AI Hub",
            "Behind China's Emergence as Tech Exporter",
            "AI Boldly Pushes Frontiers of Science",
            "Chinese Remote Sensing Technology Benefits the World",
            "2025 ZGC Forum: Gala for Global Sci-tech Cooperation",
        ], titles);
    }

    [Theory]
    [InlineData(SeedCorpus.Reprint001, "China's Ascent to Global Computing Power")]
    [InlineData(SeedCorpus.Translation003, "How China is preparing for the AI competition with the United States")]
    [InlineData(SeedCorpus.Web004, "China's AI Surge: Innovation, Inclusion, and the Quest for Global Balance")]
    public void Single_articles_are_one_piece(string file, string title)
    {
        var piece = Assert.Single(seeds.Article(file).Pieces);
        Assert.Equal(title, piece.Title);
        Assert.Equal(1, piece.Number);
    }

    [Theory]
    [InlineData(SeedCorpus.Page000, "China's Ascent to Global Computing Power", "INSIGHTS / Voice of the World", "LIANG Yilian")]
    [InlineData(SeedCorpus.Page000, "Open-source AI Path to Inclusiveness", "Opinion", "YU Haoyuan")]
    [InlineData(SeedCorpus.Page000, "Controversial AI Chatbot Output Exposes Critical Gaps", "Comment", "SUN Jin")]
    [InlineData(SeedCorpus.Page000, "Igniting Innovation on the Roof of the World", "From page 1", null)]
    [InlineData(SeedCorpus.Page000, "Informatization Makes Strides in 2024", "From page 1", null)]
    [InlineData(SeedCorpus.Reprint001, "China's Ascent to Global Computing Power", null, "LIANG Yilian")]
    [InlineData(SeedCorpus.Page002, "World Eyes Locked on China's AI", "INSIGHTS / Voice of the World", "Staff Reporters")]
    [InlineData(SeedCorpus.Page002, "Beijing is Rising as AI Hub", "Opinion", "LIN Yuchen")]
    [InlineData(SeedCorpus.Page002, "Behind China's Emergence as Tech Exporter", "Comment", "GONG Qian")]
    [InlineData(SeedCorpus.Page002, "AI Boldly Pushes Frontiers of Science", "AI Ripples", "LIN Yuchen")]
    [InlineData(SeedCorpus.Page002, "Chinese Remote Sensing Technology Benefits the World", "From page 1", null)]
    [InlineData(SeedCorpus.Page002, "2025 ZGC Forum: Gala for Global Sci-tech Cooperation", null, null)]
    [InlineData(SeedCorpus.Translation003, "How China is preparing for the AI competition with the United States", null, "Raffaele Huang, Liza Lin")]
    [InlineData(SeedCorpus.Web004, "China's AI Surge: Innovation, Inclusion, and the Quest for Global Balance", "Insight", "Hasan Muhammad")]
    public void Pieces_carry_their_section_label_and_byline(string file, string title, string? section, string? byline)
    {
        var piece = seeds.Piece(file, title);

        Assert.Equal(section, piece.Section);
        Assert.Equal(byline, piece.Byline);
    }

    [Theory]
    [InlineData(SeedCorpus.Page000, "Igniting Innovation on the Roof of the World", "Ecological base for innovation")]
    [InlineData(SeedCorpus.Page002, "World Eyes Locked on China's AI", "Policy support")]
    [InlineData(SeedCorpus.Page002, "World Eyes Locked on China's AI", "Ecosystem construction")]
    [InlineData(SeedCorpus.Page002, "World Eyes Locked on China's AI", "Open-source strategy")]
    [InlineData(SeedCorpus.Page002, "Chinese Remote Sensing Technology Benefits the World", "International cooperation")]
    public void Subheadings_stay_inside_their_piece_as_a_paragraph(string file, string title, string subheading)
    {
        var piece = seeds.Piece(file, title);

        Assert.Contains(subheading, piece.Body.Text.Split("\n\n"));
        Assert.DoesNotContain(seeds.Corpus.Pieces, p => p.Title == subheading);
    }

    [Fact]
    public void Pieces_are_numbered_from_one_in_file_order()
    {
        foreach (var article in seeds.Corpus.Articles)
            Assert.Equal(Enumerable.Range(1, article.Pieces.Count), article.Pieces.Select(p => p.Number));
        Assert.Equal(seeds.Corpus.Articles.Select(a => a.FileName).Order(StringComparer.Ordinal), seeds.Corpus.Articles.Select(a => a.FileName));
    }

    [Fact]
    public void Titles_labels_and_bylines_are_not_repeated_in_the_body()
    {
        foreach (var piece in seeds.Corpus.Pieces)
        {
            var paragraphs = piece.Body.Text.Split("\n\n");
            Assert.DoesNotContain(piece.Title, paragraphs);
            Assert.DoesNotContain(paragraphs, p => p.StartsWith("By ", StringComparison.Ordinal) && p.Length < 60);
            if (piece.Section is not null) Assert.DoesNotContain(piece.Section, paragraphs);
        }
    }

    [Fact]
    public void Short_lines_that_list_figures_are_read_as_the_story_not_taken_for_headings()
    {
        using var folder = new TempFolder();
        folder.Write("a.txt", "Harbour posts record year\n\nThe harbour board published its accounts on Monday.\n\nKey figures for 2023/24:\n\n"
            + "Cargo handled 41.2 million tonnes\n\nCruise calls 312\n\nJobs at the port:\n\n• Pilots: 86\n\n• Dockers: 1,240\n\nThe board meets in May.\n");
        var texts = Corpus.Load(folder.Path).Figures().Select(f => f.Figure.Text).ToList();
        Assert.Equal(["41.2 million tonnes", "312", "86", "1,240"], texts);
    }
    [Fact]
    public void Three_short_figure_lines_in_a_row_are_a_summary_of_the_story_not_a_new_piece()
    {
        using var folder = new TempFolder();
        folder.Write("a.txt", "Harbour 2024: a record year\n\nThe harbour board published its accounts on Monday.\n\nSummary\n\n"
            + "Income up 12% to £19.6 million\n\nWages up 8% to £4.1 million\n\nCruise calls up to 312\n\nIncome\n\n"
            + "Income rose because more ships called.\n");
        var pieces = Corpus.Load(folder.Path).Articles.Single().Pieces;
        Assert.Equal(["Harbour 2024: a record year"], pieces.Select(p => p.Title));
    }

    [Fact]
    public void A_title_printed_twice_over_a_date_line_still_opens_a_piece()
    {
        using var folder = new TempFolder();
        folder.Write("a.txt", "Harbour posts record year\n\nThe harbour board published its accounts on Monday.\n\n"
            + "Port Handles 41 Million Tonnes\nPort Handles 41 Million Tonnes\n\nUpdate: 2025-11-19\n\nThe port handled more cargo than ever.\n");
        var pieces = Corpus.Load(folder.Path).Articles.Single().Pieces;
        Assert.Equal(["Harbour posts record year", "Port Handles 41 Million Tonnes"], pieces.Select(p => p.Title));
    }
}
