namespace NewsFigures.Jupyter.Tests.CSharpKernel;

/// <summary>Folders of the repository, found by walking up to the folder holding NewsFigures.sln.</summary>
public static class RepoFolders
{
    public static string Root { get; } = FindRoot();

    public static string Notebooks => Path.Combine(Root, "notebooks");

    /// <summary>The command line as built in this project's configuration (its build builds the command line).</summary>
    public static string Cli
    {
        get
        {
            var cli = Path.Combine(Root, "lib", "NewsFigures.Cli", "bin", Configuration, "net10.0", "NewsFigures.Cli.dll");
            return File.Exists(cli) ? cli : throw new FileNotFoundException($"{cli} is missing: build the solution first (dotnet build NewsFigures.sln -c Release).");
        }
    }

#if DEBUG
    private const string Configuration = "Debug";
#else
    private const string Configuration = "Release";
#endif

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "NewsFigures.sln"))) return dir.FullName;
        throw new DirectoryNotFoundException($"No NewsFigures.sln above {AppContext.BaseDirectory}.");
    }
}
