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

    public override string ToString() => $"{(Strict ? "strict: any bad file stops the load" : "bad files skipped")}; catalog {CatalogFileName}";
}
