namespace NewsFigures.Tests.CorpusTests;

[Collection(SeedCorpusCollection.Name)]
public sealed class CatalogTests(SeedCorpus seeds)
{
    private const string Article = "A Small Headline Here\n\nBy Ann Lee\n\nThe council approved 12 new buses on Monday, the transport office said.\n";

    [Fact]
    public void The_seed_catalog_gives_what_each_text_states()
    {
        var reprint = seeds.Article(SeedCorpus.Reprint001).Info;
        Assert.Equal("The Belt and Road News Network", reprint.Outlet);
        Assert.Equal(new DateOnly(2025, 8, 26), reprint.Date);
        Assert.Equal(["LIANG Yilian"], reprint.Authors);
        Assert.False(reprint.IsNewspaperPage);

        var translation = seeds.Article(SeedCorpus.Translation003).Info;
        Assert.Equal("https://www.toutiao.com/article/7533457713548886563/", translation.Url);
        Assert.Equal(new DateOnly(2025, 7, 29), translation.Date);
        Assert.Equal(["Raffaele Huang", "Liza Lin"], translation.Authors);
        Assert.Contains("inferred", translation.Notes);

        Assert.Equal(new DateOnly(2025, 11, 25), seeds.Article(SeedCorpus.Web004).Info.Date);
    }

    [Fact]
    public void Newspaper_pages_are_flagged_and_what_they_do_not_state_stays_blank()
    {
        foreach (var prefix in new[] { SeedCorpus.Page000, SeedCorpus.Page002 })
        {
            var info = seeds.Article(prefix).Info;
            Assert.True(info.IsNewspaperPage);
            Assert.Null(info.Outlet);
            Assert.Null(info.Date);
            Assert.Null(info.Url);
        }
    }

    [Fact]
    public void Every_seed_file_has_a_catalog_row_and_authors_match_the_printed_bylines()
    {
        Assert.Empty(seeds.Corpus.Problems);
        foreach (var article in seeds.Corpus.Articles)
        {
            Assert.NotEqual(ArticleInfo.Empty, article.Info);
            var bylines = article.Pieces.Select(p => p.Byline).OfType<string>().SelectMany(b => b.Split(", ")).ToHashSet();
            Assert.All(article.Info.Authors, a => Assert.Contains(a, bylines));
        }
    }

    [Fact]
    public void Quoted_fields_may_hold_commas_quotes_and_line_breaks()
    {
        using var folder = new TempFolder();
        folder.Write("a.txt", Article);
        folder.Write("catalog.csv", "file,outlet,date,authors,url,newspaper_page,notes,extra\r\n" +
            "a.txt,\"Times, The\",2024-03-05,\"Ann Lee; Bo Chen\",,no,\"He said \"\"hi\"\",\nthen left.\",ignored\r\n");

        var info = Corpus.Load(folder.Path).Articles[0].Info;

        Assert.Equal("Times, The", info.Outlet);
        Assert.Equal(new DateOnly(2024, 3, 5), info.Date);
        Assert.Equal(["Ann Lee", "Bo Chen"], info.Authors);
        Assert.Null(info.Url);
        Assert.Equal("He said \"hi\",\nthen left.", info.Notes);
    }

    [Fact]
    public void A_malformed_catalog_is_reported_with_its_line_and_strict_makes_it_fatal()
    {
        using var folder = new TempFolder();
        folder.Write("a.txt", Article);
        var catalog = folder.Write("catalog.csv", "file,date\na.txt,2024-03-05\nb.txt,5 March 2024\n");

        var lenient = Corpus.Load(folder.Path);
        var problem = Assert.Single(lenient.Problems);
        Assert.Equal($"{catalog}: line 3: date '5 March 2024' is not YYYY-MM-DD.", problem.ToString());
        Assert.Equal(ArticleInfo.Empty, lenient.Articles[0].Info);

        var strict = Assert.Throws<CorpusLoadException>(() => Corpus.Load(folder.Path, new CorpusLoadOptions { Strict = true }));
        Assert.Equal(problem.ToString(), strict.Message);
    }

    [Fact]
    public void An_unclosed_quote_names_the_row_where_it_opens()
    {
        using var folder = new TempFolder();
        folder.Write("a.txt", Article);
        var catalog = folder.Write("catalog.csv", "file,notes\na.txt,\"never closed\n");

        Assert.Equal($"{catalog}: line 2: a quoted field is never closed.", Assert.Single(Corpus.Load(folder.Path).Problems).ToString());
    }
}
