using System.Globalization;

namespace NewsFigures.Tests.CorpusTests;

/// <summary>The date a text states about itself: each pattern on a real-looking line, and the near misses it must leave.</summary>
public sealed class OwnDateTests
{
    private static string? Read(OwnDatePattern pattern, string line) =>
        pattern.Read(line)?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    [Theory]
    [InlineData("date 2025-08-28 China's AI users top 600 mln", "2025-08-28")]
    [InlineData("date 2018-09-25", "2018-09-25")]
    public void A_metadata_line_gives_its_date(string line, string date) => Assert.Equal(date, Read(new MetadataDateLine(), line));

    [Theory]
    [InlineData("Date rose 12% to 2025-08-28 levels")]
    [InlineData("dates 2025-08-28")]
    [InlineData("date 2025-13-28")]
    public void Near_misses_are_no_metadata_line(string line) => Assert.Null(Read(new MetadataDateLine(), line));

    [Theory]
    [InlineData("Updated: 2025-11-19", "2025-11-19")]
    [InlineData("Update: 2025-11-19", "2025-11-19")]
    [InlineData("Published 12 March 2024", "2024-03-12")]
    [InlineData("Last updated on March 6, 2017 10:02 GMT", "2017-03-06")]
    [InlineData("Posted: Tuesday, 4 June 2024", "2024-06-04")]
    [InlineData("Post Date: 30 Nov 2013 Viewed: 347", "2013-11-30")]
    [InlineData("FE Team | Published: January 07, 2012 00:00:00 | Updated: February 01, 2018", "2012-01-07")]
    public void A_stamp_line_gives_its_date(string line, string date) => Assert.Equal(date, Read(new StampDateLine(), line));

    [Theory]
    [InlineData("Published figures for 12 March 2024 show exports fell.")]
    [InlineData("Updated forecasts put output at 1.2 million barrels by March 6, 2017.")]
    [InlineData("Updated: 19 November")]
    public void Near_misses_are_no_stamp_line(string line) => Assert.Null(Read(new StampDateLine(), line));

    [Theory]
    [InlineData("BEIJING, Aug. 26, 2025 (Xinhua) -- China's power use rose 8.6 percent.", "2025-08-26")]
    [InlineData("WASHINGTON, March 6, 2017 (AP) — U.S. home prices rose.", "2017-03-06")]
    [InlineData("LAGOS, Nigeria, 12 May 2023 — Diesel prices fell.", "2023-05-12")]
    public void A_dateline_gives_its_date(string line, string date) => Assert.Equal(date, Read(new Dateline(), line));

    [Theory]
    [InlineData("BEIJING, Aug. 26 (Xinhua) -- China's power use rose 8.6 percent.")] // no year: nothing guessed
    [InlineData("Exports rose, March 6, 2017 -- a record.")]
    [InlineData("OPEC, allies to cut oil output amid declining crude prices")]
    public void Near_misses_are_no_dateline(string line) => Assert.Null(Read(new Dateline(), line));

    [Theory]
    [InlineData("March 6, 2017", "2017-03-06")]
    [InlineData("Oct 1 2012 | Focus", "2012-10-01")]
    [InlineData("Xinhua) 15:53, April 12, 2023", "2023-04-12")]
    [InlineData("People's Daily Online) 14:30, March 03, 2026", "2026-03-03")]
    [InlineData("2024-05-01", "2024-05-01")]
    public void A_date_alone_on_its_line_gives_its_date(string line, string date) => Assert.Equal(date, Read(new DateAloneLine(), line));

    [Theory]
    [InlineData("Generative AI users in China hit 602 million on December 31, 2025, up 141.7 percent.")]
    [InlineData("The deal was signed on March 6, 2017.")]
    [InlineData("Power for all by 2012")]
    [InlineData("February 30, 2025")]
    [InlineData("1 hour ago")]
    public void Near_misses_are_no_date_line(string line) => Assert.Null(Read(new DateAloneLine(), line));

    [Fact]
    public void Only_the_head_and_foot_are_read()
    {
        var middle = string.Join("\n", Enumerable.Range(1, 12).Select(i => $"Paragraph {i} about wind power."));
        Assert.Null(OwnDateFinder.Find("Wind farms grow\n" + middle + "\nMarch 6, 2017\n" + middle));
        Assert.Equal((new DateOnly(2017, 3, 6), "date line"), OwnDateFinder.Find("Wind farms grow\n" + middle + "\nMarch 6, 2017"));
    }

    [Fact]
    public void The_catalog_wins_and_the_text_fills_in_where_it_is_silent()
    {
        using var folder = new TempFolder();
        folder.Write("a.txt", "Solar output climbs\n\nUpdated: 2025-11-19\n\nSolar output rose 12% last year.\n");
        folder.Write("b.txt", "Solar output climbs\n\nUpdated: 2025-11-19\n\nSolar output rose 12% last year.\n");
        folder.Write("catalog.csv", "file,date\na.txt,2024-01-02\nb.txt,\n");
        var corpus = Corpus.Load(folder.Path);
        var a = corpus.Articles.Single(x => x.FileName == "a.txt").Info;
        var b = corpus.Articles.Single(x => x.FileName == "b.txt").Info;
        Assert.Equal((new DateOnly(2024, 1, 2), "catalog"), (a.Date!.Value, a.DateFrom!));
        Assert.Equal((new DateOnly(2025, 11, 19), "text: updated line"), (b.Date!.Value, b.DateFrom!));
    }

    [Fact]
    public void A_metadata_field_on_the_headline_line_dates_the_text_and_is_neither_its_title_nor_its_first_words()
    {
        using var folder = new TempFolder();
        folder.Write("a.txt", " date 2025-08-28 Ferry passengers top 3 mln\n\nFerry passengers on the lake topped 3 million in July, up 8 percent.\n");
        var article = Corpus.Load(folder.Path).Articles.Single();
        var piece = Assert.Single(article.Pieces);
        Assert.Equal((new DateOnly(2025, 8, 28), "text: metadata line"), (article.Info.Date!.Value, article.Info.DateFrom!));
        Assert.Equal("Ferry passengers top 3 mln", piece.Title);
        Assert.DoesNotContain("2025-08-28", piece.Body.Text);
        var headline = Corpus.Load(folder.Path).Figures().First();
        Assert.Equal(("top 3 mln", 3_000_000d), (headline.Figure.Text, headline.Figure.Value));
        Assert.Equal("Ferry passengers", headline.Figure.Metric); // not "date"
    }

    [Fact]
    public void Furniture_after_a_metadata_field_is_no_title()
    {
        using var folder = new TempFolder();
        folder.Write("a.txt", " date 2017-12-06 Have your say\n\nLEAKAGE by water companies has increased to more than three billion litres a day.\n");
        Assert.DoesNotContain("Have your say", Assert.Single(Corpus.Load(folder.Path).Pieces).Title);
    }

    [Fact]
    public void Every_study_text_states_the_date_the_annotators_recorded_or_none()
    {
        var half = RepoFolders.DevHalf("study");
        var recorded = File.ReadAllLines(Path.Combine(half, "sources.tsv")).Skip(1).Select(l => l.Split('\t'))
            .ToDictionary(f => f[0], f => f[4]);
        var corpus = Corpus.Load(Path.Combine(half, "texts"));
        Assert.Equal(90, recorded.Count);
        var found = corpus.Articles.ToDictionary(a => a.FileName,
            a => a.Info.Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "");
        Assert.Equal(recorded.OrderBy(p => p.Key), found.OrderBy(p => p.Key));
    }
}
