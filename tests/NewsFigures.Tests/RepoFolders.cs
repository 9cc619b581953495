namespace NewsFigures.Tests;

/// <summary>Folders of the repository, found by walking up from the test assembly to the folder holding NewsFigures.sln.</summary>
internal static class RepoFolders
{
    public static string Root { get; } = FindRoot();

    public static string Data => Path.Combine(Root, "data");

    public static string Articles => Path.Combine(Data, "articles");

    public static string GoldFigures => Path.Combine(Data, "gold", "figures.jsonl");

    /// <summary>A half of the development corpus: data/dev/study or data/dev/heldout (data/dev/README.md).</summary>
    public static string DevHalf(string half) => Path.Combine(Data, "dev", half);

    public static string Fixtures => Path.Combine(Root, "tests", "NewsFigures.Tests", "Fixtures");

    public static string Fixture(params string[] parts) => Path.Combine([Fixtures, .. parts]);

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "NewsFigures.sln"))) return dir.FullName;
        throw new DirectoryNotFoundException($"No NewsFigures.sln above {AppContext.BaseDirectory}.");
    }
}
