namespace CorpusGen;

/// <summary>Finds the repository's folders from wherever the program runs (the repository root, or its bin folder).</summary>
public static class RepositoryPaths
{
    /// <summary>The folder holding data/articles, looked for above the working folder, then above the program.</summary>
    public static string Root()
    {
        foreach (var start in new[] { Environment.CurrentDirectory, AppContext.BaseDirectory })
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
                if (Directory.Exists(Path.Combine(dir.FullName, "data", "articles"))) return dir.FullName;
        throw new DirectoryNotFoundException($"no data/articles above {Environment.CurrentDirectory} or {AppContext.BaseDirectory}: run from the repository.");
    }

    public static string Articles() => Path.Combine(Root(), "data", "articles");
}
