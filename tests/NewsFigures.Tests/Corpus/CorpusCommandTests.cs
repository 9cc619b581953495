using System.Text.Json;

namespace NewsFigures.Tests.CorpusTests;

/// <summary>Runs <c>corpus</c> in-process through the real root command, capturing stdout and stderr.</summary>
public sealed class CorpusCommandTests
{
    private static (int Exit, string Out, string Err) Run(params string[] args) => CommandLine.Run(args);

    [Fact]
    public void The_table_lists_every_piece_aligned_under_its_header()
    {
        var (exit, output, error) = Run("corpus", RepoFolders.Articles);

        Assert.Equal(0, exit);
        Assert.Equal("", error);
        var lines = output.Split('\n');
        Assert.Matches(@"^file\s+piece\s+title\s+byline\s+section\s+date\s+chars\s+duplicate_of$", lines[0]);
        var rows = lines.Skip(2).TakeWhile(l => l.Length > 0).ToList();
        Assert.Equal(15, rows.Count);
        int titleColumn = lines[0].IndexOf("title", StringComparison.Ordinal);
        Assert.All(rows, r => Assert.NotEqual(' ', r[titleColumn]));
        Assert.Contains(rows, r => r.StartsWith("001_97ad99562d81cf4a.txt", StringComparison.Ordinal) && r.Contains("2025-08-26") && r.EndsWith("000_acd0283a066f7ea4.txt#1 (1.000)", StringComparison.Ordinal));
        Assert.EndsWith("5 articles, 15 pieces (14 distinct)\n", output);
    }

    [Fact]
    public void Jsonl_gives_one_object_per_piece_with_every_column()
    {
        var (exit, output, _) = Run("corpus", RepoFolders.Articles, "--format", "jsonl");

        Assert.Equal(0, exit);
        var objects = output.TrimEnd('\n').Split('\n').Select(l => JsonDocument.Parse(l).RootElement).ToList();
        Assert.Equal(15, objects.Count);
        var reprint = objects.Single(o => o.GetProperty("file").GetString()!.StartsWith("001_", StringComparison.Ordinal));
        Assert.Equal("China's Ascent to Global Computing Power", reprint.GetProperty("title").GetString());
        Assert.Equal("2025-08-26", reprint.GetProperty("date").GetString());
        Assert.Equal("catalog", reprint.GetProperty("date_from").GetString());
        Assert.Equal("000_acd0283a066f7ea4.txt#1", reprint.GetProperty("duplicate_of").GetString());
        Assert.Equal(JsonValueKind.Null, objects[0].GetProperty("duplicate_of").ValueKind);
        Assert.True(objects[0].GetProperty("characters").GetInt32() > 1000);
    }

    [Fact]
    public void Csv_quotes_fields_that_hold_commas()
    {
        var (exit, output, _) = Run("corpus", RepoFolders.Articles, "--format", "csv");

        Assert.Equal(0, exit);
        var lines = output.TrimEnd('\n').Split('\n');
        Assert.Equal("file,piece,title,byline,section,date,date_from,characters,duplicate_of,similarity", lines[0]);
        Assert.Equal(16, lines.Length);
        Assert.Contains(lines, l => l.StartsWith("000_acd0283a066f7ea4.txt,5,\"China, Africa Jointly Promote Right to Development\",,From page 1,,", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("003_cc2193c6c1aefe32.txt,1,How China is preparing for the AI competition with the United States,\"Raffaele Huang, Liza Lin\",,2025-07-29,", StringComparison.Ordinal));
    }

    [Fact]
    public void Output_is_the_same_bytes_on_every_run()
    {
        foreach (var format in new[] { "table", "jsonl", "csv" })
            Assert.Equal(Run("corpus", RepoFolders.Articles, "--format", format).Out, Run("corpus", RepoFolders.Articles, "--format", format).Out);
    }

    [Theory]
    [InlineData("no-such-folder", "no such file or folder.")]
    [InlineData("no-text", "folder holds no .txt files.")]
    [InlineData("bad/empty.txt", "is empty.")]
    [InlineData("bad/binary.txt", "is a binary file, not text (NUL byte at byte offset 8).")]
    [InlineData("bad/invalid-utf8.txt", "is not valid UTF-8 (byte 0xE9 at byte offset 27, line 2).")]
    public void Bad_input_prints_one_line_naming_the_file_and_exits_2(string fixture, string message)
    {
        var path = RepoFolders.Fixture(fixture.Split('/'));

        var (exit, output, error) = Run("corpus", path);

        Assert.Equal(2, exit);
        Assert.Equal("", output);
        Assert.Equal($"error: {path}: {message}\n", error.ReplaceLineEndings("\n"));
    }

    [Fact]
    public void A_bad_file_in_a_folder_is_a_warning_unless_strict()
    {
        var folder = RepoFolders.Fixture("mixed");

        var lenient = Run("corpus", folder, "--format", "csv");
        Assert.Equal(0, lenient.Exit);
        Assert.Equal(2, lenient.Out.TrimEnd('\n').Split('\n').Length);
        var warnings = lenient.Err.ReplaceLineEndings("\n").TrimEnd('\n').Split('\n');
        Assert.Equal(3, warnings.Length);
        Assert.All(warnings, w => Assert.StartsWith($"warning: skipped {folder}", w));

        var strict = Run("corpus", folder, "--strict");
        Assert.Equal(2, strict.Exit);
        Assert.Equal($"error: {Path.Combine(folder, "b-empty.txt")}: is empty.\n", strict.Err.ReplaceLineEndings("\n"));
    }

    [Fact]
    public void An_unknown_format_is_a_usage_error()
    {
        var (exit, _, error) = Run("corpus", RepoFolders.Articles, "--format", "xml");

        Assert.NotEqual(0, exit);
        Assert.Contains("xml", error);
    }
}
