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
        var loaded = AssemblyLoadContext.Default.Assemblies.FirstOrDefault(a => AssemblyName.ReferenceMatchesDefinition(a.GetName(), name) && a.GetName().Version == name.Version);
        return loaded ?? AssemblyLoadContext.Default.LoadFromAssemblyPath(full);
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
