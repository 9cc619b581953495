namespace NewsFigures.Tests.Extraction;

/// <summary>A headline printed above the body states figures of its own, at their offsets in the file.</summary>
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
}
