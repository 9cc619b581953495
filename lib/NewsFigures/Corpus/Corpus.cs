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

    /// <summary>Loads a folder of .txt articles (files directly inside it, in name order) or one file, reading files on
    /// every core. A corpus too large to hold is read with <see cref="Stream"/> instead.</summary>
    /// <exception cref="CorpusLoadException">The path is missing, holds no .txt files or no loadable file, or (strict) any file is bad.</exception>
    public static Corpus Load(string path, CorpusLoadOptions? options = null)
    {
        var stream = Stream(path, options);
        var articles = stream.ToList();
        return new Corpus(articles, stream.Problems.ToList());
    }

    /// <summary>The same corpus handed on one article at a time, holding only a few files in memory: for corpora of any
    /// size, and for figures written as they are found (<see cref="CorpusStream.WithFigures"/>).</summary>
    /// <exception cref="CorpusLoadException">The path is missing or holds no .txt files (at once), no loadable file (at
    /// the end), or (strict) a bad file (when reached).</exception>
    public static CorpusStream Stream(string path, CorpusLoadOptions? options = null) => new(path, options ?? CorpusLoadOptions.Default);
}
