namespace NewsFigures;

/// <summary>
/// A file built at <c>PATH.tmp</c> beside its path and renamed over it by <see cref="Commit"/>, so a write that fails or
/// stops early loses nothing: disposed without a commit, the temporary file goes and the path keeps what it held.
/// </summary>
internal sealed class PendingFile : IDisposable
{
    private bool _committed;

    public PendingFile(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        Path = System.IO.Path.GetFullPath(path);
        TempPath = Path + ".tmp";
        File.Delete(TempPath); // a leftover of a run that was killed
    }

    public string Path { get; }

    /// <summary>Where the file is built.</summary>
    public string TempPath { get; }

    public void Commit()
    {
        File.Move(TempPath, Path, overwrite: true);
        _committed = true;
    }

    public void Dispose()
    {
        if (!_committed) File.Delete(TempPath);
    }
}
