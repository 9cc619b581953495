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
    public void An_unknown_format_is_a_usage_error()
    {
        var (exit, _, error) = Run("extract", RepoFolders.Articles, "--format", "xml");

        Assert.NotEqual(0, exit);
        Assert.Contains("xml", error);
    }
}
