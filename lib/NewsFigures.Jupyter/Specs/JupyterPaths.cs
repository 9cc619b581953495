namespace NewsFigures.Jupyter;

/// <summary>
/// The data folders Jupyter searches, in its order: JUPYTER_PATH, the user's (JUPYTER_DATA_DIR, else
/// $XDG_DATA_HOME/jupyter or ~/.local/share/jupyter), the Python environment's (sys.prefix/share/jupyter, when given),
/// then /usr/local/share/jupyter and /usr/share/jupyter. Kernels live in each one's kernels/ folder.
/// </summary>
public sealed record JupyterPaths(IReadOnlyList<string> DataDirectories)
{
    /// <summary>Read from this process's environment; <paramref name="sysPrefix"/> is a Python environment's sys.prefix.</summary>
    public static JupyterPaths FromEnvironment(string? sysPrefix = null) =>
        From(Environment.GetEnvironmentVariable, Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), sysPrefix);

    /// <summary>The same from given variables and home folder (for tests).</summary>
    public static JupyterPaths From(Func<string, string?> variable, string home, string? sysPrefix = null)
    {
        var folders = new List<string>();
        if (variable("JUPYTER_PATH") is { Length: > 0 } path)
            folders.AddRange(path.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries));
        folders.Add(UserDataDirectory(variable, home));
        if (!string.IsNullOrEmpty(sysPrefix)) folders.Add(Path.Combine(sysPrefix, "share", "jupyter"));
        folders.Add("/usr/local/share/jupyter");
        folders.Add("/usr/share/jupyter");
        return new JupyterPaths(folders.Select(f => Path.TrimEndingDirectorySeparator(Path.GetFullPath(f))).Distinct(StringComparer.Ordinal).ToList());
    }

    /// <summary>Where <c>--user</c> installs go.</summary>
    public static string UserDataDirectory(Func<string, string?> variable, string home) =>
        variable("JUPYTER_DATA_DIR") is { Length: > 0 } data ? data
        : variable("XDG_DATA_HOME") is { Length: > 0 } xdg ? Path.Combine(xdg, "jupyter")
        : Path.Combine(home, ".local", "share", "jupyter");

    public IEnumerable<string> KernelDirectories => DataDirectories.Select(d => Path.Combine(d, "kernels"));
}
