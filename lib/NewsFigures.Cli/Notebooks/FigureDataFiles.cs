using NewsFigures.Notebooks;

namespace NewsFigures.Cli.Notebooks;

/// <summary>The figure tables a site publishes under data/: every figure of the corpus as CSV, JSONL and SQLite.</summary>
internal static class FigureDataFiles
{
    public static IReadOnlyList<DataFile> Write(string? corpusPath)
    {
        if (corpusPath is null) return [];
        // Filled in once FigureTable's exports land (issue 3).
        return [];
    }
}
