namespace NewsFigures.Tests.CorpusTests;

[Collection(SeedCorpusCollection.Name)]
public sealed class DuplicateTests(SeedCorpus seeds)
{
    [Fact]
    public void The_reprint_in_001_points_at_the_newspaper_piece_in_000()
    {
        var reprint = Assert.Single(seeds.Article(SeedCorpus.Reprint001).Pieces);
        var original = seeds.Article(SeedCorpus.Page000).Pieces[0];

        var link = Assert.IsType<DuplicateLink>(reprint.DuplicateOf);
        Assert.Equal(original.FileName, link.FileName);
        Assert.Equal(original.Number, link.PieceNumber);
        Assert.InRange(link.Similarity, 0.95, 1.0);
        Assert.Null(original.DuplicateOf);
    }

    [Fact]
    public void The_two_copies_differ_only_in_layout_markup_once_normalized()
    {
        var reprint = seeds.Article(SeedCorpus.Reprint001).Pieces[0].Body.Text;
        var original = seeds.Article(SeedCorpus.Page000).Pieces[0].Body.Text;

        // 000 prints "Inter-connected Capital" where 001 prints "Interconnected Capital"; nothing else differs.
        Assert.Equal(reprint, original.Replace("Inter-connected", "Interconnected"));
    }

    [Fact]
    public void No_other_piece_is_linked_and_folding_drops_exactly_the_reprint()
    {
        Assert.Single(seeds.Corpus.Pieces, p => p.DuplicateOf is not null);
        Assert.Equal(seeds.Corpus.Pieces.Count() - 1, seeds.Corpus.DistinctPieces.Count());
        Assert.DoesNotContain(seeds.Corpus.DistinctPieces, p => p.FileName.StartsWith(SeedCorpus.Reprint001, StringComparison.Ordinal));
    }
}
