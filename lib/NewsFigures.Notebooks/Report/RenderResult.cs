namespace NewsFigures.Notebooks;

public enum NotebookStatus { Executed, Cached, Failed }

/// <summary>What happened to one notebook: its page (and PDF), whether it ran or came from the cache, and any failure.</summary>
public sealed record NotebookReport(string Source, string Page, string? Pdf, NotebookStatus Status, CellFailure? Failure)
{
    /// <summary>One line naming notebook, cell and line, for a command line to print.</summary>
    public string? FailureMessage => Failure is null ? null : $"{Source}: {Failure}";
}

/// <summary>The rendered site. <see cref="Succeeded"/> is false when any notebook failed.</summary>
public sealed record RenderResult(string IndexPage, IReadOnlyList<NotebookReport> Notebooks)
{
    public bool Succeeded => Notebooks.All(n => n.Status != NotebookStatus.Failed);

    public IEnumerable<NotebookReport> Failures => Notebooks.Where(n => n.Status == NotebookStatus.Failed);
}
