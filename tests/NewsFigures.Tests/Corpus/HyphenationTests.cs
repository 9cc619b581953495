namespace NewsFigures.Tests.CorpusTests;

/// <summary>Line-end hyphens: dropped when the word was merely broken, kept when the file prints the compound with one.</summary>
public sealed class HyphenationTests
{
    private static string BodyOf(string text)
    {
        using var folder = new TempFolder();
        return Corpus.Load(folder.Write("story.txt", text)).Pieces.Single().Body.Text;
    }

    [Fact]
    public void A_broken_word_is_closed_up()
    {
        var body = BodyOf("Ports Expand\n\nBy Ann Lee\n\nThe port added new cranes and improved its logis-\n\ntics network this year.\n");

        Assert.Contains("improved its logistics network this year.", body);
    }

    [Fact]
    public void A_compound_printed_with_its_hyphen_elsewhere_keeps_it()
    {
        var body = BodyOf("Ports Expand\n\nBy Ann Lee\n\nThe firm was co-founded in 2010. Its chief co-\n\nfounded two more firms since.\n");

        Assert.Contains("Its chief co-founded two more firms since.", body);
    }

    [Fact]
    public void A_hyphen_before_a_capitalized_line_is_a_cut_not_a_break()
    {
        var body = BodyOf("Ports Expand\n\nBy Ann Lee\n\nTrade rose as the sea-\n\nThe council met on Monday.\n");

        Assert.Equal("Trade rose as the sea-\n\nThe council met on Monday.", body);
    }

    [Fact]
    public void Suspended_hyphens_before_a_conjunction_stay_open()
    {
        var body = BodyOf("Ports Expand\n\nBy Ann Lee\n\nSmall- and medium-sized firms and 20- to 30-year-old workers gained.\n");

        Assert.Contains("Small- and medium-sized firms and 20- to 30-year-old workers", body);
    }
}
