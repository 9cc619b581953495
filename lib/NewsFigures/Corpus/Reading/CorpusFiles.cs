namespace NewsFigures;

/// <summary>Finds the article files a path names: the path itself, or the .txt files directly inside a folder.</summary>
internal static class CorpusFiles
{
    /// <summary>The files in ordinal name order with their sizes; with a shard, only the files of that part (maybe none:
    /// with more workers than files some have nothing to do, which is no error).</summary>
    public static IReadOnlyList<(string Path, long Bytes)> Resolve(string path, CorpusShard? shard = null)
    {
        if (string.IsNullOrWhiteSpace(path))
            throw new CorpusLoadException("No corpus path was given.");
        if (File.Exists(path))
            return [(path, new FileInfo(path).Length)];
        if (!Directory.Exists(path))
            throw new CorpusLoadException(new LoadProblem(path, "no such file or folder."));

        var files = Directory.EnumerateFiles(path)
            .Where(f => f.EndsWith(".txt", StringComparison.OrdinalIgnoreCase))
            .Order(StringComparer.Ordinal)
            .ToList();
        if (files.Count == 0)
            throw new CorpusLoadException(new LoadProblem(path, "folder holds no .txt files."));
        if (shard is not null) files = files.Where(f => shard.Holds(Path.GetFileName(f))).ToList();
        return files.Select(f => (f, Size(f))).ToList();
    }

    /// <summary>Folder where the catalog is looked for.</summary>
    public static string CatalogFolder(string path) =>
        Directory.Exists(path) ? path : Path.GetDirectoryName(Path.GetFullPath(path)) ?? ".";

    private static long Size(string file)
    {
        try { return new FileInfo(file).Length; }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException) { return 0; } // the read will say why
    }
}
