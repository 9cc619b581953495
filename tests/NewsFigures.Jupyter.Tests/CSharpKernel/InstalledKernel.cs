namespace NewsFigures.Jupyter.Tests.CSharpKernel;

/// <summary>
/// Our kernel installed as a user installs it (`kernel install --prefix`, by the command line built here) into a
/// temporary prefix that JUPYTER_PATH points at, so the machine's kernels are untouched. Shared by a class's tests.
/// </summary>
public sealed class InstalledKernel : IDisposable
{
    public const string Name = "newsfigures-csharp";

    private readonly TempDirectory prefix = new();

    public InstalledKernel()
    {
        var install = ChildProcess.RunAsync("dotnet", [RepoFolders.Cli, "kernel", "install", "--prefix", prefix.Path], prefix.Path).GetAwaiter().GetResult();
        if (install.ExitCode != 0) throw new InvalidOperationException($"kernel install failed: {install.Describe()}");
        Spec = new KernelSpecs(new JupyterPaths([JupyterPath])).Find(Name);
    }

    /// <summary>The data folder to name in JUPYTER_PATH.</summary>
    public string JupyterPath => Path.Combine(prefix.Path, "share", "jupyter");

    public KernelSpec Spec { get; }

    public IReadOnlyDictionary<string, string> Environment => new Dictionary<string, string>
    {
        ["JUPYTER_PATH"] = JupyterPath,
        ["PYDEVD_DISABLE_FILE_VALIDATION"] = "1",
    };

    public void Dispose() => prefix.Dispose();
}
