using System.Diagnostics;
using System.Globalization;
using NewsFigures.Notebooks;

namespace NewsFigures.Cli.Notebooks;

/// <summary>Progress of notebook runs as one line per event on stderr, so stdout stays clean; a finished notebook
/// says how long it took.</summary>
internal sealed class ProgressPrinter(TextWriter error) : IProgress<NotebookProgress>
{
    private readonly Lock gate = new();
    private readonly Stopwatch clock = Stopwatch.StartNew();
    private readonly Dictionary<string, TimeSpan> started = new(StringComparer.Ordinal);

    public void Report(NotebookProgress value)
    {
        lock (gate)
        {
            var line = value.Stage switch
            {
                ProgressStage.Started => Start(value),
                ProgressStage.CellStarted => $"{value.Notebook}: cell {value.Cell}/{value.CellCount}",
                ProgressStage.Cached => $"{value.Notebook}: unchanged, from cache",
                ProgressStage.Executed => $"{value.Notebook}: done{Took(value.Notebook)}",
                ProgressStage.Failed => $"{value.Notebook}: failed{Took(value.Notebook)}",
                ProgressStage.PageWritten => $"{value.Notebook}: page written",
                ProgressStage.PdfWritten => $"{value.Notebook}: PDF written",
                _ => null,
            };
            if (line is not null) error.WriteLine(line);
        }
    }

    private string Start(NotebookProgress value)
    {
        started[value.Notebook] = clock.Elapsed;
        return $"{value.Notebook}: running {value.CellCount} cells";
    }

    private string Took(string notebook) => started.TryGetValue(notebook, out var start)
        ? string.Create(CultureInfo.InvariantCulture, $" in {(clock.Elapsed - start).TotalSeconds:0.0} s")
        : "";
}
