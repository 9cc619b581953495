using NewsFigures.Notebooks;

namespace NewsFigures.Cli.Notebooks;

/// <summary>
/// The figure tables a site publishes under data/: every figure of a corpus as figures.csv, figures.jsonl and
/// figures.sqlite, written to a scratch folder that lives as long as the render.
/// </summary>
internal sealed class FigureDataFiles : IDisposable
{
    private readonly string? scratch;

    public FigureDataFiles(Corpus? corpus)
    {
        if (corpus is null) return;
        var figures = corpus.Figures();
        scratch = Directory.CreateTempSubdirectory("newsfigures-data-").FullName;
        var csv = Path.Combine(scratch, "figures.csv");
        var jsonl = Path.Combine(scratch, "figures.jsonl");
        var sqlite = Path.Combine(scratch, "figures.sqlite");
        figures.WriteCsv(csv);
        figures.WriteJsonLines(jsonl);
        figures.WriteSqlite(sqlite);
        Files = [DataFile.From(csv), DataFile.From(jsonl), DataFile.From(sqlite)];
    }

    public IReadOnlyList<DataFile> Files { get; } = [];

    public void Dispose()
    {
        if (scratch is not null) Directory.Delete(scratch, recursive: true);
    }
}
