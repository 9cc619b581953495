namespace NewsFigures.Charts;

/// <summary>Write to a temporary file beside the target, then rename, so a failed write loses nothing.</summary>
internal static class AtomicFile
{
    public static void WriteBytes(string path, byte[] bytes)
    {
        var full = Path.GetFullPath(path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        var temp = full + ".tmp";
        File.WriteAllBytes(temp, bytes);
        File.Move(temp, full, overwrite: true);
    }

    public static void WriteText(string path, string text) => WriteBytes(path, System.Text.Encoding.UTF8.GetBytes(text));
}
