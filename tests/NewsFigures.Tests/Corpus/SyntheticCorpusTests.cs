namespace NewsFigures.Tests.CorpusTests;

/// <summary>A made-up newspaper page and a web reprint, written here, prove the rules are not keyed to the seed files.</summary>
public sealed class SyntheticCorpusTests : IDisposable
{
    private const string Page = """
        BUSINESS

        Wind Turbines Reshape Coastal Towns

        By Maria Keller and Tom Oduya

        Harbor towns along the northern coast installed 240 offshore turbines last year, the regional energy office said.

        Local councils expect the new capacity to cover most house-

        Workers assemble a turbine blade at the Westport yard. (Photo by Anna Lind)

        holds by 2027, according to the office's annual review.

        Jobs and training

        The yard now employs 1,800 people, and a vocational school opened a two- year course for technicians.

        “We used to lose our young people to the cities,” said the mayor, “but now they

        stay and build here,” she added.

        Grain Prices Ease After Record Harvest

        Analysis

        Wheat futures fell 4 percent in March as farmers across the plains reported the largest harvest in a decade. Storage operators said silos were full and that some growers had rented temporary sheds to hold the surplus until prices recover. Exporters expect shipments to rise through the summer months as buyers in neighbouring countries restock. Analysts cautioned that a dry autumn could still tighten supply next year.

        Share  Tweet  Email
        Copyright 2024 The Example Times. All rights reserved.
        """;

    private const string Reprint = """
        Grain Prices Ease After Record Harvest

        By Staff Writer

        Wheat futures fell 4 percent in March as farmers across the plains reported the largest harvest in a decade. Storage operators said silos were full and that some growers had rented temporary sheds to hold the surplus until prices recover. Exporters expect shipments to rise through the summer months as buyers in neighbouring countries restock.

        BACK TO TOP
        """;

    private readonly TempFolder _folder = new();
    private readonly Corpus _corpus;

    public SyntheticCorpusTests()
    {
        _folder.Write("a-page.txt", Page.ReplaceLineEndings("\r\n")); // Windows line ends on purpose
        _folder.Write("b-reprint.txt", Reprint.ReplaceLineEndings("\n"));
        _folder.Write("notes.md", "not an article");
        _corpus = Corpus.Load(_folder.Path);
    }

    public void Dispose() => _folder.Dispose();

    private Article Page1 => _corpus.Articles[0];

    [Fact]
    public void Only_txt_files_load_in_name_order_and_without_a_catalog_info_is_empty()
    {
        Assert.Equal(["a-page.txt", "b-reprint.txt"], _corpus.Articles.Select(a => a.FileName));
        Assert.All(_corpus.Articles, a => Assert.Equal(ArticleInfo.Empty, a.Info));
        Assert.Empty(_corpus.Problems);
    }

    [Fact]
    public void The_page_splits_into_its_two_pieces_with_labels_and_bylines()
    {
        Assert.Equal(["Wind Turbines Reshape Coastal Towns", "Grain Prices Ease After Record Harvest"], Page1.Pieces.Select(p => p.Title));
        Assert.Equal("BUSINESS", Page1.Pieces[0].Section);
        Assert.Equal("Maria Keller and Tom Oduya", Page1.Pieces[0].Byline);
        Assert.Equal("Analysis", Page1.Pieces[1].Section);
        Assert.Null(Page1.Pieces[1].Byline);
    }

    [Fact]
    public void The_body_is_healed_rejoined_and_free_of_caption_and_furniture()
    {
        var body = Page1.Pieces[0].Body.Text;

        Assert.Contains("cover most households by 2027, according to", body);
        Assert.Contains("a two-year course", body);
        Assert.Contains("“but now they stay and build here,” she added.", body);
        Assert.Contains("\n\nJobs and training\n\n", body);
        Assert.DoesNotContain("Photo by", body);
        Assert.Equal("Workers assemble a turbine blade at the Westport yard. (Photo by Anna Lind)", Assert.Single(Page1.Pieces[0].Captions).Text);
        Assert.DoesNotContain(Page1.Pieces, p => p.Body.Text.Contains("Copyright") || p.Body.Text.Contains("Tweet"));
        Assert.Equal(["Share  Tweet  Email", "Copyright 2024 The Example Times. All rights reserved."],
            Page1.Boilerplate.Select(b => Page1.RawText[b.RawSpan(0, b.Length).Start..b.RawSpan(0, b.Length).End]));
    }

    [Fact]
    public void Windows_line_ends_do_not_leak_into_the_text_and_offsets_still_map()
    {
        foreach (var piece in Page1.Pieces)
        {
            Assert.DoesNotContain('\r', piece.Body.Text);
            for (int i = 0; i < piece.Body.Length; i++)
            {
                char raw = Page1.RawText[piece.Body.RawOffset(i)], text = piece.Body.Text[i];
                Assert.True(char.IsWhiteSpace(text) ? char.IsWhiteSpace(raw) : raw == text, $"{piece} at {i}");
            }
        }
    }

    [Fact]
    public void A_shortened_reprint_is_linked_to_the_fuller_original()
    {
        var reprint = Assert.Single(_corpus.Articles[1].Pieces);

        var link = Assert.IsType<DuplicateLink>(reprint.DuplicateOf);
        Assert.Equal(("a-page.txt", 2), (link.FileName, link.PieceNumber));
        Assert.Equal(1.0, link.Similarity);
        Assert.Equal(2, _corpus.DistinctPieces.Count());
    }
}
