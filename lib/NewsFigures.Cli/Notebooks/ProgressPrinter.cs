using NewsFigures.Notebooks;

namespace NewsFigures.Cli.Notebooks;

/// <summary>Progress of notebook runs as one line per event on stderr, so stdout stays clean.</summary>
internal sealed class ProgressPrinter(TextWriter error) : IProgress<NotebookProgress>
{
    private readonly Lock gate = new();

    public void Report(NotebookProgress value)
    {
        var line = value.Stage switch
        {
            ProgressStage.Started => $"{value.Notebook}: running {value.CellCount} cells",
            ProgressStage.CellStarted => $"{value.Notebook}: cell {value.Cell}/{value.CellCount}",
            ProgressStage.Cached => $"{value.Notebook}: unchanged, from cache",
            ProgressStage.Executed => $"{value.Notebook}: done",
            ProgressStage.Failed => $"{value.Notebook}: failed",
            ProgressStage.PageWritten => $"{value.Notebook}: page written",
            ProgressStage.PdfWritten => $"{value.Notebook}: PDF written",
            _ => null,
        };
        if (line is null) return;
        lock (gate) error.WriteLine(line);
    }
}
