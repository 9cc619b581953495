using System.Reflection;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using NewsFigures.Notebooks.Io;

namespace NewsFigures.Notebooks.Report;

/// <summary>
/// Quarto-style freeze: an executed notebook is reused while its source bytes, declared inputs, parameters, the files
/// and folders its parameters name, and the code that runs it (this library and referenced assemblies, by module version
/// id) are unchanged.
/// </summary>
internal sealed partial class ExecutionCache(string directory, IReadOnlyList<string> inputs, RunOptions run)
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
        foreach (var input in inputs.Concat(ParameterPaths(notebookPath)).Distinct(StringComparer.Ordinal))
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

    /// <summary>Files and folders a notebook's parameters name — the -p overrides and the string literals of its cell tagged
    /// "parameters" — resolved as the notebook sees them, from its own folder.</summary>
    private IEnumerable<string> ParameterPaths(string notebookPath)
    {
        var folder = Path.GetDirectoryName(Path.GetFullPath(notebookPath))!;
        IEnumerable<string> defaults;
        try
        {
            defaults = Notebook.Load(notebookPath).Cells.Where(c => c.HasTag(Execution.ParameterCell.ParametersTag))
                .SelectMany(c => StringLiteral().Matches(c.Source).Select(m => m.Groups[1].Value)).ToList();
        }
        catch (InvalidDataException)
        {
            defaults = []; // an unreadable notebook is reported when it is run
        }
        return run.Parameters.Values.Concat(defaults)
            .Where(v => v.Length > 0 && v.IndexOfAny(Path.GetInvalidPathChars()) < 0)
            .Select(v => Path.GetFullPath(v, folder))
            .Where(p => File.Exists(p) || Directory.Exists(p));
    }

    [GeneratedRegex(@"""((?:[^""\\\n]|\\.)*)""")]
    private static partial Regex StringLiteral();

    private static IEnumerable<string> Files(string input) =>
        File.Exists(input) ? [input]
        : Directory.Exists(input) ? Directory.EnumerateFiles(input, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal)
        : throw new FileNotFoundException($"cache input '{input}' does not exist.");
}
