using System.Reflection;
using System.Security.Cryptography;
using System.Text;
using NewsFigures.Notebooks.Io;

namespace NewsFigures.Notebooks.Report;

/// <summary>
/// Quarto-style freeze: an executed notebook is reused while its source bytes, declared inputs, parameters
/// and the code that runs it (this library and referenced assemblies, by module version id) are unchanged.
/// </summary>
internal sealed class ExecutionCache(string directory, IReadOnlyList<string> inputs, RunOptions run)
{
    public static string DefaultDirectory =>
        Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".cache", "newsfigures", "executed");

    public string Key(string notebookPath)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        void Add(string text) => hash.AppendData(Encoding.UTF8.GetBytes(text + "\n"));
        Add("notebook-cache-v1");
        hash.AppendData(File.ReadAllBytes(notebookPath));
        foreach (var (name, value) in run.Parameters.OrderBy(p => p.Key, StringComparer.Ordinal)) Add($"-p {name}={value}");
        Add($"timeout {run.CellTimeout.Ticks} allow {run.AllowErrors} imports {string.Join(',', run.Imports)}");
        foreach (var assembly in run.References.Append(typeof(ExecutionCache).Assembly).Distinct())
            Add($"{assembly.GetName().Name} {assembly.ManifestModule.ModuleVersionId}");
        foreach (var input in inputs)
        {
            foreach (var file in Files(input))
            {
                Add(Path.GetRelativePath(input, file).Replace('\\', '/'));
                hash.AppendData(SHA256.HashData(File.ReadAllBytes(file)));
            }
        }
        return Convert.ToHexStringLower(hash.GetHashAndReset())[..32];
    }

    public Notebook? TryLoad(string notebookPath, string key)
    {
        var path = PathFor(notebookPath, key);
        if (!File.Exists(path)) return null;
        try
        {
            return Notebook.Load(path);
        }
        catch (InvalidDataException)
        {
            return null; // a damaged cache entry is a miss: the notebook runs again and the entry is rewritten
        }
    }

    public void Store(string notebookPath, string key, Notebook executed) =>
        AtomicFile.WriteAllText(PathFor(notebookPath, key), executed.ToJson());

    private string PathFor(string notebookPath, string key) =>
        Path.Combine(directory, $"{Path.GetFileNameWithoutExtension(notebookPath)}-{key}.ipynb");

    private static IEnumerable<string> Files(string input) =>
        File.Exists(input) ? [input]
        : Directory.Exists(input) ? Directory.EnumerateFiles(input, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal)
        : throw new FileNotFoundException($"cache input '{input}' does not exist.");
}
