using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using NewsFigures.Jupyter;

namespace NewsFigures.Notebooks;

/// <summary>
/// Which kernel runs each notebook, as Jupyter would choose: a C# notebook (by its kernelspec's language, or with no
/// kernelspec) runs on <see cref="CSharp"/> (in this process when null); any other notebook runs on the installed kernel its
/// kernelspec names (a Python notebook in the same report), one pool per kernel; <see cref="Forced"/> runs every notebook on
/// one kernel (--kernel NAME).
/// </summary>
public sealed class KernelSelection(KernelPool? csharp, KernelSpecs installed, KernelPoolOptions? others = null) : IAsyncDisposable
{
    private readonly ConcurrentDictionary<string, Lazy<KernelPool>> pools = new(StringComparer.Ordinal);

    /// <summary>Every notebook on <paramref name="pool"/>, whatever its metadata says.</summary>
    public static KernelSelection Forced(KernelPool pool) => new(pool, new KernelSpecs(new JupyterPaths([]))) { Force = true };

    public KernelPool? CSharp => csharp;

    private bool Force { get; init; }

    /// <summary>The pool a notebook runs on; null means in this process.</summary>
    /// <exception cref="FileNotFoundException">The notebook names a kernel that is not installed.</exception>
    internal KernelPool? For(Notebook notebook)
    {
        if (Force || IsCSharp(notebook.Metadata)) return csharp;
        var name = Text(notebook.Metadata["kernelspec"]?["name"])!;
        return pools.GetOrAdd(name, n => new Lazy<KernelPool>(() => new KernelPool(installed.Find(n), others))).Value;
    }

    private static bool IsCSharp(JsonObject metadata)
    {
        if (Text(metadata["kernelspec"]?["name"]) is not { } name) return true;
        var language = Text(metadata["kernelspec"]?["language"]) ?? Text(metadata["language_info"]?["name"]) ?? "";
        return language.Equals("C#", StringComparison.OrdinalIgnoreCase) || language.Equals("csharp", StringComparison.OrdinalIgnoreCase)
            || name is ".net-csharp" || name.Contains("csharp", StringComparison.OrdinalIgnoreCase);
    }

    private static string? Text(JsonNode? node) => node is JsonValue value && value.TryGetValue<string>(out var text) ? text : null;

    public async ValueTask DisposeAsync()
    {
        if (csharp is not null) await csharp.DisposeAsync();
        foreach (var pool in pools.Values.Where(p => p.IsValueCreated)) await pool.Value.DisposeAsync();
    }
}
