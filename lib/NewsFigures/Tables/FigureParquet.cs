using Parquet;
using Parquet.Schema;

namespace NewsFigures;

/// <summary>
/// Writes the SQLite export's <c>figures</c> table (<see cref="FigureSqlite"/>) as Parquet, one row at a time, for DuckDB,
/// pandas/pyarrow and Spark. Same columns in the same order: id (1-based row order), file, piece, piece_title, outlet, date,
/// start, end, text, value, unit, qualifier, kind, metric, period, attribution, sentence, duplicate_of. INTEGER is INT64,
/// REAL is DOUBLE, TEXT is a UTF-8 string; NOT NULL columns are required, the others optional; dates are yyyy-MM-dd
/// text. Rows are held until <see cref="RowGroupRows"/> of them make a row group, so memory stays bounded whatever the
/// number of rows. Snappy-compressed; the same rows give the same bytes.
/// </summary>
/// <example><code>
/// using var parquet = new FigureParquetWriter(stream);
/// foreach (var row in figures) parquet.Add(row);
/// parquet.Complete();
/// </code></example>
internal sealed class FigureParquetWriter : FigureSink
{
    /// <summary>Rows in a row group: the rows held in memory at once (about 10 MB of text for news sentences).</summary>
    public const int RowGroupRows = 16_384;

    private readonly Column[] _columns =
    [
        new RowNumberColumn("id"),
        new TextColumn("file", r => r.File),
        new Int64Column("piece", r => r.PieceNumber),
        new TextColumn("piece_title", r => r.PieceTitle),
        new TextColumn("outlet", r => r.Article.Outlet, nullable: true),
        new TextColumn("date", r => FigureSqlite.Date(r.Article.Date), nullable: true),
        new Int64Column("start", r => r.Figure.Start),
        new Int64Column("end", r => r.Figure.End),
        new TextColumn("text", r => r.Figure.Text),
        new DoubleColumn("value", r => r.Figure.Value),
        new TextColumn("unit", r => r.Figure.Unit, nullable: true),
        new TextColumn("qualifier", r => r.Figure.Qualifier, nullable: true),
        new TextColumn("kind", r => FigureKinds.Name(r.Figure.Kind)),
        new TextColumn("metric", r => r.Figure.Metric),
        new TextColumn("period", r => r.Figure.Period, nullable: true),
        new TextColumn("attribution", r => r.Figure.Attribution, nullable: true),
        new TextColumn("sentence", r => r.Figure.Sentence),
        new TextColumn("duplicate_of", r => r.DuplicateOf?.ToString(), nullable: true),
    ];

    private readonly ParquetWriter _parquet;
    private int _buffered;
    private bool _done;

    /// <summary>Starts a Parquet file on <paramref name="output"/> (which may be unseekable, as standard output is); the
    /// stream stays open and is the caller's to close.</summary>
    public FigureParquetWriter(Stream output)
    {
        ArgumentNullException.ThrowIfNull(output);
        var options = new ParquetOptions { CompressionMethod = CompressionMethod.Snappy };
        // A hint, not an order: a row group's column is dictionary-encoded only when at most 80% of its values are distinct
        // (file, outlet, unit, kind...), and written plain otherwise (sentence).
        foreach (var text in _columns.OfType<TextColumn>()) options.ColumnEncodingHints[text.Field.Name] = EncodingHint.Dictionary;
        var schema = new ParquetSchema(_columns.Select(c => c.Field));
        _parquet = Wait(() => ParquetWriter.CreateAsync(schema, output, options));
    }

    /// <summary>Rows added so far; the last one has this id.</summary>
    public long Count { get; private set; }

    /// <summary>Adds a row with the next id; every <see cref="RowGroupRows"/> rows are written out as a row group.</summary>
    public void Add(CorpusFigure row)
    {
        ArgumentNullException.ThrowIfNull(row);
        ThrowIfDone();
        long id = Count + 1;
        foreach (var column in _columns) column.Set(_buffered, row, id);
        Count = id;
        if (++_buffered == RowGroupRows) WriteRowGroup();
    }

    /// <summary>Writes the rows still held and the footer: the file is whole. A table of no rows is a file with the schema
    /// and no row group.</summary>
    public override void WriteFigure(CorpusFigure figure, long id) => Add(figure);

    public override void Complete()
    {
        ThrowIfDone();
        if (_buffered > 0) WriteRowGroup();
        _done = true;
        Wait(async () => await _parquet.DisposeAsync());
    }

