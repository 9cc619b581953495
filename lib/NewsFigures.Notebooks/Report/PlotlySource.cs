namespace NewsFigures.Notebooks;

/// <summary>Where the site's single copy of plotly.js comes from: a file or a stream (e.g. an embedded resource).</summary>
public sealed record PlotlySource(Func<Stream> Open)
{
    public static PlotlySource FromFile(string path) => new(() => File.OpenRead(path));

    public static PlotlySource FromStream(Func<Stream> open) => new(open);

    internal byte[] ReadAll()
    {
        using var stream = Open();
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
