namespace NewsFigures.Hosts.Tests.Hosts;

/// <summary>Folders of the repository, found by walking up to the folder holding NewsFigures.sln.</summary>
public static class RepoFolders
{
    public static string Root { get; } = FindRoot();

    public static string Notebooks => Path.Combine(Root, "notebooks");

    /// <summary>The Polyglot-style notebooks, run where they are: their relative paths lead to lib/bin and data/.</summary>
    public static string PolyglotNotebooks => Path.Combine(Root, "tests", "NewsFigures.Hosts.Tests", "Polyglot");

    /// <summary>The command line as a user runs it, built in this project's configuration (its build builds the command line).</summary>
    public static string Cli => Path.Combine(Root, "lib", "NewsFigures.Cli", "bin", Configuration, "net10.0", "NewsFigures.Cli.dll");

#if DEBUG
    private const string Configuration = "Debug";
#else
    private const string Configuration = "Release";
#endif

    public static string TestResults => Path.Combine(Root, "tests", "NewsFigures.Hosts.Tests", "TestResults");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "NewsFigures.sln"))) return dir.FullName;
        throw new DirectoryNotFoundException($"No NewsFigures.sln above {AppContext.BaseDirectory}.");
    }
}
