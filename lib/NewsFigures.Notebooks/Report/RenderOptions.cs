namespace NewsFigures.Notebooks;

/// <summary>How a site is rendered. Only what differs from the defaults needs setting.</summary>
public sealed record RenderOptions
{
    /// <summary>The site folder (index.html, one page per notebook, assets/, images/, data/).</summary>
    public string OutputDirectory { get; init; } = "site";

    /// <summary>Hide code cells' source; show outputs only.</summary>
    public bool NoInput { get; init; }

    /// <summary>Also print each notebook page to PDF with headless Chromium.</summary>
    public bool Pdf { get; init; }

    /// <summary>Also write each notebook as a reveal.js slide deck, NAME-slides.html beside its page (and with
    /// <see cref="Pdf"/> NAME-slides.pdf, one slide per page): a title slide, then one slide per ## section.</summary>
    public bool Slides { get; init; }

    /// <summary>Re-execute every notebook, ignoring the cache.</summary>
    public bool Fresh { get; init; }

    /// <summary>The plotly.js the site's interactive charts use; written once as assets/plotly.min.js.
    /// Without it, charts show their static image.</summary>
    public PlotlySource? PlotlyJs { get; init; }

    /// <summary>Files the caller wants published under data/ (e.g. figure tables as CSV, JSONL, SQLite).</summary>
    public IReadOnlyList<DataFile> DataFiles { get; init; } = [];

    /// <summary>Files or folders the notebooks read (e.g. data/articles, library DLLs): any change re-executes.</summary>
    public IReadOnlyList<string> CacheInputs { get; init; } = [];

    /// <summary>Where executed notebooks are cached; default ~/.cache/newsfigures/executed.</summary>
    public string? CacheDirectory { get; init; }

    /// <summary>How notebooks execute (timeout, parameters, references, progress).</summary>
    public RunOptions Run { get; init; } = new();

    /// <summary>How many notebooks execute at once (each in its own session; console output is still captured per cell).</summary>
    public int MaxParallelNotebooks { get; init; } = Math.Clamp(Environment.ProcessorCount, 1, 4);

    /// <summary>The site's name, shown on the index page and in the footer of every printed page.</summary>
    public string SiteTitle { get; init; } = "Notebooks";

    /// <summary>What a page (and its PDF) shows of an executed notebook, e.g. an edition without solutions; the executed
    /// notebook and the cache keep everything. Null shows it as executed.</summary>
    public Func<Notebook, Notebook>? PageNotebook { get; init; }

    /// <summary>A line for the footer of every printed page, between the site's title and the page numbers (say, which
    /// corpus the figures come from and its newest date). Keep it free of today's date: the same input prints the same bytes.</summary>
    public string? FooterLine { get; init; }

    /// <summary>The Chromium used for PDFs.</summary>
    public string ChromiumPath { get; init; } = "/usr/bin/chromium";
}

/// <summary>A file to publish as data/<see cref="Name"/>.</summary>
public sealed record DataFile(string SourcePath, string Name)
{
    public static DataFile From(string path) => new(path, Path.GetFileName(path));
}
