using System.Globalization;
using System.Text.Json;
using Microsoft.Data.Sqlite;

namespace NewsFigures.Tests.Tables;

/// <summary>The Parquet export, read back with DuckDB the way a person querying it would, next to the JSON lines and the
/// SQLite export of the same figures.</summary>
[Collection(SeedFiguresCollection.Name)]
public sealed class ParquetExportTests(SeedFigures seeds) : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("figure-parquet-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private string Write(FigureTable table, string name = "figures.parquet")
    {
        var path = Path.Combine(_folder, name);
        table.WriteParquet(path);
        return path;
    }

    private List<object?[]> DuckDb(string sql) => DuckDbQuery.Rows(_folder, sql);

    [Fact]
    public void Duckdb_reads_back_every_row_of_the_json_lines_column_by_column()
    {
        Write(seeds.Figures);
        var jsonl = new StringWriter();
        seeds.Figures.WriteJsonLines(jsonl);
        var lines = jsonl.ToString().TrimEnd('\n').Split('\n').Select(l => JsonDocument.Parse(l).RootElement).ToList();

        var rows = DuckDb("""
            SELECT file, piece_title, start, "end", text, value, unit, qualifier, kind, metric, period, attribution, sentence
            FROM 'figures.parquet' ORDER BY id
            """);

        Assert.Equal(lines.Count, rows.Count);
        Assert.NotEmpty(rows);
        for (int i = 0; i < rows.Count; i++)
            Assert.Equal(Cells(lines[i]), rows[i]);
    }

    /// <summary>A JSON line's values in the query's column order, numbers as DuckDB gives them (BIGINT, DOUBLE).</summary>
    private static object?[] Cells(JsonElement line) => FigureJsonLines.Keys.Select(key => line.GetProperty(key) switch
    {
        { ValueKind: JsonValueKind.Null } => null,
        { ValueKind: JsonValueKind.Number } n when key == "value" => double.Parse(n.GetRawText(), CultureInfo.InvariantCulture),
        { ValueKind: JsonValueKind.Number } n => n.GetInt64(),
        var s => (object?)s.GetString(),
    }).ToArray();

    [Fact]
    public void Rows_are_those_of_the_sqlite_figures_table_with_the_same_ids_pieces_outlets_dates_and_duplicate_links()
    {
        Write(seeds.Figures);
        var sqlite = Path.Combine(_folder, "figures.sqlite");
        seeds.Figures.WriteSqlite(sqlite);

        var fromSqlite = Sqlite(sqlite, "SELECT * FROM figures ORDER BY id");
        var fromParquet = DuckDb("SELECT * FROM 'figures.parquet' ORDER BY id");

        Assert.Equal(fromSqlite, fromParquet);
        Assert.Contains(fromParquet, r => r[^1] is "000_acd0283a066f7ea4.txt#1"); // the reprint's figures point at the original
        Assert.Contains(fromParquet, r => r[5] is "2025-11-25");
    }

    [Fact]
    public void Columns_have_the_names_order_and_types_of_the_sqlite_table_and_required_columns_are_its_not_null_ones()
    {
        Write(seeds.Figures);
        var sqlite = Path.Combine(_folder, "figures.sqlite");
        FigureTable.Empty.WriteSqlite(sqlite);
        var duckTypes = new Dictionary<string, string> { ["INTEGER"] = "BIGINT", ["TEXT"] = "VARCHAR", ["REAL"] = "DOUBLE" };

        // name, type, required: id is SQLite's INTEGER PRIMARY KEY, never null.
        var expected = Sqlite(sqlite, "SELECT name, type, \"notnull\" OR pk FROM pragma_table_info('figures') ORDER BY cid")
            .Select(r => ((string)r[0]!, duckTypes[(string)r[1]!], (long)r[2]! == 1)).ToList();
        var types = DuckDb("DESCRIBE SELECT * FROM 'figures.parquet'").Select(r => ((string)r[0]!, (string)r[1]!)).ToList();
        var required = DuckDb("SELECT name, repetition_type FROM parquet_schema('figures.parquet') WHERE num_children IS NULL")
            .Select(r => (string)r[1]! == "REQUIRED").ToList();

        Assert.Equal(expected, types.Zip(required, (t, r) => (t.Item1, t.Item2, r)));
        Assert.Equal(["id", "file", "piece", "piece_title", "outlet", "date", "start", "end", "text", "value", "unit", "qualifier",
            "kind", "metric", "period", "attribution", "sentence", "duplicate_of"], types.Select(t => t.Item1));
        Assert.Equal("DOUBLE", types.Single(t => t.Item1 == "value").Item2);
    }

    [Fact]
    public void A_missing_value_is_null_not_an_empty_string_and_a_required_one_cannot_be_missing()
    {
        Write(new FigureTable([MadeFigures.Make("a.txt", 1, 12, null, "It opened 12 stores.", "12")]));

        var row = DuckDb("SELECT unit, qualifier, attribution, duplicate_of, outlet, date, metric FROM 'figures.parquet'").Single();

        Assert.Equal(new object?[] { null, null, null, null, "Daily <News> & Co", "2025-03-01", "sales" }, row);
        var noMetric = MadeFigures.Make("a.txt", 1, 12, null, "It opened 12 stores.", "12", metric: null!);
        var refused = Assert.Throws<ArgumentException>(() => new FigureTable([noMetric]).WriteParquet(Path.Combine(_folder, "b.parquet")));
        Assert.StartsWith("Figure 1 has no metric", refused.Message);
        Assert.Equal([Path.Combine(_folder, "figures.parquet")], Directory.GetFiles(_folder));
    }

    [Fact]
    public void Figures_per_unit_counted_with_duckdb_agree_with_the_table()
    {
        Write(seeds.Figures);

        var counted = DuckDb("SELECT unit, count(*) FROM 'figures.parquet' GROUP BY unit ORDER BY unit")
            .Select(r => ((string?)r[0], (long)r[1]!));

        var expected = seeds.Figures.GroupBy(f => f.Figure.Unit).OrderBy(g => g.Key is null).ThenBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => (g.Key, (long)g.Count()));
        Assert.Equal(expected, counted);
    }

    [Fact]
    public void The_files_of_a_sharded_corpus_are_queried_together()
    {
        var shards = seeds.Figures.GroupBy(f => f.File[..3]).ToList(); // one shard per article
        foreach (var shard in shards) Write(new FigureTable(shard), $"figures-{shard.Key}.parquet");

        var listed = DuckDb("SELECT count(*) FROM read_parquet(['figures-000.parquet', 'figures-001.parquet'])").Single()[0];
        var globbed = DuckDb("SELECT file, count(*) FROM 'figures-*.parquet' GROUP BY file ORDER BY file").Select(r => ((string)r[0]!, (long)r[1]!));

        Assert.Equal((long)(shards[0].Count() + shards[1].Count()), listed);
        Assert.Equal(shards.Select(s => (s.First().File, (long)s.Count())), globbed);
        Assert.True(shards.Count > 2);
    }

    [Fact]
    public void A_table_larger_than_a_row_group_is_written_in_several_and_reads_back_whole_in_order()
    {
        const int rows = 40_000;
        var seed = seeds.Figures;
        Write(new FigureTable(Enumerable.Range(0, rows).Select(i => seed[i % seed.Count])));

        var summary = DuckDb("SELECT count(*), min(id), max(id), count(DISTINCT id) FROM 'figures.parquet'").Single();
        var groups = DuckDb("SELECT row_group_id, any_value(row_group_num_rows) FROM parquet_metadata('figures.parquet') GROUP BY 1 ORDER BY 1")
            .Select(r => (long)r[1]!).ToList();
        var last = DuckDb($"SELECT text, start FROM 'figures.parquet' WHERE id = {rows}").Single();

        Assert.Equal(new object[] { (long)rows, 1L, (long)rows, (long)rows }, summary);
        Assert.Equal([FigureParquetWriter.RowGroupRows, FigureParquetWriter.RowGroupRows, rows - 2 * FigureParquetWriter.RowGroupRows], groups);
        var expected = seed[(rows - 1) % seed.Count].Figure;
        Assert.Equal(new object[] { expected.Text, (long)expected.Start }, last);
    }

    [Fact]
    public void An_empty_table_is_a_file_with_the_schema_and_no_rows()
    {
        Write(FigureTable.Empty);

        Assert.Equal(0L, DuckDb("SELECT count(*) FROM 'figures.parquet'").Single()[0]);
        Assert.Equal(18, DuckDb("DESCRIBE SELECT * FROM 'figures.parquet'").Count);
        Assert.Equal("VARCHAR", DuckDb("DESCRIBE SELECT sentence FROM 'figures.parquet'").Single()[1]);
    }

    [Fact]
    public void The_file_is_the_same_bytes_on_every_write_and_replaces_an_old_one_whole()
    {
        var first = Write(seeds.Figures, "a.parquet");
        File.WriteAllText(Path.Combine(_folder, "b.parquet"), "not a parquet file");
        var second = Write(seeds.Corpus.Figures(), "b.parquet");

        Assert.Equal(File.ReadAllBytes(first), File.ReadAllBytes(second));
        Assert.Equal([first, second], Directory.GetFiles(_folder).Order());
        var createdBy = (string)DuckDb("SELECT created_by FROM parquet_file_metadata('a.parquet')").Single()[0]!;
        Assert.StartsWith("Parquet.Net version ", createdBy); // the library's constant: no time or host in the file
    }

    [Fact]
    public void Rows_added_one_at_a_time_to_a_stream_that_cannot_seek_make_the_same_file()
    {
        var whole = File.ReadAllBytes(Write(seeds.Figures));
        using var piped = new MemoryStream();

        using (var parquet = new FigureParquetWriter(new ForwardOnly(piped)))
        {
            foreach (var row in seeds.Figures) parquet.Add(row);
            Assert.Equal(seeds.Figures.Count, parquet.Count);
            parquet.Complete();
        }

        Assert.Equal(whole, piped.ToArray());
    }

    [Fact]
    public void A_writer_disposed_before_it_completes_leaves_no_file_and_the_old_one_as_it_was()
    {
        var path = Write(seeds.Figures);
        var old = File.ReadAllBytes(path);

        Assert.Throws<InvalidOperationException>((Action)(() =>
        {
            using var parquet = FigureWriter.ToFile(FigureFormat.Parquet, path);
            foreach (var row in seeds.Figures.Take(3)) parquet.Write(row);
            throw new InvalidOperationException("the corpus has a bad file");
        }));

        Assert.Equal(old, File.ReadAllBytes(path));
        Assert.Equal([path], Directory.GetFiles(_folder));
    }

    private static List<object?[]> Sqlite(string path, string sql) => QueryRows.Sqlite(path, sql);

    /// <summary>Standard output as a writer sees it: no seeking, no length, no position.</summary>
    private sealed class ForwardOnly(Stream inner) : Stream
    {
        public override bool CanRead => false;
        public override bool CanSeek => false;
        public override bool CanWrite => true;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }
        public override void Flush() => inner.Flush();
        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => inner.Write(buffer, offset, count);
    }
}
