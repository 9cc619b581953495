namespace NewsFigures;

/// <summary>
/// A corpus read a few files at a time: files are read, split into pieces and (with <see cref="WithFigures"/>) searched
/// for figures on every core, then handed on in file order with duplicates linked, so memory holds a window of files
/// whatever the corpus size and the same input gives the same sequence. <see cref="Corpus.Load"/> keeps what this hands on.
/// </summary>
/// <example><code>
/// foreach (var (article, figures) in Corpus.Stream("data/articles").WithFigures())
///     Console.WriteLine($"{article.FileName}: {figures.Count} figures");
/// </code></example>
[TypeFormatterSource(typeof(DomainFormatterSource), PreferredMimeTypes = [MimeTypes.PlainText])]
public sealed class CorpusStream : IEnumerable<Article>
{
    private readonly string _path;
    private readonly CorpusLoadOptions _options;
    private readonly IReadOnlyList<(string Path, long Bytes)> _files;
    private readonly ArticleCatalog _catalog;
    private readonly LoadProblem? _catalogProblem;
    private readonly List<LoadProblem> _problems = [];

    internal CorpusStream(string path, CorpusLoadOptions options)
    {
        _path = path;
        _options = options;
        _files = CorpusFiles.Resolve(path, options.Shard);
        (_catalog, _catalogProblem) = ReadCatalog(CorpusFiles.CatalogFolder(path), options);
    }

    /// <summary>Files to read (those of the shard, if one was given).</summary>
    public int Files => _files.Count;

    /// <summary>Their total size on disk.</summary>
    public long Bytes => _files.Sum(f => f.Bytes);

    /// <summary>Bad files reported and skipped so far (only when not strict), and catalog problems.</summary>
    public IReadOnlyList<LoadProblem> Problems => _problems;

    public IEnumerator<Article> GetEnumerator() => Read(extractor: null).Select(a => a.Article).GetEnumerator();

    System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();

    /// <summary>Each article with the figures it states (both copies of a duplicate included, as in <see cref="CorpusFigures.Figures"/>).</summary>
    public IEnumerable<ArticleFigures> WithFigures(FigureExtractor? extractor = null) => Read(extractor ?? new FigureExtractor());

    public override string ToString() => $"{Files:N0} file{(Files == 1 ? "" : "s")} ({Bytes / 1e6:N1} MB) in {_path}";

    private IEnumerable<ArticleFigures> Read(FigureExtractor? extractor)
    {
        _problems.Clear();
        if (_catalogProblem is not null) _problems.Add(_catalogProblem);
        if (_files.Count == 0 && _options.Shard is { } shard)
            _problems.Add(new LoadProblem(_path, $"shard {shard} holds none of the folder's .txt files; its output is empty."));
        bool single = _files.Count == 1 && File.Exists(_path);
        var duplicates = new DuplicateIndex();
        int done = 0, loaded = 0;
        long bytes = 0, total = Bytes;
        foreach (var file in OrderedParallel.Map(_files, f => FileReading.Read(f.Path, _catalog, extractor)))
        {
            bytes += _files[done++].Bytes;
            _options.Progress?.Report(new CorpusProgress(done, _files.Count, bytes, total));
            if (file.Problem is not null)
            {
                if (_options.Strict || single) throw new CorpusLoadException(file.Problem);
                _problems.Add(file.Problem);
                continue;
            }
            loaded++;
            yield return file.Link(duplicates);
        }
        if (loaded == 0 && _files.Count > 0)
            throw new CorpusLoadException(new LoadProblem(_path,
                $"none of the {_files.Count} .txt files could be loaded (first: {_problems.First(p => p != _catalogProblem)})."));
    }

    private static (ArticleCatalog, LoadProblem?) ReadCatalog(string folder, CorpusLoadOptions options)
    {
        string path = Path.Combine(folder, options.CatalogFileName);
        if (!File.Exists(path)) return (ArticleCatalog.None, null);
        var catalog = ArticleCatalog.Read(path, out var problem);
        if (problem is not null && options.Strict) throw new CorpusLoadException(problem);
        return (catalog, problem);
    }
}
