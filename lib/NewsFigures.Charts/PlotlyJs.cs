namespace NewsFigures.Charts;

/// <summary>plotly.js 2.28 as embedded in the Plotly.NET assembly; write it once per site, load it locally.</summary>
public static class PlotlyJs
{
    const string ResourceName = "Plotly.NET.plotly-2.28.0.min.js";

    public static string Source()
    {
        using var stream = typeof(Plotly.NET.GenericChart).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"Resource {ResourceName} is missing from Plotly.NET.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    public static void WriteTo(string path) => AtomicFile.WriteText(path, Source());
}
