using Microsoft.Data.Sqlite;

namespace NewsFigures.Tests.Tables;

/// <summary>The SQLite export, opened and queried with SQL the way a person would.</summary>
[Collection(SeedFiguresCollection.Name)]
public sealed class SqliteExportTests(SeedFigures seeds) : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("figure-sqlite-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private string Write(FigureTable table, string name = "figures.sqlite")
    {
        var path = Path.Combine(_folder, name);
        table.WriteSqlite(path);
        return path;
    }

    private static List<object?[]> Query(string path, string sql) => QueryRows.Sqlite(path, sql);

    [Fact]
    public void Figures_per_unit_counted_with_sql_agree_with_the_table()
    {
        var path = Write(seeds.Figures);

        var counted = Query(path, "SELECT unit, count(*) FROM figures WHERE unit IS NOT NULL GROUP BY unit ORDER BY unit")
            .Select(r => ((string)r[0]!, (long)r[1]!));

        var expected = seeds.Figures.Where(f => f.Figure.Unit is not null).GroupBy(f => f.Figure.Unit!)
            .OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => (g.Key, (long)g.Count()));
        Assert.Equal(expected, counted);
        Assert.Contains(("percent", (long)seeds.Figures.ByUnit("percent").Count), counted);
    }

    [Fact]
    public void Columns_have_types_a_person_can_query()
    {
        var path = Write(seeds.Figures);

        var row = Query(path, "SELECT value, start, end, date, outlet, kind, piece, piece_title FROM figures WHERE text = '515 million'").Single();

        Assert.Equal(new object?[] { 515_000_000.0, row[1], row[2], "2025-11-25", "China Economic Net (CE.cn)", "level", 1L, row[7] }, row);
        Assert.IsType<long>(row[1]);
        Assert.Equal((long)seeds.Figures.Count(f => f.Figure.Value > 1e9 && f.Figure.Unit == "USD"),
            Query(path, "SELECT count(*) FROM figures WHERE value > 1e9 AND unit = 'USD'").Single()[0]);
        Assert.Equal(["table|articles", "table|figures"],
            Query(path, "SELECT type || '|' || name FROM sqlite_schema WHERE type = 'table' ORDER BY name").Select(r => (string)r[0]!));
        Assert.Contains("figures_by_unit", Query(path, "SELECT name FROM sqlite_schema WHERE type = 'index'").Select(r => (string)r[0]!));
    }

    [Fact]
    public void Articles_list_every_piece_of_the_corpus_and_figures_join_them()
    {
        var path = Write(seeds.Figures.ByUnit("EFLOPS"));

        Assert.Equal((long)seeds.Corpus.Pieces.Count(), Query(path, "SELECT count(*) FROM articles").Single()[0]);
        var reprint = Query(path, "SELECT title, outlet, date, duplicate_of, characters FROM articles WHERE file LIKE '001%'").Single();
        Assert.Equal(new object?[] { "China's Ascent to Global Computing Power", "The Belt and Road News Network", "2025-08-26", "000_acd0283a066f7ea4.txt#1" },
            reprint[..4]);
        Assert.True((long)reprint[4]! > 1000);
        Assert.Empty(Query(path, "PRAGMA foreign_key_check"));
        var joined = Query(path, "SELECT a.byline, f.text FROM figures f JOIN articles a USING (file, piece) ORDER BY f.id");
        Assert.Equal(seeds.Figures.ByUnit("EFLOPS").Select(f => f.Figure.Text), joined.Select(r => (string)r[1]!));
    }

    [Fact]
    public void Without_a_corpus_articles_come_from_the_figures_alone()
    {
        var path = Write(new FigureTable(seeds.Figures.Where(f => f.File.StartsWith("004_", StringComparison.Ordinal))));

        var articles = Query(path, "SELECT file, piece, outlet, date, byline FROM articles");

        Assert.Equal(new object?[] { "004_9455365b7787746f.txt", 1L, "China Economic Net (CE.cn)", "2025-11-25", null }, Assert.Single(articles));
    }

    [Fact]
    public void The_file_is_the_same_bytes_on_every_write_and_replaces_an_old_one_whole()
    {
        var first = Write(seeds.Figures, "a.sqlite");
        File.WriteAllText(Path.Combine(_folder, "b.sqlite"), "not a database");
        var second = Write(seeds.Corpus.Figures(), "b.sqlite");

        Assert.Equal(File.ReadAllBytes(first), File.ReadAllBytes(second));
        Assert.Equal([first, second], Directory.GetFiles(_folder).Order());
    }
}
