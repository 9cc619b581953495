using Microsoft.Data.Sqlite;

namespace NewsFigures;

/// <summary>
/// A SQLite file to query figures with SQL. Table <c>articles</c>: one row per piece (file, piece, title, byline, section,
/// outlet, date, url, characters, duplicate_of), every piece of the corpus when the table knows it, else the pieces its
/// figures are in (byline, section, url and characters then null). Table <c>figures</c>: id (row order), file, piece
/// (number, joins articles), piece_title, outlet, date, start, end, text, value, unit, qualifier, kind, metric, period,
/// attribution, sentence, duplicate_of. STRICT tables, dates as yyyy-MM-dd text, indexes on piece, unit, metric and period.
/// </summary>
/// <example><code>SELECT unit, count(*) FROM figures WHERE duplicate_of IS NULL GROUP BY unit ORDER BY 2 DESC;</code></example>
internal sealed partial class FigureSqlite : FigureSink
{
    private const string Schema = """
        CREATE TABLE articles (
            file TEXT NOT NULL,
            piece INTEGER NOT NULL,
            title TEXT NOT NULL,
            byline TEXT,
            section TEXT,
            outlet TEXT,
            date TEXT,
            url TEXT,
            characters INTEGER,
            duplicate_of TEXT,
            PRIMARY KEY (file, piece)
        ) STRICT;
        CREATE TABLE figures (
            id INTEGER PRIMARY KEY,
            file TEXT NOT NULL,
            piece INTEGER NOT NULL,
            piece_title TEXT NOT NULL,
            outlet TEXT,
            date TEXT,
            start INTEGER NOT NULL,
            "end" INTEGER NOT NULL,
            text TEXT NOT NULL,
            value REAL NOT NULL,
            unit TEXT,
            qualifier TEXT,
            kind TEXT NOT NULL CHECK (kind IN ('level', 'change', 'share', 'multiple', 'rank', 'forecast')),
            metric TEXT NOT NULL,
            period TEXT,
            attribution TEXT,
            sentence TEXT NOT NULL,
            duplicate_of TEXT,
            FOREIGN KEY (file, piece) REFERENCES articles (file, piece)
        ) STRICT;
        CREATE INDEX figures_by_piece ON figures (file, piece);
        CREATE INDEX figures_by_unit ON figures (unit);
        CREATE INDEX figures_by_metric ON figures (metric);
        CREATE INDEX figures_by_period ON figures (period);
        """;

    private readonly SqliteConnection _connection;
    private readonly SqliteTransaction _transaction;
    private readonly SqliteCommand _insertArticle;
    private readonly SqliteCommand _insertFigure;

    /// <summary>Creates the database at <paramref name="path"/> (which must not exist) and opens one transaction for all rows.</summary>
    public FigureSqlite(string path)
    {
        var builder = new SqliteConnectionStringBuilder { DataSource = path, Mode = SqliteOpenMode.ReadWriteCreate, Pooling = false };
        _connection = new SqliteConnection(builder.ConnectionString);
        _connection.Open();
        _transaction = _connection.BeginTransaction();
        Execute(_connection, _transaction, Schema);
        _insertArticle = Command(_connection, _transaction,
            "INSERT INTO articles VALUES ($file, $piece, $title, $byline, $section, $outlet, $date, $url, $characters, $duplicate_of)");
        _insertFigure = Command(_connection, _transaction,
            "INSERT INTO figures VALUES ($id, $file, $piece, $piece_title, $outlet, $date, $start, $end, $text, $value, $unit, "
            + "$qualifier, $kind, $metric, $period, $attribution, $sentence, $duplicate_of)");
    }

    public override void WriteArticle(Article article)
    {
        foreach (var p in article.Pieces) WriteArticleRow(ArticleRow.Of(p));
    }

    public void WriteArticleRow(ArticleRow r) =>
        Run(_insertArticle, r.File, r.Piece, r.Title, r.Byline, r.Section, r.Outlet, r.Date, r.Url, r.Characters, r.DuplicateOf);

    public override void WriteFigure(CorpusFigure row, long id)
    {
        var f = row.Figure;
        Run(_insertFigure, id, row.File, row.PieceNumber, row.PieceTitle, row.Article.Outlet, Date(row.Article.Date), f.Start, f.End,
            f.Text, f.Value, f.Unit, f.Qualifier, FigureKinds.Name(f.Kind), f.Metric, f.Period, f.Attribution, f.Sentence,
            row.DuplicateOf?.ToString());
    }

    public override void Complete() => _transaction.Commit();

    public override void Dispose()
    {
        _insertArticle.Dispose();
        _insertFigure.Dispose();
        _transaction.Dispose();
        _connection.Dispose();
    }

    internal static string? Date(DateOnly? date) => date is null ? null : InvariantNumber.Date(date);

    private static SqliteCommand Command(SqliteConnection connection, SqliteTransaction transaction, string sql)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        foreach (var name in ParameterName().Matches(sql).Select(m => m.Value))
            command.Parameters.Add(new SqliteParameter { ParameterName = name });
        command.Prepare();
        return command;
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"\$\w+")]
    private static partial System.Text.RegularExpressions.Regex ParameterName();

    private static void Run(SqliteCommand command, params object?[] values)
    {
        for (int i = 0; i < values.Length; i++) command.Parameters[i].Value = values[i] ?? DBNull.Value;
        command.ExecuteNonQuery();
    }

    private static void Execute(SqliteConnection connection, SqliteTransaction transaction, string sql)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
