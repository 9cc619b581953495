using System.Text.Json;
using NewsFigures.Tests.Extraction;

namespace NewsFigures.Tests.SeriesTests;

/// <summary>Runs <c>series</c> in-process through the real root command on data/articles (which finds data/metrics.csv).</summary>
public sealed class SeriesCommandTests
{
    private static (int Exit, string Out, string Err) Run(params string[] args) => CommandLine.Run(args);

    [Fact]
    public void The_table_lists_every_point_then_rules_conflicts_growth_and_a_summary()
    {
        var (exit, output, error) = Run("series", RepoFolders.Articles);

        Assert.Equal(0, exit);
        Assert.Equal("", error);
        var lines = output.Split('\n');
        Assert.Matches(@"^metric\s+topic\s+period\s+value\s+bound\s+point\s+sources$", lines[0]);
        Assert.Matches(@"^intelligent computing power\s+computing power\s+2024\s+725\.4 EFLOPS\s+exact\s+derived\s+002_39b1c7941e8ee6b6\.txt#1$", lines[2]);
        Assert.Matches(@"^intelligent computing power\s+computing power\s+2025\s+1,037\.3 EFLOPS\s+exact\s+stated, forecast\s+002_39b1c7941e8ee6b6\.txt#1$", lines[3]);
        Assert.Contains(lines, l => l.StartsWith("Qwen derivative models", StringComparison.Ordinal)
            && l.Contains("> 140,000 models") && l.Contains("lower") && l.Contains("stated, conflict"));
        Assert.Contains(lines, l => l.StartsWith("AI-related publications", StringComparison.Ordinal)
            && l.EndsWith("000_acd0283a066f7ea4.txt#1; 001_97ad99562d81cf4a.txt#1", StringComparison.Ordinal));
        Assert.Contains("derived   generative AI users 2024: change implies base: 515 million users in 2025-H1, \"doubled from 2024\", "
            + "so 2024 = 515 million / 2 = 257.5 million users\n", output);
        Assert.Contains("growth    universities with AI bachelor's programs: (626 / 35)^(1/6) − 1 = 61.7% a year (2019 → 2025-04, 6 calendar years)\n", output);
        Assert.Contains("\nconflict  Qwen derivative models undated: 2 different values for undated: ", output);
        Assert.Matches(@"\n\d+ series, \d+ points \(3 derived, 2 in conflict\), 1 conflict\n$", output);
    }

    [Fact]
    public void Jsonl_gives_one_object_per_point_with_its_sources()
    {
        var (exit, output, _) = Run("series", RepoFolders.Articles, "--metric", "intelligent computing power", "--format", "jsonl");

        Assert.Equal(0, exit);
        var points = output.TrimEnd('\n').Split('\n').Select(l => JsonDocument.Parse(l).RootElement).ToList();
        Assert.Equal(2, points.Count);
        var derived = points[0];
        Assert.Equal("intelligent computing power", derived.GetProperty("metric").GetString());
        Assert.Equal("computing power", derived.GetProperty("topic").GetString());
        Assert.Equal("2024", derived.GetProperty("period").GetString());
        Assert.Equal(2024, derived.GetProperty("year").GetDouble());
        Assert.Equal(1037.3 / 1.43, derived.GetProperty("value").GetDouble(), 9);
        Assert.Equal("exact", derived.GetProperty("bound").GetString());
        Assert.True(derived.GetProperty("derived").GetBoolean());
        Assert.StartsWith("change implies base: 1,037.3 EFLOPS in 2025", derived.GetProperty("rule").GetString());
        var sources = derived.GetProperty("sources").EnumerateArray().ToList();
        Assert.Equal(["1,037.3 EFLOPS", "43 percent"], sources.Select(s => s.GetProperty("text").GetString()));
        Assert.All(sources, s => Assert.Equal("002_39b1c7941e8ee6b6.txt", s.GetProperty("file").GetString()));
        Assert.Equal(JsonValueKind.Null, sources[0].GetProperty("outlet").ValueKind);
        Assert.False(points[1].GetProperty("derived").GetBoolean());
        Assert.Equal(JsonValueKind.Null, points[1].GetProperty("rule").ValueKind);
    }

    [Fact]
    public void Csv_has_one_row_per_point_under_a_fixed_header()
    {
        var (exit, output, _) = Run("series", RepoFolders.Articles, "--metric", "Qwen derivative models", "--format", "csv");

        Assert.Equal(0, exit);
        var lines = output.TrimEnd('\n').Split('\n');
        Assert.Equal("metric,topic,unit,period,year,value,bound,derived,forecast,conflict,rule,note,sources,outlets,dates,sentence", lines[0]);
        Assert.Equal(3, lines.Length);
        Assert.StartsWith("Qwen derivative models,open source,model,,,100000,lower,false,false,true,,", lines[1]);
        Assert.Contains(",000_acd0283a066f7ea4.txt#1; 001_97ad99562d81cf4a.txt#1,The Belt and Road News Network,2025-08-26,", lines[1]);
        Assert.StartsWith("Qwen derivative models,open source,model,,,140000,lower,false,false,true,,", lines[2]);
    }

    [Fact]
    public void Output_is_the_same_bytes_on_every_run()
    {
        foreach (var format in new[] { "table", "jsonl", "csv" })
            Assert.Equal(Run("series", RepoFolders.Articles, "--format", format).Out, Run("series", RepoFolders.Articles, "--format", format).Out);
    }

    [Fact]
    public void An_unknown_metric_is_one_line_on_stderr_and_exit_2()
    {
        var (exit, output, error) = Run("series", RepoFolders.Articles, "--metric", "lunar rovers");

        Assert.Equal(2, exit);
        Assert.Equal("", output);
        Assert.StartsWith("error: no metric reads like 'lunar rovers'. Metrics: intelligent computing power; ", error);
        Assert.Single(error.TrimEnd('\n').Split('\n'));
    }

    [Fact]
    public void A_bad_mapping_file_or_path_is_one_line_naming_the_file_and_exit_2()
    {
        var map = Path.Combine(Directory.CreateTempSubdirectory("newsfigures-cli-").FullName, "metrics.csv");
        File.WriteAllText(map, "phrase,metric,topic\nAI market,,markets\n");
        try
        {
            var (exit, output, error) = Run("series", RepoFolders.Articles, "--metrics", map);
            Assert.Equal(2, exit);
            Assert.Equal("", output);
            Assert.StartsWith($"error: {map}:2: unknown topic 'markets'", error);

            var missing = Run("series", Path.Combine(RepoFolders.Data, "no-such-folder"));
            Assert.Equal(2, missing.Exit);
            Assert.EndsWith("no-such-folder: no such file or folder.\n", missing.Err.ReplaceLineEndings("\n"));
        }
        finally
        {
            Directory.Delete(Path.GetDirectoryName(map)!, recursive: true);
        }
    }
}
