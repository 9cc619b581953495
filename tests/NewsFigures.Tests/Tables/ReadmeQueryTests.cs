using System.Text.RegularExpressions;

namespace NewsFigures.Tests.Tables;

/// <summary>Every DuckDB query the README shows runs as written over the Parquet files its extract commands write.</summary>
public sealed partial class ReadmeQueryTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("readme-queries-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [GeneratedRegex(@"```sql\n(?<sql>.*?)```", RegexOptions.Singleline)]
    private static partial Regex SqlBlock();

    [Fact]
    public void The_readme_queries_run_over_the_files_its_commands_write()
    {
        var queries = SqlBlock().Matches(File.ReadAllText(Path.Combine(RepoFolders.Root, "README.md"))).Select(m => m.Groups["sql"].Value).ToList();
        Directory.CreateDirectory(Path.Combine(_folder, "out"));
        // The README's commands, run from a folder of our own: out/figures.parquet and the four shards.
        Assert.Equal(0, CommandLine.Run("extract", RepoFolders.Articles, "--format", "parquet", "--out", Path.Combine(_folder, "out", "figures.parquet")).Exit);
        for (int i = 1; i <= 4; i++)
            Assert.Equal(0, CommandLine.Run("extract", RepoFolders.Articles, "--shard", $"{i}/4", "--format", "parquet", "--out",
                Path.Combine(_folder, "out", $"figures-{i}.parquet")).Exit);
        int figures = CommandLine.Run("extract", RepoFolders.Articles).Out.Count(c => c == '\n');

        var byUnit = DuckDbQuery.Rows(_folder, queries[0]);
        var shards = DuckDbQuery.Rows(_folder, queries[1]);

        Assert.Equal(2, queries.Count);
        Assert.Equal(Corpus.Load(RepoFolders.Articles).Figures().FoldDuplicates().Count, byUnit.Sum(r => Convert.ToInt32(r[1])));
        Assert.Equal(new object?[] { (long)figures, (long)Directory.GetFiles(RepoFolders.Articles, "*.txt").Length }, Assert.Single(shards));
    }
}
