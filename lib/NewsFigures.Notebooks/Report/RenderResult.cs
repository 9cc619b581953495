namespace NewsFigures.Notebooks;

/// <summary>Failed: a cell failed while the notebook ran. Unreadable: the file is not a notebook that can be read
/// (bad input rather than a failed run); its page says why.</summary>
public enum NotebookStatus { Executed, Cached, Failed, Unreadable }

/// <summary>What happened to one notebook: its page (and PDF), whether it ran or came from the cache, and any failure.</summary>
public sealed record NotebookReport(string Source, string Page, string? Pdf, NotebookStatus Status, CellFailure? Failure)
{
    /// <summary>The slide deck, NAME-slides.html, when rendered with <see cref="RenderOptions.Slides"/>.</summary>
    public string? Deck { get; init; }

    /// <summary>The deck printed one slide per page, NAME-slides.pdf, with both Slides and Pdf.</summary>
    public string? DeckPdf { get; init; }

    /// <summary>One line naming notebook, cell and line (or field), for a command line to print.</summary>
    public string? FailureMessage => Failure is null ? null
        : Status == NotebookStatus.Unreadable ? Failure.Message // the reader's message names the file already
        : $"{Source}: {Failure}";
}

/// <summary>The rendered site. <see cref="Succeeded"/> is false when any notebook failed or could not be read.</summary>
public sealed record RenderResult(string IndexPage, IReadOnlyList<NotebookReport> Notebooks)
{
    public bool Succeeded => Notebooks.All(n => n.Status is NotebookStatus.Executed or NotebookStatus.Cached);

    public IEnumerable<NotebookReport> Failures => Notebooks.Where(n => n.Status is NotebookStatus.Failed or NotebookStatus.Unreadable);

    /// <summary>True when some input was not a readable notebook: bad input, as opposed to a cell that failed.</summary>
    public bool AnyUnreadable => Notebooks.Any(n => n.Status == NotebookStatus.Unreadable);
}