    /// <summary>Without <see cref="Complete"/> first (a write that failed), abandons the file: no footer is written, so it
    /// is no Parquet file, and written through <see cref="FigureWriter.ToFile"/> it is deleted.</summary>
    public override void Dispose()
    {
        _done = true;
        foreach (var column in _columns) column.Clear();
    }

    private void ThrowIfDone()
    {
        if (_done) throw new InvalidOperationException("This Parquet file is already complete, or was abandoned: start a new writer.");
    }

    private void WriteRowGroup()
    {
        int count = _buffered;
        Wait(async () =>
        {
            using var group = _parquet.CreateRowGroup();
            foreach (var column in _columns) await column.WriteAsync(group, count);
            group.CompleteValidate();
        });
        foreach (var column in _columns) column.Clear();
        _buffered = 0;
    }

    // Parquet.Net writes asynchronously only. Run on the thread pool, its continuations never wait for a caller's
    // synchronization context (a notebook host's), so blocking here cannot deadlock.
    private static void Wait(Func<Task> work) => Task.Run(work).GetAwaiter().GetResult();

    private static T Wait<T>(Func<Task<T>> work) => Task.Run(work).GetAwaiter().GetResult();

    /// <summary>One column: its Parquet field and the cells of the rows held.</summary>
    private abstract class Column(DataField field)
    {
        public DataField Field { get; } = field;

        public abstract void Set(int index, CorpusFigure row, long id);

        public abstract Task WriteAsync(ParquetRowGroupWriter group, int count);

        /// <summary>Lets go of the rows' text once written.</summary>
        public virtual void Clear() { }
    }

    private sealed class RowNumberColumn(string name) : Column(new DataField<long>(name))
    {
        private readonly long[] _cells = new long[RowGroupRows];

        public override void Set(int index, CorpusFigure row, long id) => _cells[index] = id;

        public override Task WriteAsync(ParquetRowGroupWriter group, int count) => group.WriteAsync(Field, new ReadOnlyMemory<long>(_cells, 0, count));
    }

    private sealed class Int64Column(string name, Func<CorpusFigure, long> cell) : Column(new DataField<long>(name))
    {
        private readonly long[] _cells = new long[RowGroupRows];

        public override void Set(int index, CorpusFigure row, long id) => _cells[index] = cell(row);

        public override Task WriteAsync(ParquetRowGroupWriter group, int count) => group.WriteAsync(Field, new ReadOnlyMemory<long>(_cells, 0, count));
    }

    private sealed class DoubleColumn(string name, Func<CorpusFigure, double> cell) : Column(new DataField<double>(name))
    {
        private readonly double[] _cells = new double[RowGroupRows];

        public override void Set(int index, CorpusFigure row, long id) => _cells[index] = cell(row);

        public override Task WriteAsync(ParquetRowGroupWriter group, int count) => group.WriteAsync(Field, new ReadOnlyMemory<double>(_cells, 0, count));
    }

    /// <summary>UTF-8 strings; a required column refuses a null cell, naming the row and column.</summary>
    private sealed class TextColumn(string name, Func<CorpusFigure, string?> cell, bool nullable = false) : Column(new DataField<string>(name, nullable))
    {
        private readonly ReadOnlyMemory<char>?[] _cells = new ReadOnlyMemory<char>?[RowGroupRows];

        public override void Set(int index, CorpusFigure row, long id)
        {
            // Not "cell(row)?.AsMemory() ?? ...": a null there turns into an empty ReadOnlyMemory (through char[]), not a null.
            var text = cell(row);
            if (text is null && !Field.IsNullable) throw new ArgumentException($"Figure {id} has no {Field.Name}: the column is required.", nameof(row));
            _cells[index] = text?.AsMemory();
        }

        public override Task WriteAsync(ParquetRowGroupWriter group, int count)
        {
            if (Field.IsNullable) return group.WriteAsync(Field, new ReadOnlyMemory<ReadOnlyMemory<char>?>(_cells, 0, count));
            var present = new ReadOnlyMemory<char>[count];
            for (int i = 0; i < count; i++) present[i] = _cells[i]!.Value;
            return group.WriteAsync(Field, (ReadOnlyMemory<ReadOnlyMemory<char>>)present);
        }

        public override void Clear() => Array.Clear(_cells);
    }
}
