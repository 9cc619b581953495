namespace NewsFigures.Jupyter;

/// <summary>The kernelspecs installed where Jupyter looks; of two with one name, the earlier folder's wins, as in Jupyter.</summary>
public sealed class KernelSpecs(JupyterPaths paths)
{
    /// <summary>Every readable kernelspec by name; <paramref name="skipped"/> hears of each unreadable one (file: why).</summary>
    public IReadOnlyList<KernelSpec> FindAll(Action<string>? skipped = null)
    {
        var found = new Dictionary<string, KernelSpec>(StringComparer.Ordinal);
        foreach (var folder in paths.KernelDirectories.Where(Directory.Exists))
        {
            foreach (var directory in Directory.EnumerateDirectories(folder).Order(StringComparer.Ordinal))
            {
                var name = Path.GetFileName(directory).ToLowerInvariant();
                if (found.ContainsKey(name) || !File.Exists(Path.Combine(directory, "kernel.json"))) continue;
                try
                {
                    found[name] = KernelSpec.Load(directory);
                }
                catch (Exception e) when (e is InvalidDataException or IOException or UnauthorizedAccessException)
                {
                    skipped?.Invoke(e.Message);
                }
            }
        }
        return found.Values.OrderBy(s => s.Name, StringComparer.Ordinal).ToList();
    }

    /// <summary>The kernelspec of that name; one line naming the folders searched when there is none.</summary>
    public KernelSpec Find(string name)
    {
        foreach (var folder in paths.KernelDirectories)
        {
            var directory = Path.Combine(folder, name.ToLowerInvariant());
            if (File.Exists(Path.Combine(directory, "kernel.json"))) return KernelSpec.Load(directory);
        }
        throw new FileNotFoundException($"no kernel named '{name}' in {string.Join(", ", paths.KernelDirectories)}.");
    }
}
