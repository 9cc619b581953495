namespace NewsFigures.Tests.CorpusTests;

/// <summary>Articles and pieces point at each other; printing, hashing and comparing them must not chase the cycle.</summary>
[Collection(SeedCorpusCollection.Name)]
public sealed class RecordShapeTests(SeedCorpus seeds)
{
    [Fact]
    public void Pieces_and_articles_print_briefly()
    {
        var article = seeds.Article(SeedCorpus.Page000);

        Assert.Equal("000_acd0283a066f7ea4.txt#2 Open-source AI Path to Inclusiveness", article.Pieces[1].ToString());
        Assert.Equal("000_acd0283a066f7ea4.txt (6 pieces)", article.ToString());
        Assert.Equal("000_acd0283a066f7ea4.txt#1", seeds.Article(SeedCorpus.Reprint001).Pieces[0].DuplicateOf!.ToString());
    }

    [Fact]
    public void Equality_is_identity_and_hashing_terminates()
    {
        var pieces = seeds.Corpus.Pieces.ToList();

        Assert.Equal(pieces.Count, pieces.ToHashSet().Count);
        Assert.Equal(seeds.Corpus.Articles.Count, seeds.Corpus.Articles.ToHashSet().Count);
        Assert.NotEqual(pieces[0], pieces[0] with { });
        Assert.Same(pieces[0].Article, seeds.Article(SeedCorpus.Page000));
    }

    [Fact]
    public void Mapped_spans_are_end_exclusive_and_checked()
    {
        var body = seeds.Article(SeedCorpus.Web004).Pieces[0].Body;
        var raw = seeds.Article(SeedCorpus.Web004).RawText;

        var (start, end) = body.RawSpan(0, "Editor's".Length);
        Assert.Equal("Editor's", raw[start..end]);
        Assert.Equal((start, start), body.RawSpan(0, 0));
        Assert.Throws<ArgumentOutOfRangeException>(() => body.RawSpan(5, 4));
        Assert.Throws<ArgumentOutOfRangeException>(() => body.RawSpan(0, body.Length + 1));
        Assert.Equal(body.Text, body.ToString());
    }
}
