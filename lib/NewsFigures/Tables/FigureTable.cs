using System.Collections;
using Microsoft.Data.Analysis;

namespace NewsFigures;

/// <summary>
/// An immutable list of figures found in a corpus, in the order given (for <see cref="CorpusFigures.Figures"/>: file,
/// piece, text). Filters return a new table; LINQ works on it as on any list. It shows as an HTML table in a notebook
/// (<see cref="ToHtml()"/>, declared by <see cref="TypeFormatterSourceAttribute"/>), converts to and from a <see cref="DataFrame"/>, and writes CSV, JSON lines, SQLite and Parquet.
/// </summary>
/// <example><code>
/// var figures = Corpus.Load("data/articles").Figures();
/// var compute = figures.ByMetric("computing power").FoldDuplicates();
/// compute.WriteCsv("out/compute.csv");
/// </code></example>
[TypeFormatterSource(typeof(DomainFormatterSource), PreferredMimeTypes = [MimeTypes.Html, MimeTypes.PlainText])]
public sealed class FigureTable : IReadOnlyList<CorpusFigure>
{
    private readonly CorpusFigure[] _figures;

    /// <param name="figures">The rows, kept in this order.</param>
    /// <param name="corpus">The corpus they came from, if known: the SQLite export then lists all its pieces.</param>
    public FigureTable(IEnumerable<CorpusFigure> figures, Corpus? corpus = null)
    {
        ArgumentNullException.ThrowIfNull(figures);
        _figures = figures.ToArray();
        if (Array.IndexOf(_figures, null) is var at and >= 0) throw new ArgumentException($"Figure {at} is null.", nameof(figures));
        Corpus = corpus;
    }

    public static FigureTable Empty { get; } = new([]);

    /// <summary>The corpus the figures came from, when the table knows it.</summary>
    public Corpus? Corpus { get; }

    public int Count => _figures.Length;

    public CorpusFigure this[int index] => _figures[index];

