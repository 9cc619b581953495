namespace NewsFigures.Notebooks.Report;

/// <summary>
/// reveal.js as the build embedded it (RevealJs.targets: script, stylesheet, white theme and its font, notes plugin,
/// licence), written once per site under assets/reveal/ so decks work offline.
/// </summary>
internal static class RevealAssets
{
    public const string Folder = "assets/reveal";

    private const string ResourcePrefix = "reveal/";

    public static void WriteTo(SiteFiles files)
    {
        var assembly = typeof(RevealAssets).Assembly;
        var names = assembly.GetManifestResourceNames().Where(n => n.StartsWith(ResourcePrefix, StringComparison.Ordinal)).Order(StringComparer.Ordinal).ToList();
        if (names.Count == 0)
            throw new InvalidOperationException("reveal.js is not embedded in this build of NewsFigures.Notebooks; run scripts/ensure-revealjs.sh and build again.");
        foreach (var name in names)
        {
            using var stream = assembly.GetManifestResourceStream(name)!;
            using var copy = new MemoryStream();
            stream.CopyTo(copy);
            files.Write($"{Folder}/{name[ResourcePrefix.Length..]}", copy.ToArray());
        }
    }
}
