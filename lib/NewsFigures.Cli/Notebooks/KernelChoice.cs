using NewsFigures.Cli.Commands;
using NewsFigures.Cli.Kernel;
using NewsFigures.Jupyter;
using NewsFigures.Notebooks;

namespace NewsFigures.Cli.Notebooks;

/// <summary>
/// The kernels <c>run</c> and <c>render</c> execute notebooks in: every notebook on the kernel --kernel names, or each on
/// the kernel its metadata names, C# ones on this project's own kernel, started from this very command line (so it is the
/// same build, installed or not) and reused from notebook to notebook, one process per core at most; or, with
/// --in-process, C# notebooks in this process.
/// </summary>
internal static class KernelChoice
{
    public static KernelSelection Kernels(string? name, bool inProcess, int notebooks)
    {
        var installed = new KernelSpecs(JupyterPaths.FromEnvironment());
        var options = new KernelPoolOptions { Size = Math.Clamp(notebooks, 1, Environment.ProcessorCount) };
        if (inProcess) return new KernelSelection(null, installed, options);
        if (name is null)
        {
            var own = KernelInstaller.Spec(KernelInstaller.DefaultName, AppContext.BaseDirectory);
            return new KernelSelection(new KernelPool(own, options with { Reuse = true }), installed, options);
        }
        KernelSpec spec;
        try
        {
            spec = installed.Find(name);
        }
        catch (Exception e) when (e is FileNotFoundException or InvalidDataException)
        {
            throw new UsageException($"--kernel {name}: {e.Message}");
        }
        return KernelSelection.Forced(new KernelPool(spec, options));
    }
}
