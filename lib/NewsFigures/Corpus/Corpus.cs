namespace NewsFigures;

/// <summary>
/// A folder (or a single file) of plain-text news articles, split into pieces with normalized, mapped text.
/// <code>var corpus = Corpus.Load("data/articles");</code>
/// </summary>
[TypeFormatterSource(typeof(DomainFormatterSource), PreferredMimeTypes = [MimeTypes.Html, MimeTypes.PlainText])]
public sealed class Corpus
{
    private Corpus(IReadOnlyList<Article> articles, IReadOnlyList<LoadProblem> problems)
    {
        Articles = articles;
        Problems = problems;
    }

    public IReadOnlyList<Article> Articles { get; }

    /// <summary>Bad files reported and skipped (only when not strict), and catalog problems.</summary>
    public IReadOnlyList<LoadProblem> Problems { get; }

    /// <summary>Every piece of every article, in file then piece order.</summary>
    public IEnumerable<Piece> Pieces => Articles.SelectMany(a => a.Pieces);

    /// <summary>Pieces with duplicates folded: only those with <see cref="Piece.DuplicateOf"/> == null.</summary>
    public IEnumerable<Piece> DistinctPieces => Pieces.Where(p => p.DuplicateOf is null);

    /// <summary>"5 articles, 13 pieces (2 copies of earlier pieces)", and the load problems if there are any.</summary>
    public override string ToString()
    {
        int pieces = Pieces.Count(), copies = Pieces.Count(p => p.DuplicateOf is not null);
        return $"{Articles.Count} article{S(Articles.Count)}, {pieces} piece{S(pieces)}"
            + (copies > 0 ? $" ({copies} cop{(copies == 1 ? "y" : "ies")} of earlier pieces)" : "")
            + (Problems.Count > 0 ? $"; {Problems.Count} load problem{S(Problems.Count)}" : "");

        static string S(int n) => n == 1 ? "" : "s";
    }

    /// <summary>Loads a folder of .txt articles (files directly inside it, in name order) or one file.</summary>
    /// <exception cref="CorpusLoadException">The path is missing, holds no .txt files or no loadable file, or (strict) any file is bad.</exception>
    public static Corpus Load(string path, CorpusLoadOptions? options = null)
    {
        options ??= CorpusLoadOptions.Default;
        var files = CorpusFiles.Resolve(path);
        bool single = files.Count == 1 && File.Exists(path);
        var problems = new List<LoadProblem>();

        var drafts = new List<ArticleDraft>();
        foreach (var file in files)
        {
            var text = ArticleFileReader.TryRead(file, out var problem);
            var draft = text is null ? null : ArticleParser.Parse(Path.GetFileName(file), text);
            if (draft is { Pieces.Count: 0 })
                problem = new LoadProblem(file, "holds no article text (only captions or site furniture).");
            if (problem is not null)
            {
                if (options.Strict || single) throw new CorpusLoadException(problem);
                problems.Add(problem);
                continue;
            }
            drafts.Add(draft!);
        }
        if (drafts.Count == 0)
            throw new CorpusLoadException(new LoadProblem(path, $"none of the {files.Count} .txt files could be loaded (first: {problems[0]})."));

        var catalog = ReadCatalog(CorpusFiles.CatalogFolder(path), options, problems);
        var links = DuplicateFinder.Find(drafts);
        var articles = drafts.Select((d, i) => Build(d, catalog.For(d.FileName), p => links.GetValueOrDefault((i, p)))).ToList();
        return new Corpus(articles, problems);
    }

    private static ArticleCatalog ReadCatalog(string folder, CorpusLoadOptions options, List<LoadProblem> problems)
    {
        string path = Path.Combine(folder, options.CatalogFileName);
        if (!File.Exists(path)) return ArticleCatalog.None;
        var catalog = ArticleCatalog.Read(path, out var problem);
        if (problem is not null)
        {
            if (options.Strict) throw new CorpusLoadException(problem);
            problems.Add(problem);
        }
        return catalog;
    }

    private static Article Build(ArticleDraft draft, ArticleInfo info, Func<int, DuplicateLink?> duplicateOf)
    {
        var pieces = new List<Piece>(draft.Pieces.Count);
        var article = new Article
        {
            FileName = draft.FileName,
            RawText = draft.RawText,
            Info = info,
            Pieces = pieces.AsReadOnly(),
            Boilerplate = draft.Boilerplate.Select(b => b.ToMappedText()).ToList(),
        };
        for (int i = 0; i < draft.Pieces.Count; i++)
        {
            var d = draft.Pieces[i];
            pieces.Add(new Piece
            {
                Article = article,
                Number = i + 1,
                Title = d.Title,
                Byline = d.Byline,
                Section = d.Section,
                Body = d.Body.ToMappedText(),
                Captions = d.Captions.Select(c => c.ToMappedText()).ToList(),
                DuplicateOf = duplicateOf(i),
            });
        }
        return article;
    }
}
