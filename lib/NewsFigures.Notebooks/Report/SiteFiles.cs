namespace NewsFigures.Notebooks.Report;

/// <summary>Writes site files, skipping identical ones so an unchanged render rewrites nothing big.</summary>
internal sealed class SiteFiles(string root)
{
    private readonly HashSet<string> written = new(StringComparer.Ordinal);

    public string Root => root;

    public IReadOnlySet<string> Written => written;

    public string Write(string relativePath, ReadOnlySpan<byte> bytes)
    {
        var path = Path.Combine(root, relativePath);
        written.Add(Path.GetFullPath(path));
        if (File.Exists(path) && new FileInfo(path).Length == bytes.Length && File.ReadAllBytes(path).AsSpan().SequenceEqual(bytes)) return path;
        Io.AtomicFile.WriteAllBytes(path, bytes);
        return path;
    }

    public string Write(string relativePath, string text) => Write(relativePath, System.Text.Encoding.UTF8.GetBytes(text));

    /// <summary>Removes files left in a generated folder by an earlier render (e.g. images of outputs that are gone).</summary>
    public void Prune(string relativeFolder, string pattern = "*")
    {
        var folder = Path.Combine(root, relativeFolder);
        if (!Directory.Exists(folder)) return;
        foreach (var file in Directory.EnumerateFiles(folder, pattern).Where(f => !written.Contains(Path.GetFullPath(f))).ToList()) File.Delete(file);
    }
}
