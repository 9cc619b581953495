namespace NewsFigures.Hosts.Tests.Hosts;

/// <summary>
/// Finds Jupyter and the dotnet-interactive tool where scripts/ensure-jupyter.sh and scripts/ensure-dotnet-interactive.sh
/// put them, or says which script to run.
/// </summary>
public static class InstalledTools
{
    public static string DotnetTools => Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".dotnet", "tools");

    /// <summary>PATH with the dotnet global tools folder, where the kernelspec's `dotnet interactive` finds the tool.</summary>
    public static string PathWithDotnetTools => string.Join(Path.PathSeparator, SearchPath().Append(DotnetTools).Distinct());

    public static string Jupyter() =>
        Find("jupyter") ?? throw new InvalidOperationException("jupyter is not installed: run `bash scripts/ensure-jupyter.sh` (Debian's jupyter-nbconvert).");

    /// <summary>Checks that the tool and its Jupyter kernel `.net-csharp` are installed.</summary>
    public static void RequireDotnetInteractive()
    {
        const string fix = "run `bash scripts/ensure-dotnet-interactive.sh`";
        if (Find("dotnet-interactive") is null)
            throw new InvalidOperationException($"the dotnet-interactive tool is not installed: {fix}.");
        if (!KernelSpecFolders().Any(folder => File.Exists(Path.Combine(folder, ".net-csharp", "kernel.json"))))
            throw new InvalidOperationException($"Jupyter has no `.net-csharp` kernel: {fix}.");
    }

    private static string? Find(string program) =>
        SearchPath().Append(DotnetTools).Select(dir => Path.Combine(dir, program)).FirstOrDefault(File.Exists);

    private static IEnumerable<string> SearchPath() =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries);

    // Jupyter's data folders, user's first (where `dotnet interactive jupyter install` writes), as `jupyter --paths` lists them.
    private static IEnumerable<string> KernelSpecFolders()
    {
        var home = Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);
        if (Environment.GetEnvironmentVariable("JUPYTER_DATA_DIR") is { Length: > 0 } data) yield return Path.Combine(data, "kernels");
        yield return Path.Combine(home, ".local", "share", "jupyter", "kernels");
        yield return "/usr/local/share/jupyter/kernels";
        yield return "/usr/share/jupyter/kernels";
    }
}