    public IEnumerator<CorpusFigure> GetEnumerator() => ((IEnumerable<CorpusFigure>)_figures).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <summary>The figures that satisfy the predicate, as a table (LINQ's Where would give a plain sequence).</summary>
    public FigureTable Where(Func<CorpusFigure, bool> predicate)
    {
        ArgumentNullException.ThrowIfNull(predicate);
        return new FigureTable(_figures.Where(predicate), Corpus);
    }

    /// <summary>Figures whose metric contains the text, ignoring case: <c>ByMetric("computing power")</c>.</summary>
    public FigureTable ByMetric(string contains) => Where(f => Contains(f.Figure.Metric, contains));

    /// <summary>Figures in the canonical unit, ignoring case: <c>ByUnit("EFLOPS")</c>, <c>ByUnit("percent")</c>.</summary>
    public FigureTable ByUnit(string unit) => Where(f => string.Equals(f.Figure.Unit, unit, StringComparison.OrdinalIgnoreCase));

    public FigureTable ByKind(FigureKind kind) => Where(f => f.Figure.Kind == kind);

    /// <summary>Figures credited to someone whose name contains the text, ignoring case: <c>ByAttribution("Ministry of Education")</c>.</summary>
    public FigureTable ByAttribution(string contains) => Where(f => Contains(f.Figure.Attribution, contains));

    /// <summary>Figures whose quoted text, metric, sentence, attribution or piece title contains the text, ignoring case.</summary>
    public FigureTable Search(string text) => Where(f =>
        Contains(f.Figure.Text, text) || Contains(f.Figure.Metric, text) || Contains(f.Figure.Sentence, text)
        || Contains(f.Figure.Attribution, text) || Contains(f.PieceTitle, text));

    /// <summary>
    /// Each figure counted once: drops a figure from a copied piece (<see cref="CorpusFigure.DuplicateOf"/> set) when this
    /// table also holds a figure of the same value and unit in the piece it copies. Figures only the copy states stay, and
    /// so does a copy's figure whose original was filtered out of this table.
    /// </summary>
    public FigureTable FoldDuplicates()
    {
        var originals = _figures.Select(f => (f.File, f.PieceNumber, f.Figure.Value, f.Figure.Unit)).ToHashSet();
        return Where(f => f.DuplicateOf is not { } link
            || !originals.Contains((link.FileName, link.PieceNumber, f.Figure.Value, f.Figure.Unit)));
    }

    /// <summary>One row per figure; columns are listed in <see cref="FigureFrame.Columns"/>.</summary>
    public DataFrame ToDataFrame() => FigureFrame.From(this);

    /// <summary>
    /// Reads back a frame shaped like <see cref="ToDataFrame"/>'s (extra columns ignored, rows filtered or sorted at will).
    /// With the corpus, each row takes its article's full catalog entry and its piece's duplicate link; without it, only
    /// outlet and date are known and a duplicate link's similarity is NaN.
    /// </summary>
    /// <exception cref="FormatException">A column is missing, or a cell cannot be read; the message names it.</exception>
    public static FigureTable FromDataFrame(DataFrame frame, Corpus? corpus = null) => FigureFrame.Read(frame, corpus);

    /// <summary>An HTML table of at most 200 rows: value, unit, kind, metric, period, the quote with the figure marked,
    /// attribution, outlet and date, and file#piece with the raw offsets.</summary>
    public string ToHtml() => FigureHtml.Table(this, FigureHtml.DefaultMaxRows);

    /// <summary>An HTML table of at most <paramref name="maxRows"/> rows.</summary>
    public string ToHtml(int maxRows) => FigureHtml.Table(this, maxRows);

    /// <summary>CSV with the JSON-lines columns; written to a temporary file, then renamed over the path.</summary>
    public void WriteCsv(string path) => WriteFile(FigureFormat.Csv, path);

    public void WriteCsv(TextWriter output) => WriteAll(FigureWriter.Create(FigureFormat.Csv, output));

    /// <summary>One JSON object a line with keys file, piece (its title), start, end, text, value, unit, qualifier, kind,
    /// metric, period, attribution, sentence, as in data/gold/figures.jsonl; written to a temporary file, then renamed.</summary>
    public void WriteJsonLines(string path) => WriteFile(FigureFormat.JsonLines, path);

    public void WriteJsonLines(TextWriter output) => WriteAll(FigureWriter.Create(FigureFormat.JsonLines, output));

    /// <summary>
    /// A SQLite database, built in a temporary file, then renamed over the path. Table <c>figures</c>: id, file, piece (the
    /// number), piece_title, outlet, date, start, end, text, value, unit, qualifier, kind, metric, period, attribution, sentence,
    /// duplicate_of. Table <c>articles</c>, one row per piece (every piece of <see cref="Corpus"/> when the table knows it):
    /// file, piece, title, byline, section, outlet, date, url, characters, duplicate_of. Dates are yyyy-MM-dd text.
    /// </summary>
    /// <example><code>SELECT unit, count(*) FROM figures WHERE duplicate_of IS NULL GROUP BY unit;</code></example>
    public void WriteSqlite(string path) => WriteFile(FigureFormat.Sqlite, path);

    private void WriteFile(FigureFormat format, string path)
    {
        using var writer = FigureWriter.ToFile(format, path);
        if (format == FigureFormat.Sqlite)
            foreach (var row in ArticleRow.For(this)) writer.WriteArticleRow(row);
        WriteAll(writer);
    }

    private void WriteAll(FigureWriter writer)
    {
        using (writer)
        {
            foreach (var figure in _figures) writer.Write(figure);
            writer.Complete();
        }
    }

    /// <summary>
    /// A Parquet file for DuckDB, pandas/pyarrow and Spark, written to a temporary file, then renamed over the path. The
    /// columns of the SQLite <c>figures</c> table, in its order: id (row order), file, piece (the number), piece_title, outlet,
    /// date, start, end, text, value, unit, qualifier, kind, metric, period, attribution, sentence, duplicate_of. INTEGER
    /// columns are INT64, value is DOUBLE, the rest UTF-8 strings (dates yyyy-MM-dd); NOT NULL columns are required.
    /// Snappy-compressed, in row groups of 16,384 rows; the same figures give the same bytes.
    /// </summary>
    /// <example><code>SELECT unit, count(*) FROM 'figures.parquet' WHERE duplicate_of IS NULL GROUP BY unit;</code></example>
    public void WriteParquet(string path) => WriteFile(FigureFormat.Parquet, path);

    /// <summary>The Parquet file of <see cref="WriteParquet(string)"/>, written to a stream (which need not seek); the stream
    /// stays open.</summary>
    public void WriteParquet(Stream output) => WriteAll(FigureWriter.Create(FigureFormat.Parquet, output));

    public override string ToString() => FigureText.Headline(this);

    private static bool Contains(string? field, string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return field is not null && field.Contains(text, StringComparison.OrdinalIgnoreCase);
    }
}
