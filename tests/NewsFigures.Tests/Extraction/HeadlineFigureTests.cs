namespace NewsFigures.Tests.Extraction;

/// <summary>A headline printed above the body states figures of its own, at their offsets in the file, and names the piece's
/// subject with the body; a title taken from the body is its first sentence.</summary>
public sealed class HeadlineFigureTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("headline-figures-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private List<Figure> FiguresOf(string text)
    {
        File.WriteAllText(Path.Combine(_folder, "a.txt"), text);
        return [.. Corpus.Load(_folder).Figures().Select(f => f.Figure)];
    }

    [Fact]
    public void A_headline_figure_is_read_where_the_file_prints_it()
    {
        const string text = "Museum wing to cost €85m as visitors top 2m\n\nThe city museum will add a wing this year. Its board approved the plan on Monday.\n";
        var figures = FiguresOf(text);
        var piece = Corpus.Load(_folder).Pieces.Single();
        Assert.Equal("Museum wing to cost €85m as visitors top 2m", piece.Title);
        Assert.DoesNotContain("€85m", piece.Body.Text);
        var wing = Assert.Single(figures, f => f.Unit == "EUR");
        Assert.Equal((85e6, "€85m"), (wing.Value, text[wing.Start..wing.End]));
        Assert.Contains(figures, f => f.Text == "top 2m" && f.Qualifier == "top");
    }

    [Fact]
    public void A_title_taken_from_the_body_is_read_once()
    {
        const string text = "The city museum drew 40,000 visitors in May, up from 32,000 a year earlier.\n";
        var figures = FiguresOf(text);
        Assert.Equal(["40,000", "32,000"], figures.Select(f => f.Text));
    }

    [Fact]
    public void A_name_the_body_says_once_is_the_pieces_subject_when_the_headline_says_it_too()
    {
        const string text = "Norvik Rail profits slump as fares fall\n\nFares at Norvik Rail fell for a third year.\n\n"
            + "Ancillary sales rose 19% to £2.4bn, and operating profit reached £52m.\n";
        var figures = FiguresOf(text);
        Assert.Equal(["Norvik Rail ancillary sales", "Norvik Rail ancillary sales", "Norvik Rail operating profit"], figures.Select(f => f.Metric));
    }

    [Fact]
    public void A_title_taken_from_the_body_ends_at_its_first_sentence_not_at_a_decimal_point_or_an_abbreviation()
    {
        FiguresOf("U.S. ferry income rose to $1.21 billion in May. Fares rose too.\n");
        Assert.Equal("U.S. ferry income rose to $1.21 billion in May", Corpus.Load(_folder).Pieces.Single().Title);
    }

    [Fact]
    public void A_metadata_field_opening_a_caption_is_no_part_of_its_figures()
    {
        var figures = FiguresOf(" date 2019-06-07 Norvik earned $1.21 billion from ferries in May. (Photo: NRK)\n\n"
            + "Norvik earned $1.21 billion from ferries in May, the ministry said.\n");
        Assert.Equal(2, figures.Count(f => f.Text == "$1.21 billion"));
        Assert.All(figures, f => Assert.DoesNotContain("date", f.Metric));
    }
}
