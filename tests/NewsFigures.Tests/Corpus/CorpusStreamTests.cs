namespace NewsFigures.Tests.CorpusTests;

/// <summary>A corpus read a few files at a time: the same articles and figures as a load, in file order, as they come.</summary>
public sealed class CorpusStreamTests
{
    [Fact]
    public void Streaming_gives_the_same_figures_in_the_same_order_as_loading_then_extracting()
    {
        var loaded = Corpus.Load(RepoFolders.Articles).Figures();

        var streamed = Corpus.Stream(RepoFolders.Articles).WithFigures().SelectMany(a => a.Figures).ToFigureTable();

        Assert.Equal(JsonLines(loaded), JsonLines(streamed));
    }

    [Fact]
    public void Duplicate_links_reach_the_streamed_pieces_and_their_figures()
    {
        var articles = Corpus.Stream(RepoFolders.Articles).WithFigures().ToList();

        var reprint = articles.Single(a => a.Article.FileName.StartsWith(SeedCorpus.Reprint001, StringComparison.Ordinal));
        var link = Assert.IsType<DuplicateLink>(reprint.Article.Pieces[0].DuplicateOf);
        Assert.StartsWith(SeedCorpus.Page000, link.FileName);
        Assert.Equal(1, link.PieceNumber);
        Assert.NotEmpty(reprint.Figures);
        Assert.All(reprint.Figures, f => Assert.Equal(link, f.DuplicateOf));
        Assert.All(articles.Where(a => a != reprint).SelectMany(a => a.Figures), f => Assert.Null(f.DuplicateOf));
    }

    [Fact]
    public void An_article_is_handed_on_before_a_later_file_is_reached()
    {
        using var folder = new TempFolder();
        folder.Write("a.txt", "A Headline\n\nThe plant made 120 turbines in 2024, up 20% from a year earlier.\n");
        folder.Write("b.txt", "");
        var stream = Corpus.Stream(folder.Path, new CorpusLoadOptions { Strict = true });

        using var articles = stream.GetEnumerator();

        Assert.True(articles.MoveNext());
        Assert.Equal("a.txt", articles.Current.FileName);
        var failure = Assert.Throws<CorpusLoadException>(() => articles.MoveNext());
        Assert.EndsWith("b.txt: is empty.", failure.Message);
    }

    [Fact]
    public void Bad_files_are_skipped_and_listed_as_they_are_met()
    {
        var stream = Corpus.Stream(RepoFolders.Fixture("mixed"));

        var files = stream.Select(a => a.FileName).ToList();

        Assert.Equal(["a-good.txt"], files);
        Assert.Equal(["b-empty.txt", "c-binary.txt", "d-invalid-utf8.txt"], stream.Problems.Select(p => Path.GetFileName(p.Path)));
    }

    [Fact]
    public void Progress_counts_every_file_and_byte_once_in_file_order()
    {
        var reports = new List<CorpusProgress>();
        var stream = Corpus.Stream(RepoFolders.Articles, new CorpusLoadOptions { Progress = new Collect(reports) });

        _ = stream.ToList();

        Assert.Equal(Enumerable.Range(1, stream.Files), reports.Select(r => r.FilesDone));
        Assert.All(reports, r => Assert.Equal((stream.Files, stream.Bytes), (r.Files, r.Bytes)));
        Assert.Equal(Directory.GetFiles(RepoFolders.Articles, "*.txt").Sum(f => new FileInfo(f).Length), reports[^1].BytesDone);
        Assert.True(reports.Zip(reports.Skip(1)).All(p => p.First.BytesDone < p.Second.BytesDone));
    }

    [Fact]
    public void Shards_split_the_files_so_that_each_is_read_exactly_once()
    {
        var all = Corpus.Stream(RepoFolders.Articles).Select(a => a.FileName).ToList();

        var parts = Enumerable.Range(1, 3)
            .Select(i => FilesOf(new CorpusShard(i, 3)))
            .ToList();

        Assert.Equal(all, parts.SelectMany(p => p).Order(StringComparer.Ordinal));
        Assert.Equal(parts, Enumerable.Range(1, 3).Select(i => FilesOf(CorpusShard.Parse($"{i}/3"))));
        Assert.Equal(all, FilesOf(new CorpusShard(1, 1)));
    }

    [Theory]
    [InlineData("0/3")]
    [InlineData("4/3")]
    [InlineData("2")]
    [InlineData("a/b")]
    [InlineData("1/0")]
    public void A_shard_that_is_not_i_of_n_is_refused_with_an_example(string text)
    {
        var error = Assert.Throws<FormatException>(() => CorpusShard.Parse(text));

        Assert.Equal($"shard '{text}' is not i/n with 1 <= i <= n (for example 2/4).", error.Message);
    }

    [Fact]
    public void A_shard_holding_no_file_hands_on_nothing_and_says_so()
    {
        using var folder = new TempFolder();
        folder.Write("only.txt", "A Headline\n\nOne sentence with 3 numbers in it.\n");
        var empty = Enumerable.Range(1, 2).Select(i => new CorpusShard(i, 2)).First(s => !s.Holds("only.txt"));
        var stream = Corpus.Stream(folder.Path, new CorpusLoadOptions { Shard = empty });

        Assert.Empty(stream.ToList());
        Assert.Equal($"{folder.Path}: shard {empty} holds none of the folder's .txt files; its output is empty.", Assert.Single(stream.Problems).ToString());
    }

    private static List<string> FilesOf(CorpusShard shard) =>
        Corpus.Stream(RepoFolders.Articles, new CorpusLoadOptions { Shard = shard }).Select(a => a.FileName).ToList();

    private static string JsonLines(FigureTable table)
    {
        var text = new StringWriter();
        table.WriteJsonLines(text);
        return text.ToString();
    }

    private sealed class Collect(List<CorpusProgress> reports) : IProgress<CorpusProgress>
    {
        public void Report(CorpusProgress value) => reports.Add(value);
    }
}
