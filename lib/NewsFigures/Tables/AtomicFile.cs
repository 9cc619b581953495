namespace NewsFigures;

/// <summary>Writes to a temporary file beside the target, then renames it over the target, so a failed write loses nothing.</summary>
internal static class AtomicFile
{
    public static void Write(string path, Action<Stream> write)
    {
        ArgumentNullException.ThrowIfNull(write);
        Commit(path, temp =>
        {
            using var stream = new FileStream(temp, FileMode.CreateNew, FileAccess.Write);
            write(stream);
        });
    }

    /// <summary>Lets <paramref name="build"/> create the file at a temporary path, then moves it to <paramref name="path"/>.</summary>
    public static void Commit(string path, Action<string> build)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        var full = Path.GetFullPath(path);
        var temp = full + ".tmp";
        File.Delete(temp);
        try
        {
            build(temp);
            File.Move(temp, full, overwrite: true);
        }
        catch
        {
            File.Delete(temp);
            throw;
        }
    }
}
