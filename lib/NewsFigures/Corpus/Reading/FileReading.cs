namespace NewsFigures;

/// <summary>
/// One file as a worker leaves it: read, split into pieces, each piece sketched for duplicate detection and (when an
/// extractor is given) searched for figures. Everything here depends on the file alone, so files are read side by
/// side; <see cref="Link"/> then runs in file order, because a duplicate points at an earlier piece.
/// </summary>
internal sealed class FileReading
{
    private readonly Article? _article;
    private readonly List<Piece> _pieces;
    private readonly DuplicateSketch?[] _sketches;
    private readonly List<CorpusFigure>[]? _figures;

    private FileReading(LoadProblem problem)
    {
        Problem = problem;
        _pieces = [];
        _sketches = [];
    }

    private FileReading(Article article, List<Piece> pieces, DuplicateSketch?[] sketches, List<CorpusFigure>[]? figures)
    {
        _article = article;
        _pieces = pieces;
        _sketches = sketches;
        _figures = figures;
    }

    /// <summary>Why the file was not read, or null.</summary>
    public LoadProblem? Problem { get; }

    public static FileReading Read(string path, ArticleCatalog catalog, FigureExtractor? extractor)
    {
        var fileName = Path.GetFileName(path);
        var text = ArticleFileReader.TryRead(path, out var problem);
        var draft = text is null ? null : ArticleParser.Parse(fileName, text);
        if (draft is { Pieces.Count: 0 })
            problem = new LoadProblem(path, "holds no article text (only captions or site furniture).");
        if (problem is not null) return new FileReading(problem);

        var (article, pieces) = Build(draft!, Dated(catalog.For(fileName), text!));
        var sketches = pieces.Select(p => DuplicateSketch.Of(p.Body.Text)).ToArray();
        var figures = extractor is null ? null : pieces.Select(p => CorpusFigures.Of(p, extractor)).ToArray();
        return new FileReading(article, pieces, sketches, figures);
    }

    /// <summary>The article with each piece linked to the earlier piece it copies, if any, and its figures with the same links.</summary>
    public ArticleFigures Link(DuplicateIndex duplicates)
    {
        var article = _article ?? throw new InvalidOperationException(Problem?.ToString());
        var figures = new List<CorpusFigure>();
        for (int i = 0; i < _pieces.Count; i++)
        {
            var link = duplicates.Link(article.FileName, i + 1, _sketches[i]);
            if (link is not null) _pieces[i] = _pieces[i] with { DuplicateOf = link }; // the article's list shows the linked piece
            if (_figures is not null)
                figures.AddRange(link is null ? _figures[i] : _figures[i].Select(f => f with { DuplicateOf = link }));
        }
        return new ArticleFigures(article, figures);
    }

    /// <summary>The catalog's entry, with the date the text states about itself when the catalog gives none.</summary>
    private static ArticleInfo Dated(ArticleInfo info, string text) =>
        info.Date is null && OwnDateFinder.Find(text) is { } own ? info with { Date = own.Date, DateFrom = "text: " + own.Pattern } : info;

    private static (Article, List<Piece>) Build(ArticleDraft draft, ArticleInfo info)
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
            });
        }
        return (article, pieces);
    }
}
