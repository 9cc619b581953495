namespace NewsFigures;

/// <summary>
/// Writes figures as they are found, in one of the export formats, so a corpus of any size is exported with the memory
/// of a few articles. A file is built beside its path and renamed into place by <see cref="Complete"/>: a run that stops
/// early leaves whatever was there before.
/// </summary>
/// <example><code>
/// using var writer = FigureWriter.ToFile(FigureFormat.Parquet, "out/figures.parquet");
/// foreach (var article in Corpus.Stream("data/articles").WithFigures()) writer.Write(article);
/// writer.Complete();
/// </code></example>
[TypeFormatterSource(typeof(DomainFormatterSource), PreferredMimeTypes = [MimeTypes.PlainText])]
public sealed class FigureWriter : IDisposable
{
    private readonly FigureSink _sink;
    private readonly Stream? _file;
    private readonly PendingFile? _pending;
    private bool _completed;

    private FigureWriter(FigureSink sink, Stream? file = null, PendingFile? pending = null)
    {
        _sink = sink;
        _file = file;
        _pending = pending;
    }

    /// <summary>Figures written so far.</summary>
    public long Figures { get; private set; }

    /// <summary>JSON lines, CSV or Parquet onto a stream (left open).</summary>
    /// <param name="withRules">Also the rules that decided each figure's fields (JSON lines and CSV only).</param>
    /// <exception cref="ArgumentException">SQLite, which needs a file; rules asked of a format without them.</exception>
    public static FigureWriter Create(FigureFormat format, Stream output, bool withRules = false)
    {
        ArgumentNullException.ThrowIfNull(output);
        return new FigureWriter(SinkFor(format, output, withRules));
    }

    /// <summary>JSON lines or CSV onto a text writer, such as the console's, in chunks of whole rows.</summary>
    /// <param name="withRules">Also the rules that decided each figure's fields.</param>
    /// <exception cref="ArgumentException">SQLite or Parquet, which are not text.</exception>
    public static FigureWriter Create(FigureFormat format, TextWriter output, bool withRules = false)
    {
        ArgumentNullException.ThrowIfNull(output);
        return new FigureWriter(format switch
        {
            FigureFormat.JsonLines => new FigureJsonLines(TextChunks.To(output), withRules),
            FigureFormat.Csv => new FigureCsv(TextChunks.To(output), withRules),
            _ => throw new ArgumentException($"{format} is not text: write it to a stream or a file.", nameof(format)),
        });
    }

    /// <summary>Any format into a file, built at <c>PATH.tmp</c> and renamed over <paramref name="path"/> by <see cref="Complete"/>.</summary>
    /// <param name="withRules">Also the rules that decided each figure's fields (JSON lines and CSV only).</param>
    /// <exception cref="ArgumentException">Rules asked of SQLite or Parquet.</exception>
    public static FigureWriter ToFile(FigureFormat format, string path, bool withRules = false)
    {
        if (withRules && format is not (FigureFormat.JsonLines or FigureFormat.Csv)) throw NoRules(format);
        var pending = new PendingFile(path);
        Stream? file = null;
        try
        {
            if (format == FigureFormat.Sqlite) return new FigureWriter(new FigureSqlite(pending.TempPath), pending: pending);
            file = new FileStream(pending.TempPath, FileMode.CreateNew, FileAccess.Write, FileShare.None, bufferSize: 1 << 16);
            return new FigureWriter(SinkFor(format, file, withRules), file, pending);
        }
        catch
        {
            file?.Dispose();
            pending.Dispose();
            throw;
        }
    }

    /// <summary>An article's figures (and, in SQLite, its pieces).</summary>
    public void Write(ArticleFigures article)
    {
        ArgumentNullException.ThrowIfNull(article);
        _sink.WriteArticle(article.Article);
        foreach (var figure in article.Figures) Write(figure);
    }

    public void Write(CorpusFigure figure)
    {
        ArgumentNullException.ThrowIfNull(figure);
        ObjectDisposedException.ThrowIf(_completed, this);
        _sink.WriteFigure(figure, ++Figures);
    }

    /// <summary>Ends the output: the format's footer or commit, then (for a file) the rename into place.</summary>
    public void Complete()
    {
        ObjectDisposedException.ThrowIf(_completed, this);
        _sink.Complete();
        _completed = true;
        _sink.Dispose();
        _file?.Dispose();
        _pending?.Commit();
    }

    /// <summary>Without <see cref="Complete"/>, a file output is discarded and the path keeps what it held.</summary>
    public void Dispose()
    {
        if (_completed) return;
        _completed = true;
        _sink.Dispose();
        _file?.Dispose();
        _pending?.Dispose();
    }

    private static FigureSink SinkFor(FigureFormat format, Stream output, bool withRules) => format switch
    {
        FigureFormat.JsonLines => new FigureJsonLines(TextChunks.To(output), withRules),
        FigureFormat.Csv => new FigureCsv(TextChunks.To(output), withRules),
        FigureFormat.Parquet when withRules => throw NoRules(format),
        FigureFormat.Parquet => new FigureParquetWriter(output),
        _ => throw new ArgumentException($"{format} is written to a file: use ToFile.", nameof(format)),
    };

    // The rules are for reading a wrong field back to its rule, a text format's job; the tables keep the fields only.
    private static ArgumentException NoRules(FigureFormat format) =>
        new($"{format} keeps the fields only: rules are written with JSON lines or CSV.", nameof(format));

    /// <summary>"12 figures written to out/figures.parquet (not yet complete)".</summary>
    public override string ToString() =>
        $"{Figures} figure{(Figures == 1 ? "" : "s")} written{(_pending is null ? "" : $" to {_pending.Path}")}{(_completed ? "" : " (not yet complete)")}";

    /// <summary>A row of SQLite's articles table, for a table that lists pieces apart from its figures.</summary>
    internal void WriteArticleRow(ArticleRow row) => (_sink as FigureSqlite)?.WriteArticleRow(row);
}
