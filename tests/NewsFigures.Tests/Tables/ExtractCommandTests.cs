using System.Text.Json;
using Microsoft.Data.Sqlite;
using NewsFigures.Tests.CorpusTests;

namespace NewsFigures.Tests.Tables;

/// <summary>Runs <c>extract</c> in-process through the real root command, capturing stdout and stderr.</summary>
public sealed class ExtractCommandTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("extract-command-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private static (int Exit, string Out, string Err) Run(params string[] args) => CommandLine.Run(args);

    [Fact]
    public void Jsonl_to_stdout_is_the_default_and_stderr_stays_quiet()
    {
        var (exit, output, error) = Run("extract", RepoFolders.Articles);

        Assert.Equal(0, exit);
        Assert.Equal("", error);
        var objects = output.TrimEnd('\n').Split('\n').Select(l => JsonDocument.Parse(l).RootElement).ToList();
        Assert.Equal(Corpus.Load(RepoFolders.Articles).Figures().Count, objects.Count);
        Assert.Contains(objects, o => o.GetProperty("text").GetString() == "1,037.3 EFLOPS" && o.GetProperty("value").GetDouble() == 1037.3
            && o.GetProperty("unit").GetString() == "EFLOPS" && o.GetProperty("period").GetString() == "2025");
    }

    [Fact]
    public void Csv_starts_with_the_header()
    {
        var (exit, output, _) = Run("extract", RepoFolders.Articles, "--format", "csv");

        Assert.Equal(0, exit);
        Assert.StartsWith("file,piece,start,end,text,value,unit,qualifier,kind,metric,period,attribution,sentence\n", output);
    }

    [Fact]
    public void Output_is_the_same_bytes_on_every_run()
    {
        foreach (var format in new[] { "jsonl", "csv" })
            Assert.Equal(Run("extract", RepoFolders.Articles, "--format", format).Out, Run("extract", RepoFolders.Articles, "--format", format).Out);
    }

    [Fact]
    public void Sqlite_goes_to_the_file_named_by_out_and_stdout_stays_empty()
    {
        var path = Path.Combine(_folder, "figures.sqlite");

        var (exit, output, error) = Run("extract", RepoFolders.Articles, "--format", "sqlite", "--out", path);

        Assert.Equal(0, exit);
        Assert.Equal("", output);
        Assert.Matches(@"^\d+ figures from 5 files \(\d+ pieces\) written to .*figures\.sqlite\n$", error);
        using var connection = new SqliteConnection($"Data Source={path};Mode=ReadOnly;Pooling=False");
        connection.Open();
        using var count = connection.CreateCommand();
        count.CommandText = "SELECT count(*) FROM figures";
        Assert.Equal((long)Corpus.Load(RepoFolders.Articles).Figures().Count, count.ExecuteScalar());
    }

    [Fact]
    public void Jsonl_to_a_file_is_what_stdout_would_have_been()
    {
        var path = Path.Combine(_folder, "figures.jsonl");

        Assert.Equal(0, Run("extract", RepoFolders.Articles, "--out", path).Exit);

        Assert.Equal(Run("extract", RepoFolders.Articles).Out, File.ReadAllText(path));
    }

    [Fact]
    public void Sqlite_without_out_is_one_clear_line_and_exit_2()
    {
        var (exit, output, error) = Run("extract", RepoFolders.Articles, "--format", "sqlite");

        Assert.Equal(2, exit);
        Assert.Equal("", output);
        Assert.Equal("error: --format sqlite writes a database file: name it with --out FILE.\n", error);
    }

    [Fact]
    public void Rules_name_what_decided_each_field_after_the_fields_themselves()
    {
        var plain = Run("extract", RepoFolders.Articles).Out.TrimEnd('\n').Split('\n');
        var (exit, output, error) = Run("extract", RepoFolders.Articles, "--rules");

        Assert.Equal((0, ""), (exit, error));
        var lines = output.TrimEnd('\n').Split('\n');
        Assert.Equal(plain.Length, lines.Length);
        var first = JsonDocument.Parse(lines[0]).RootElement;
        Assert.Equal("23,695", first.GetProperty("text").GetString());
        Assert.Equal("""{"metric":"metric.counted-noun","attribution":"attribution.according-to","period":"period.nearest-time","kind":"kind.level"}""",
            first.GetProperty("rules").GetRawText());
        // The same fields in the same bytes, the rules added last: a line without them is the plain line.
        Assert.Equal(plain, lines.Select(l => l[..l.LastIndexOf(",\"rules\":", StringComparison.Ordinal)] + "}"));
    }

    [Fact]
    public void Rules_in_csv_are_four_more_columns_and_a_table_format_refuses_them()
    {
        var (exit, output, _) = Run("extract", RepoFolders.Articles, "--format", "csv", "--rules");
        var refused = Run("extract", RepoFolders.Articles, "--format", "parquet", "--rules", "--out", Path.Combine(_folder, "f.parquet"));

        Assert.Equal(0, exit);
        var lines = output.Split('\n');
        Assert.Equal("file,piece,start,end,text,value,unit,qualifier,kind,metric,period,attribution,sentence,metric_rule,attribution_rule,period_rule,kind_rule", lines[0]);
        Assert.EndsWith(",metric.counted-noun,attribution.according-to,period.nearest-time,kind.level", lines[1]);
        Assert.Equal((2, "", "error: --rules writes the deciding rules as text: use --format jsonl or csv, not parquet.\n"), refused);
        Assert.Empty(Directory.GetFileSystemEntries(_folder));
    }

    [Fact]
    public void An_out_file_in_a_missing_folder_is_named_and_nothing_is_written()
    {
        var path = Path.Combine(_folder, "missing", "figures.csv");

        var (exit, output, error) = Run("extract", RepoFolders.Articles, "--format", "csv", "--out", path);

        Assert.Equal(2, exit);
        Assert.Equal("", output);
        Assert.Equal($"error: {path}: folder {Path.GetDirectoryName(path)} does not exist.\n", error);
        Assert.Empty(Directory.GetFileSystemEntries(_folder));
    }

    [Theory]
    [InlineData("no-such-folder", "no such file or folder.")]
    [InlineData("no-text", "folder holds no .txt files.")]
    [InlineData("bad/empty.txt", "is empty.")]
    [InlineData("bad/binary.txt", "is a binary file, not text (NUL byte at byte offset 8).")]
    public void Bad_input_prints_one_line_naming_the_file_and_exits_2(string fixture, string message)
    {
        var path = RepoFolders.Fixture(fixture.Split('/'));

        var (exit, output, error) = Run("extract", path);

        Assert.Equal(2, exit);
        Assert.Equal("", output);
        Assert.Equal($"error: {path}: {message}\n", error);
    }

    [Fact]
    public void A_bad_file_in_a_folder_is_a_warning_unless_strict()
    {
        var folder = RepoFolders.Fixture("mixed");

        var lenient = Run("extract", folder);
        Assert.Equal(0, lenient.Exit);
        Assert.All(lenient.Err.TrimEnd('\n').Split('\n'), w => Assert.StartsWith($"warning: skipped {folder}", w));

        var strict = Run("extract", folder, "--strict");
        Assert.Equal(2, strict.Exit);
        Assert.Equal($"error: {Path.Combine(folder, "b-empty.txt")}: is empty.\n", strict.Err);
    }

    [Fact]
    public void Parquet_goes_to_the_file_named_by_out_with_the_rows_of_the_json_lines()
    {
        var (exit, output, error) = Run("extract", RepoFolders.Articles, "--format", "parquet", "--out", Path.Combine(_folder, "figures.parquet"));
        var jsonl = Run("extract", RepoFolders.Articles).Out.TrimEnd('\n').Split('\n').Select(l => JsonDocument.Parse(l).RootElement).ToList();

        Assert.Equal((0, ""), (exit, output));
        Assert.Matches(@"^\d+ figures from 5 files \(15 pieces\) written to .*figures\.parquet\n$", error);
        var rows = DuckDbQuery.Rows(_folder, "SELECT file, start, text, value, metric FROM 'figures.parquet' ORDER BY id");
        Assert.Equal(jsonl.Select(o => new object?[] { o.GetProperty("file").GetString(), (long)o.GetProperty("start").GetInt32(),
            o.GetProperty("text").GetString(), o.GetProperty("value").GetDouble(), o.GetProperty("metric").GetString() }), rows);
    }

    [Fact]
    public void Parquet_without_out_is_one_clear_line_and_exit_2()
    {
        var (exit, output, error) = Run("extract", RepoFolders.Articles, "--format", "parquet");

        Assert.Equal((2, ""), (exit, output));
        Assert.Equal("error: --format parquet writes a Parquet file: name it with --out FILE.\n", error);
    }

    [Fact]
    public void Shards_extracted_apart_and_queried_together_hold_every_figure_once()
    {
        for (int i = 1; i <= 3; i++)
            Assert.Equal(0, Run("extract", RepoFolders.Articles, "--shard", $"{i}/3", "--format", "parquet", "--out",
                Path.Combine(_folder, $"figures-{i}.parquet")).Exit);
        var whole = Run("extract", RepoFolders.Articles).Out.TrimEnd('\n').Split('\n').Select(l => JsonDocument.Parse(l).RootElement)
            .Select(o => $"{o.GetProperty("file").GetString()} {o.GetProperty("start").GetInt32()}").Order(StringComparer.Ordinal);

        var sharded = DuckDbQuery.Rows(_folder, "SELECT file || ' ' || start FROM 'figures-*.parquet'").Select(r => (string)r[0]!);

        Assert.Equal(whole, sharded.Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("3/2")]
    [InlineData("half")]
    public void A_shard_that_is_not_i_of_n_is_a_usage_error(string shard)
    {
        var (exit, output, error) = Run("extract", RepoFolders.Articles, "--shard", shard);

        Assert.Equal((2, ""), (exit, output));
        Assert.Equal($"error: --shard: shard '{shard}' is not i/n with 1 <= i <= n (for example 2/4).\n", error);
    }

    [Fact]
    public void A_strict_run_stopped_by_a_bad_file_leaves_the_out_file_as_it_was()
    {
        var path = Path.Combine(_folder, "figures.jsonl");
        File.WriteAllText(path, "yesterday's figures\n");

        var (exit, _, error) = Run("extract", RepoFolders.Fixture("mixed"), "--strict", "--out", path);

        Assert.Equal(2, exit);
        Assert.StartsWith("error: ", error);
        Assert.Equal("yesterday's figures\n", File.ReadAllText(path));
        Assert.Equal(["figures.jsonl"], Directory.GetFiles(_folder).Select(Path.GetFileName));
    }

    [Fact]
    public void Stderr_that_is_not_a_terminal_gets_no_progress_line()
    {
        var (_, _, error) = Run("extract", RepoFolders.Articles, "--out", Path.Combine(_folder, "figures.jsonl"));

        Assert.DoesNotContain('\r', error);
        Assert.Single(error.TrimEnd('\n').Split('\n'));
    }

    [Fact]
    public void An_unknown_format_is_a_usage_error()
    {
        var (exit, _, error) = Run("extract", RepoFolders.Articles, "--format", "xml");

        Assert.NotEqual(0, exit);
        Assert.Contains("xml", error);
    }
}

/// <summary>The progress line a terminal gets: rewritten in place, ended by a newline when the run is done.</summary>
public sealed class CorpusProgressLineTests
{
    [Fact]
    public void The_line_is_redrawn_in_place_and_ends_with_the_last_file()
    {
        var error = new StringWriter();
        var line = new NewsFigures.Cli.Output.CorpusProgressLine(error);

        line.Report(new CorpusProgress(1, 2, 1_500_000, 3_000_000));
        line.Report(new CorpusProgress(2, 2, 3_000_000, 3_000_000));
        line.Finish();

        var drawn = error.ToString().Split('\r', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, drawn.Length);
        Assert.StartsWith("1/2 files, 1.5/3.0 MB, ", drawn[0]);
        Assert.Matches(@"^2/2 files, 3\.0/3\.0 MB, [\d,.]+ MB/s +\n$", drawn[1]);
    }

    [Fact]
    public void Nothing_is_written_when_nothing_was_reported()
    {
        var error = new StringWriter();

        new NewsFigures.Cli.Output.CorpusProgressLine(error).Finish();

        Assert.Equal("", error.ToString());
    }
}
