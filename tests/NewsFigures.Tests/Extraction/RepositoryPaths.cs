namespace NewsFigures.Tests.Extraction;

/// <summary>Finds the repository's data folder from the test's output folder.</summary>
internal static class RepositoryPaths
{
    public static string Data { get; } = FindData();

    public static string Articles => Path.Combine(Data, "articles");
    public static string GoldFigures => Path.Combine(Data, "gold", "figures.jsonl");

    private static string FindData()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var data = Path.Combine(dir.FullName, "data");
            if (File.Exists(Path.Combine(data, "gold", "figures.jsonl"))) return data;
        }
        throw new DirectoryNotFoundException($"no data/gold/figures.jsonl above {AppContext.BaseDirectory}");
    }
}
