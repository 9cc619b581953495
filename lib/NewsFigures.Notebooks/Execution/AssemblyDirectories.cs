using System.Reflection;
using System.Runtime.Loader;

namespace NewsFigures.Notebooks.Execution;

/// <summary>
/// Loads #r assemblies into the default load context and resolves their dependencies from the folders
/// they came from, for as long as one notebook runs.
/// </summary>
internal sealed class AssemblyDirectories : IDisposable
{
    private readonly List<string> directories = [];

    public AssemblyDirectories() => AssemblyLoadContext.Default.Resolving += Resolve;

    public Assembly Load(string path)
    {
        var full = Path.GetFullPath(path);
        var directory = Path.GetDirectoryName(full)!;
        lock (directories) if (!directories.Contains(directory)) directories.Add(directory);
        var name = AssemblyName.GetAssemblyName(full);
        var loaded = AssemblyLoadContext.Default.Assemblies.Where(a => AssemblyName.ReferenceMatchesDefinition(a.GetName(), name)).ToList();
        // one version of an assembly per process: a package that brings another version of one the runner already loaded
        // (Microsoft.AspNetCore.Html.Abstractions 2.3.13 beside the 2.3.0 .NET Interactive's formatting uses) gets the
        // loaded one, as .NET Interactive gives a notebook its own copy of its dependencies
        return loaded.FirstOrDefault(a => a.GetName().Version == name.Version) ?? loaded.FirstOrDefault()
            ?? AssemblyLoadContext.Default.LoadFromAssemblyPath(full);
    }

    private Assembly? Resolve(AssemblyLoadContext context, AssemblyName name)
    {
        string[] candidates;
        lock (directories) candidates = directories.Select(d => Path.Combine(d, name.Name + ".dll")).ToArray();
        var path = candidates.FirstOrDefault(File.Exists);
        return path is null ? null : context.LoadFromAssemblyPath(path);
    }

    public void Dispose() => AssemblyLoadContext.Default.Resolving -= Resolve;
}
