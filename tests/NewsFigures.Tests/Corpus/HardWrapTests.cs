namespace NewsFigures.Tests.CorpusTests;

/// <summary>Plain text wrapped at a fixed width reads back as whole paragraphs, while the short title lines stay apart.</summary>
public sealed class HardWrapTests
{
    private const string Wrapped = """
        Freight Trains Gain Ground

        By Ann Lee

        Rail freight between the two provinces grew 18 percent in 2024,
        carrying a record 42 million tonnes of coal, grain and
        containers, the regional transport bureau said on Tuesday in its
        annual report.

        Faster journeys

        Officials said a new logistics agreement and the fully built Sino-
        American rail link through the mountains had cut average journey
        times from 31 hours to 22 hours.

        The bureau expects volumes to rise again this year as two more
        terminals open along the corridor.
        """;

    [Fact]
    public void Wrapped_lines_are_joined_into_paragraphs()
    {
        using var folder = new TempFolder();
        var piece = Corpus.Load(folder.Write("wrapped.txt", Wrapped)).Pieces.Single();

        Assert.Equal("Freight Trains Gain Ground", piece.Title);
        Assert.Equal("Ann Lee", piece.Byline);
        Assert.Equal(
        [
            "Rail freight between the two provinces grew 18 percent in 2024, carrying a record 42 million tonnes of coal, grain and containers, the regional transport bureau said on Tuesday in its annual report.",
            "Faster journeys",
            "Officials said a new logistics agreement and the fully built Sino-American rail link through the mountains had cut average journey times from 31 hours to 22 hours.",
            "The bureau expects volumes to rise again this year as two more terminals open along the corridor.",
        ], piece.Body.Text.Split("\n\n"));
    }
}
