using System.Diagnostics;
using Microsoft.DotNet.Interactive;
using Microsoft.DotNet.Interactive.Commands;
using Microsoft.DotNet.Interactive.Documents;
using NewsFigures.Hosts.Tests.Hosts;
using Notebook = Microsoft.DotNet.Interactive.Documents.Jupyter.Notebook;

namespace NewsFigures.Hosts.Tests.Kernel;

/// <summary>
/// .NET Interactive in this process, as Polyglot Notebooks runs a notebook: read by its Jupyter parser, each code
/// cell sent to the kernel its metadata names, in the notebook's folder, with a fresh kernel per notebook. The working
/// folder belongs to the process, so notebooks here run one at a time.
/// </summary>
public sealed class PolyglotHost
{
    public const string Name = "C# kernel (in-process)";
    private static readonly SemaphoreSlim OneAtATime = new(1, 1);

    // Kernels are kept, never disposed: disposing one unhooks the native library resolver of its #r "nuget:" packages,
    // and a finalizer that later makes a package's first call into its native library (SkiaSharp's SKFontStyle) would
    // then fail with DllNotFoundException on the finalizer thread and crash the test host.
    private static readonly List<CompositeKernel> Kept = [];

    public async Task<HostRun> RunAsync(string notebook)
    {
        notebook = Path.GetFullPath(notebook);
        await OneAtATime.WaitAsync();
        var folder = Environment.CurrentDirectory;
        try
        {
            Environment.CurrentDirectory = Path.GetDirectoryName(notebook)!;
            var clock = Stopwatch.StartNew();
            var kernel = PolyglotKernel.Create();
            lock (Kept) Kept.Add(kernel);
            var document = Notebook.Parse(await File.ReadAllTextAsync(notebook), KernelInfos(kernel));
            var outputs = new KernelOutputs();
            for (var i = 0; i < document.Elements.Count; i++)
            {
                var cell = document.Elements[i];
                if (cell.KernelName == "markdown") continue;
                var result = await kernel.SendAsync(new SubmitCode(cell.Contents, cell.KernelName));
                foreach (var kernelEvent in result.Events) outputs.Add(i + 1, kernelEvent);
            }
            return new HostRun(notebook, Name, outputs.Cells(document.Elements.Count), clock.Elapsed);
        }
        finally
        {
            Environment.CurrentDirectory = folder;
            OneAtATime.Release();
        }
    }

    private static KernelInfoCollection KernelInfos(CompositeKernel kernel)
    {
        var infos = new KernelInfoCollection { DefaultKernelName = kernel.DefaultKernelName };
        foreach (var child in kernel.ChildKernels)
            infos.Add(new Microsoft.DotNet.Interactive.Documents.KernelInfo(child.Name, child.KernelInfo.LanguageName, child.KernelInfo.Aliases));
        return infos;
    }
}
