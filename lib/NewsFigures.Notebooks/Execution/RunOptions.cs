using System.Reflection;

namespace NewsFigures.Notebooks;

/// <summary>How notebooks run. Every field has a sensible default.</summary>
public sealed record RunOptions
{
    /// <summary>A cell running longer than this ends with a timeout error. Default 120 s.</summary>
    public TimeSpan CellTimeout { get; init; } = TimeSpan.FromSeconds(120);

    /// <summary>Keep running after a failing cell (like nbclient's allow_errors).</summary>
    public bool AllowErrors { get; init; }

    /// <summary>Papermill-style overrides (-p name=value), injected after the cell tagged "parameters".</summary>
    public IReadOnlyDictionary<string, string> Parameters { get; init; } = new Dictionary<string, string>();

    /// <summary>Assemblies every notebook can use without #r (e.g. the project's own libraries).</summary>
    public IReadOnlyList<Assembly> References { get; init; } = [];

    /// <summary>Namespaces imported in every notebook, beyond System, System.Linq, System.Collections.Generic and friends.</summary>
    public IReadOnlyList<string> Imports { get; init; } = [];

    /// <summary>Where #r "nuget: ..." restores are cached; default ~/.cache/newsfigures/nuget.</summary>
    public string? NuGetCacheDirectory { get; init; }

    /// <summary>The kernel processes notebooks run in (this project's C# kernel, or any installed Jupyter kernel); null runs
    /// C# notebooks in this process, which is quicker to start but shares the process with every notebook.</summary>
    public KernelSelection? Kernels { get; init; }

    /// <summary>Reports each notebook and cell as it runs.</summary>
    public IProgress<NotebookProgress>? Progress { get; init; }
}
