namespace NewsFigures;

/// <summary>Runs the figure extractor over a corpus and maps every figure back to its raw file.</summary>
public static class CorpusFigures
{
    /// <summary>
    /// Every figure stated in the corpus, in file, piece and text order: headlines printed above a body, bodies and captions
    /// of all pieces, both copies
    /// of a duplicate included (fold them with <see cref="FigureTable.FoldDuplicates"/> when counting). Periods resolve against
    /// each article's catalog date. The table keeps the corpus, so its SQLite export can list every piece.
    /// </summary>
    /// <example><code>var figures = Corpus.Load("data/articles").Figures();</code></example>
    public static FigureTable Figures(this Corpus corpus, FigureExtractor? extractor = null)
    {
        ArgumentNullException.ThrowIfNull(corpus);
        extractor ??= new FigureExtractor();
        var found = OrderedParallel.Map(corpus.Pieces, piece => Of(piece, extractor)).SelectMany(f => f);
        return new FigureTable(found, corpus);
    }

    /// <summary>The figures of one piece's headline, body and captions, with raw-file offsets and the piece's duplicate link.</summary>
    /// <exception cref="ExtractionException">A rule failed on the piece; the message names its file and number.</exception>
    internal static List<CorpusFigure> Of(Piece piece, FigureExtractor extractor)
    {
        var context = new ExtractionContext(piece.Article.Info.Date, FiscalYear.IsReportedIn(piece.Article.RawText));
        var found = new List<CorpusFigure>();
        try
        {
            // the headline printed above the body and the body, read for a subject once and only when a part names none of its
            // own (the body alone when no headline is printed: then the body's own reading is all there is)
            int titleAt = PrintedTitleAt(piece);
            bool headline = titleAt >= 0;
            var whole = new Lazy<PieceSubject.Subject?>(() => PieceSubject.Of(headline ? piece.Title + "\n\n" + piece.Body.Text : piece.Body.Text));
            Func<PieceSubject.Subject?> subject = () => whole.Value;
            if (headline) AddTitle(found, piece, titleAt, extractor, context, subject);
            AddMapped(found, piece, piece.Body, extractor.Extract(piece.Body.Text, context, headline ? subject : null));
            foreach (var caption in piece.Captions) AddMapped(found, piece, caption, extractor.Extract(caption.Text, context, subject));
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            throw new ExtractionException($"{piece.Article.FileName}, piece {piece.Number}: the extractor failed on this text "
                + $"({e.GetType().Name}: {e.Message}); please report it with the file", e);
        }
        return found;
    }

    // A headline printed above the body, at raw offset at, states figures too ("Museum wing to cost €85m").
    private static void AddTitle(List<CorpusFigure> into, Piece piece, int at, FigureExtractor extractor, ExtractionContext context,
        Func<PieceSubject.Subject?> pieceSubject)
    {
        var title = piece.Title;
        if (!title.Any(char.IsAsciiDigit) && !HasNumberWord(title)) return;
        foreach (var figure in extractor.Extract(title, context, pieceSubject))
            into.Add(AtRaw(piece, figure, at + figure.Start, at + figure.End));
    }

    // Where the piece's title is printed above its body in the raw file, or -1: a title taken from the body's first words is
    // read there, and one the file does not print as written is no text of the file.
    private static int PrintedTitleAt(Piece piece)
    {
        var title = piece.Title;
        if (title.Length == 0 || piece.Body.Text.StartsWith(title, StringComparison.Ordinal)) return -1;
        var raw = piece.Article.RawText;
        int bodyStart = piece.Body.Text.Length > 0 ? piece.Body.RawSpan(0, 1).Start : raw.Length;
        return bodyStart >= title.Length ? raw.LastIndexOf(title, bodyStart - 1, StringComparison.Ordinal) : -1;
    }

    private static bool HasNumberWord(string title)
    {
        foreach (var word in title.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            if ((Lexicon.Classify(word.AsSpan().Trim(".,;:!?'\"‘’“”")) & FigureExtractor.NumberStarts) != 0) return true;
        return false;
    }

    // Offsets move from the normalized text to the raw file, and the quoted text becomes the raw text they cover.
    private static void AddMapped(List<CorpusFigure> into, Piece piece, MappedText text, IReadOnlyList<Figure> figures)
    {
        foreach (var figure in figures)
        {
            var (start, end) = text.RawSpan(figure.Start, figure.End);
            into.Add(AtRaw(piece, figure, start, end));
        }
    }

    // The piece's figure placed at [start, end) of the raw file, quoting the raw text there.
    private static CorpusFigure AtRaw(Piece piece, Figure figure, int start, int end) =>
        new(piece.Article.FileName, piece.Number, piece.Title, piece.Article.Info,
            figure with { Start = start, End = end, Text = piece.Article.RawText[start..end] })
        {
            DuplicateOf = piece.DuplicateOf,
        };
}
