using DuplicateBench;

namespace NewsFigures.Tests.CorpusTests;

/// <summary>Duplicate detection on samples of shingles: the links of the exact comparison, in bounded memory.</summary>
public sealed class DuplicateIndexTests
{
    private static readonly string[] Vocabulary =
        ["grid", "port", "cargo", "tariff", "budget", "clinic", "league", "airline", "freight", "battery", "wind", "solar", "ticket",
         "revenue", "export", "vaccine", "stadium", "rail", "harbour", "refinery", "subsidy", "deficit", "wage", "pension"];

    [Fact]
    public void The_seed_corpus_gets_the_links_of_the_exact_comparison()
    {
        var corpus = Corpus.Load(RepoFolders.Articles);

        Assert.Equal(ExactOverlap.Links(corpus), corpus.Pieces.Select(p => p.DuplicateOf?.ToString()));
    }

    [Fact]
    public void A_short_piece_keeps_every_shingle_and_a_long_one_a_bounded_sample()
    {
        var shortSketch = DuplicateSketch.Of(Story(seed: 1, words: 100))!;
        var longSketch = DuplicateSketch.Of(Story(seed: 2, words: 5_000))!;

        Assert.Equal((0, 98), (shortSketch.Level, shortSketch.Sample.Length));
        Assert.True(longSketch.Level >= 5, $"level {longSketch.Level}");
        Assert.InRange(longSketch.Sample.Length, DuplicateSketch.TargetSample / 4, DuplicateSketch.TargetSample * 2);
        Assert.All(longSketch.Sample, h => Assert.True(DuplicateSketch.Sampled(h, longSketch.Level)));
    }

    [Fact]
    public void Too_few_shingles_give_no_sketch_and_no_link()
    {
        Assert.Null(DuplicateSketch.Of("Just a few words here, nowhere near twenty of them."));
        Assert.Null(new DuplicateIndex().Link("a.txt", 1, null));
    }

    [Fact]
    public void Hyphens_and_apostrophes_inside_words_do_not_change_a_shingle()
    {
        Assert.Equal(ShingleHashes.Of("the inter-connected grid's new capital"), ShingleHashes.Of("The Interconnected grids new capital"));
        Assert.NotEqual(ShingleHashes.Of("the connected grid"), ShingleHashes.Of("the grid connected"));
    }

    [Fact]
    public void A_reprint_links_to_its_original_and_an_unrelated_story_links_to_nothing()
    {
        var index = new DuplicateIndex();
        string original = Story(seed: 3, words: 1_200);

        Assert.Null(index.Link("a.txt", 1, DuplicateSketch.Of(original)));
        Assert.Null(index.Link("b.txt", 1, DuplicateSketch.Of(Story(seed: 4, words: 1_200))));
        var link = index.Link("c.txt", 2, DuplicateSketch.Of("New headline words here. " + original));

        Assert.Equal(("a.txt", 1, 1.0), (link?.FileName, link?.PieceNumber, link?.Similarity));
        Assert.Equal(2, index.Originals);
    }

    [Theory]
    [InlineData(0.30)]
    [InlineData(0.50)]
    [InlineData(0.70)]
    public void An_excerpt_of_a_long_story_links_to_it_though_their_jaccard_similarity_is_low(double share)
    {
        var index = new DuplicateIndex();
        var words = Story(seed: 5, words: 4_000).Split(' ');
        string excerpt = string.Join(' ', words.Skip(400).Take((int)(words.Length * share)));

        index.Link("long.txt", 1, DuplicateSketch.Of(string.Join(' ', words)));
        var link = index.Link("excerpt.txt", 1, DuplicateSketch.Of(excerpt));

        Assert.Equal("long.txt#1", link?.ToString());
        Assert.True(link!.Similarity >= 0.9, $"similarity {link.Similarity}");
    }

    [Fact]
    public void A_story_rewritten_beyond_the_threshold_is_not_linked()
    {
        var index = new DuplicateIndex();
        var words = Story(seed: 6, words: 1_500).Split(' ');
        // Every third word replaced: about 30% of 3-shingles survive, well under the 0.6 threshold.
        string rewritten = string.Join(' ', words.Select((w, i) => i % 3 == 0 ? w + "x" : w));

        index.Link("a.txt", 1, DuplicateSketch.Of(string.Join(' ', words)));

        Assert.Null(index.Link("b.txt", 1, DuplicateSketch.Of(rewritten)));
    }

    [Fact]
    public void A_phrase_common_to_many_originals_is_no_longer_followed()
    {
        var table = new ShingleTable();
        for (int holder = 0; holder < DuplicateIndex.CommonShingleHolders + 10; holder++)
            table.Add(hash: 42UL << 32, holder, DuplicateIndex.CommonShingleHolders);
        table.Add(hash: 7UL << 32, holder: 3, DuplicateIndex.CommonShingleHolders);

        Assert.Empty(ToList(table.Holders(42UL << 32, DuplicateIndex.CommonShingleHolders)));
        Assert.Equal([3], ToList(table.Holders(7UL << 32, DuplicateIndex.CommonShingleHolders)));
        Assert.Empty(ToList(table.Holders(8UL << 32, DuplicateIndex.CommonShingleHolders)));
    }

    private static List<int> ToList(ShingleTable.Chain chain)
    {
        var holders = new List<int>();
        foreach (int h in chain) holders.Add(h);
        return holders;
    }

    /// <summary>Words drawn from a small vocabulary with numbers between them: a text whose 3-shingles are all but unique.</summary>
    private static string Story(int seed, int words)
    {
        var random = new Random(seed);
        return string.Join(' ', Enumerable.Range(0, words).Select(i => i % 4 == 3 ? random.Next(1, 100_000).ToString() : Vocabulary[random.Next(Vocabulary.Length)]));
    }
}

/// <summary>
/// A frozen corpus of 40 generated news files with nine planted reprints (three full copies under a new headline, three
/// edited, three truncated), written by <c>bench/CorpusGen --files 40 --reprint-every 4</c>; reprints.tsv lists them.
/// </summary>
public sealed class PlantedReprintTests
{
    private static readonly string Folder = RepoFolders.Fixture("reprints");

    [Fact]
    public void Every_planted_reprint_and_nothing_else_is_linked_to_its_original()
    {
        var planted = File.ReadLines(Path.Combine(Folder, "reprints.tsv")).Skip(1).Select(l => l.Split('\t'))
            .ToDictionary(r => r[0], r => r[1]);

        var linked = Corpus.Load(Folder).Pieces.Where(p => p.DuplicateOf is not null)
            .ToDictionary(p => p.FileName, p => p.DuplicateOf!.FileName);

        Assert.Equal(9, planted.Count);
        Assert.Equal(planted.OrderBy(kv => kv.Key), linked.OrderBy(kv => kv.Key));
    }

    [Fact]
    public void The_links_are_those_of_the_exact_comparison()
    {
        var corpus = Corpus.Load(Folder);

        Assert.Equal(ExactOverlap.Links(corpus), corpus.Pieces.Select(p => p.DuplicateOf is { } l ? $"{l.FileName}#{l.PieceNumber}" : null));
    }
}
