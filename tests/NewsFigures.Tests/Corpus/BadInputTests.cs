namespace NewsFigures.Tests.CorpusTests;

/// <summary>Bad input gets one sentence naming the file; in a folder a bad file is skipped unless strict.</summary>
public sealed class BadInputTests
{
    private static CorpusLoadException LoadFails(string path, bool strict = false) =>
        Assert.Throws<CorpusLoadException>(() => Corpus.Load(path, new CorpusLoadOptions { Strict = strict }));

    [Fact]
    public void A_missing_path_is_named()
    {
        var path = RepoFolders.Fixture("no-such-folder");

        var error = LoadFails(path);

        Assert.Equal($"{path}: no such file or folder.", error.Message);
    }

    [Fact]
    public void An_empty_file_is_named()
    {
        var path = RepoFolders.Fixture("bad", "empty.txt");

        Assert.Equal($"{path}: is empty.", LoadFails(path).Message);
    }

    [Fact]
    public void A_file_of_only_whitespace_counts_as_empty()
    {
        var path = RepoFolders.Fixture("bad", "whitespace-only.txt");

        Assert.Equal($"{path}: is empty (only whitespace).", LoadFails(path).Message);
    }

    [Fact]
    public void A_binary_file_is_named_with_the_offset_of_its_first_NUL_byte()
    {
        var path = RepoFolders.Fixture("bad", "binary.txt");

        Assert.Equal($"{path}: is a binary file, not text (NUL byte at byte offset 8).", LoadFails(path).Message);
    }

    [Fact]
    public void Text_that_is_not_UTF8_is_named_with_the_byte_and_line()
    {
        var path = RepoFolders.Fixture("bad", "invalid-utf8.txt");
        int offset = Array.IndexOf(File.ReadAllBytes(path), (byte)0xE9); // the Latin-1 "é" in "Café"

        var error = LoadFails(path);

        Assert.Equal(27, offset);
        Assert.Equal($"{path}: is not valid UTF-8 (byte 0xE9 at byte offset 27, line 2).", error.Message);
    }

    [Fact]
    public void A_folder_without_txt_files_is_named()
    {
        var path = RepoFolders.Fixture("no-text");

        Assert.Equal($"{path}: folder holds no .txt files.", LoadFails(path).Message);
    }

    [Fact]
    public void Messages_are_one_line()
    {
        string[] paths = ["bad/empty.txt", "bad/binary.txt", "bad/invalid-utf8.txt", "no-text", "no-such-folder"];
        foreach (var p in paths)
            Assert.DoesNotContain('\n', LoadFails(RepoFolders.Fixture(p.Split('/'))).Message);
    }

    [Fact]
    public void In_a_folder_bad_files_are_reported_and_skipped_and_the_good_one_loads()
    {
        var corpus = Corpus.Load(RepoFolders.Fixture("mixed"));

        var article = Assert.Single(corpus.Articles);
        Assert.Equal("a-good.txt", article.FileName);
        Assert.Equal("Solar Farms Spread Across the Plateau", Assert.Single(article.Pieces).Title);
        Assert.Equal(["b-empty.txt", "c-binary.txt", "d-invalid-utf8.txt"], corpus.Problems.Select(p => Path.GetFileName(p.Path)));
        Assert.Contains("is empty", corpus.Problems[0].Message);
        Assert.Contains("NUL byte", corpus.Problems[1].Message);
        Assert.Contains("not valid UTF-8", corpus.Problems[2].Message);
    }

    [Fact]
    public void Strict_loading_stops_at_the_first_bad_file()
    {
        var error = LoadFails(RepoFolders.Fixture("mixed"), strict: true);

        Assert.Equal($"{RepoFolders.Fixture("mixed", "b-empty.txt")}: is empty.", error.Message);
        Assert.Equal("b-empty.txt", Path.GetFileName(error.Problem!.Path));
    }

    [Fact]
    public void A_folder_where_every_file_is_bad_fails_even_when_lenient()
    {
        var error = LoadFails(RepoFolders.Fixture("bad"));

        Assert.StartsWith($"{RepoFolders.Fixture("bad")}: none of the 4 .txt files could be loaded", error.Message);
    }

    [Fact]
    public void A_file_of_nothing_but_site_furniture_has_no_article_text()
    {
        using var folder = new TempFolder();
        var path = folder.Write("footer.txt", "BACK TO TOP\nCopyright 2024 Example Media. All rights reserved\n");

        Assert.Equal($"{path}: holds no article text (only captions or site furniture).", LoadFails(path).Message);
    }

    [Fact]
    public void UTF16_text_is_named_as_such_rather_than_as_binary()
    {
        using var folder = new TempFolder();
        var path = folder.Write("utf16.txt", [.. System.Text.Encoding.Unicode.GetPreamble(), .. System.Text.Encoding.Unicode.GetBytes("Some text.")]);

        Assert.Equal($"{path}: is UTF-16 text (byte order mark at byte offset 0); save it as UTF-8.", LoadFails(path).Message);
    }

    [Fact]
    public void A_byte_order_mark_is_dropped_so_offsets_match_File_ReadAllText()
    {
        using var folder = new TempFolder();
        var path = folder.Write("bom.txt", [0xEF, 0xBB, 0xBF, .. "A Title Line\n\nBy Ann Lee\n\nSome text follows here.\n"u8.ToArray()]);

        var article = Assert.Single(Corpus.Load(path).Articles);

        Assert.Equal(File.ReadAllText(path), article.RawText);
        Assert.Equal("A Title Line", article.Pieces[0].Title);
    }

    [Fact]
    public void A_rule_that_fails_on_a_text_is_reported_with_the_file_and_piece_it_failed_on()
    {
        using var folder = new TempFolder();
        folder.Write("prices.txt", "Prices Rise\n\nPrices rose 5% in May, the agency said.\n");
        // a pipeline without rules fails on the first figure, as a rule with a bug would
        var failing = new FigureExtractor(new ExtractionPipeline());

        var e = Assert.Throws<ExtractionException>(() => Corpus.Load(folder.Path).Figures(failing));

        Assert.StartsWith("prices.txt, piece 1: the extractor failed on this text (InvalidOperationException: no rule proposed", e.Message);
        Assert.EndsWith("please report it with the file", e.Message);
        Assert.IsType<InvalidOperationException>(e.InnerException);
    }
}
