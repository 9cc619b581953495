namespace NewsFigures;

/// <summary>Finds the article files a path names: the path itself, or the .txt files directly inside a folder.</summary>
internal static class CorpusFiles
{
    public static IReadOnlyList<string> Resolve(string path)
    {
        if (string.IsNullOrWhiteSpace(path))
            throw new CorpusLoadException("No corpus path was given.");
        if (File.Exists(path))
            return [path];
        if (!Directory.Exists(path))
            throw new CorpusLoadException(new LoadProblem(path, "no such file or folder."));

        var files = Directory.EnumerateFiles(path)
            .Where(f => f.EndsWith(".txt", StringComparison.OrdinalIgnoreCase))
            .Order(StringComparer.Ordinal)
            .ToList();
        if (files.Count == 0)
            throw new CorpusLoadException(new LoadProblem(path, "folder holds no .txt files."));
        return files;
    }

    /// <summary>Folder where the catalog is looked for.</summary>
    public static string CatalogFolder(string path) =>
        Directory.Exists(path) ? path : Path.GetDirectoryName(Path.GetFullPath(path)) ?? ".";
}
