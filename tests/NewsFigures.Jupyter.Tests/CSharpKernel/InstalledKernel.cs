namespace NewsFigures.Jupyter.Tests.CSharpKernel;

/// <summary>
/// Our kernel installed for Jupyter in a folder of its own (found through JUPYTER_PATH, so the machine's kernels are
/// untouched), starting the command line built here. Shared by the tests of a class.
/// </summary>
public sealed class InstalledKernel : IDisposable
{
    public const string Name = "newsfigures-csharp-test";

    private readonly TempDirectory folder = new();

    public InstalledKernel()
    {
        folder.Write($"kernels/{Name}/kernel.json", new KernelSpec(Name, folder[$"kernels/{Name}"],
            ["dotnet", RepoFolders.Cli, "kernel", "start", "{connection_file}"], "C# (NewsFigures, test)", "C#") { InterruptMode = "message" }.ToJson());
        Spec = new KernelSpecs(new JupyterPaths([folder.Path])).Find(Name);
    }

    /// <summary>The folder to put first in JUPYTER_PATH.</summary>
    public string JupyterPath => folder.Path;

    public KernelSpec Spec { get; }

    public IReadOnlyDictionary<string, string> Environment => new Dictionary<string, string>
    {
        ["JUPYTER_PATH"] = JupyterPath,
        ["PYDEVD_DISABLE_FILE_VALIDATION"] = "1",
    };

    public void Dispose() => folder.Dispose();
}
