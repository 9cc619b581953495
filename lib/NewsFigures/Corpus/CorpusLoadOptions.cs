namespace NewsFigures;

/// <summary>How <see cref="Corpus.Load"/> treats bad files.</summary>
[TypeFormatterSource(typeof(DomainFormatterSource), PreferredMimeTypes = [MimeTypes.PlainText])]
public sealed record CorpusLoadOptions
{
    public static CorpusLoadOptions Default { get; } = new();

    /// <summary>When true, any bad file stops the load; otherwise it is reported in <see cref="Corpus.Problems"/> and skipped.</summary>
    public bool Strict { get; init; }

    /// <summary>File name of the catalog looked for beside the articles.</summary>
    public string CatalogFileName { get; init; } = "catalog.csv";

    /// <summary>Only this part of a folder's files (<c>CorpusShard.Parse("2/4")</c>); null reads them all.</summary>
    public CorpusShard? Shard { get; init; }

    /// <summary>Told after each file is handed on; reports arrive on the reading thread, in file order.</summary>
    public IProgress<CorpusProgress>? Progress { get; init; }

    public override string ToString() =>
        $"{(Strict ? "strict: any bad file stops the load" : "bad files skipped")}; catalog {CatalogFileName}{(Shard is null ? "" : $"; shard {Shard}")}";
}
