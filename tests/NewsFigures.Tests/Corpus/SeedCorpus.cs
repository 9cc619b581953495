namespace NewsFigures.Tests.CorpusTests;

/// <summary>The five seed articles, loaded once for every test class that shares the collection.</summary>
public sealed class SeedCorpus
{
    public Corpus Corpus { get; } = Corpus.Load(RepoFolders.Articles);

    public Article Article(string prefix) => Corpus.Articles.Single(a => a.FileName.StartsWith(prefix, StringComparison.Ordinal));

    public Piece Piece(string prefix, string title) => Article(prefix).Pieces.Single(p => p.Title == title);

    public const string Page000 = "000_";
    public const string Reprint001 = "001_";
    public const string Page002 = "002_";
    public const string Translation003 = "003_";
    public const string Web004 = "004_";
}

[CollectionDefinition(Name)]
public sealed class SeedCorpusCollection : ICollectionFixture<SeedCorpus>
{
    public const string Name = "seed corpus";
}
