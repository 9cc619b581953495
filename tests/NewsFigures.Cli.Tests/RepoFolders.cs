namespace NewsFigures.Cli.Tests;

/// <summary>Folders of the repository, found by walking up to the folder holding NewsFigures.sln.</summary>
internal static class RepoFolders
{
    public static string Root { get; } = FindRoot();

    public static string Articles => Path.Combine(Root, "data", "articles");

    public static string Notebooks => Path.Combine(Root, "notebooks");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "NewsFigures.sln"))) return dir.FullName;
        throw new DirectoryNotFoundException($"No NewsFigures.sln above {AppContext.BaseDirectory}.");
    }
}

/// <summary>A fresh folder under the temp folder, deleted when disposed.</summary>
internal sealed class TempFolder : IDisposable
{
    public TempFolder() => Directory.CreateDirectory(Path);

    public string Path { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "newsfigures-cli-" + Guid.NewGuid().ToString("N"));

    public string File(string name) => System.IO.Path.Combine(Path, name);

    public void Dispose() => Directory.Delete(Path, recursive: true);
}
