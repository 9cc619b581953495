using NewsFigures.Notebooks.Report;

namespace NewsFigures.Notebooks;

/// <summary>
/// Renders notebooks into a static site: index.html, a page per notebook, assets/ (CSS and one plotly.js),
/// images/, data/ and optional PDFs. Notebooks whose inputs are unchanged come from the execution cache.
/// <code>var result = await new SiteRenderer(new RenderOptions { OutputDirectory = "site" }).RenderAsync(paths);</code>
/// </summary>
public sealed class SiteRenderer(RenderOptions? options = null)
{
    private readonly RenderOptions options = options ?? new RenderOptions();

    public async Task<RenderResult> RenderAsync(IEnumerable<string> notebookPaths, CancellationToken cancellationToken = default)
    {
        var paths = notebookPaths.Select(Path.GetFullPath).ToList();
        var stems = paths.GroupBy(p => Path.GetFileNameWithoutExtension(p), StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (stems is not null) throw new ArgumentException($"two notebooks are both named '{stems.Key}'; page names must be unique.");
        var files = new SiteFiles(Path.GetFullPath(options.OutputDirectory));
        files.Write("assets/site.css", SiteStyle.Css);
        if (options.PlotlyJs is { } plotly) files.Write("assets/plotly.min.js", plotly.ReadAll());
        if (options.Slides)
        {
            files.Write("assets/deck.css", DeckStyle.Css);
            RevealAssets.WriteTo(files);
        }
        foreach (var data in options.DataFiles) files.Write(Path.Combine("data", data.Name), File.ReadAllBytes(data.SourcePath));

        var cacheDirectory = Path.GetFullPath(options.CacheDirectory ?? ExecutionCache.DefaultDirectory);
        var cache = new ExecutionCache(cacheDirectory, options.CacheInputs, options.Run);
        var runner = new NotebookRunner(options.Run);
        var reports = new List<NotebookReport>();
        var entries = new List<IndexWriter.Entry>();
        using var slots = new SemaphoreSlim(Math.Max(1, options.MaxParallelNotebooks));
        var executions = paths.Select(async path =>
        {
            await slots.WaitAsync(cancellationToken);
            try { return await ExecuteAsync(path, cache, runner, cancellationToken); }
            finally { slots.Release(); }
        }).ToList();
        foreach (var (path, execution) in paths.Zip(executions))
        {
            var (executed, status, failure) = await execution;
            var stem = Path.GetFileNameWithoutExtension(path);
            var shown = options.PageNotebook?.Invoke(executed) ?? executed;
            var page = new PageWriter(files, options.NoInput, options.PlotlyJs is not null).Write(shown, stem);
            var deck = options.Slides ? new DeckWriter(files, options.PlotlyJs is not null).Write(shown, stem) : null;
            options.Run.Progress?.Report(new NotebookProgress(Path.GetFileName(path), ProgressStage.PageWritten));
            reports.Add(new NotebookReport(path, page, options.Pdf ? Path.ChangeExtension(page, ".pdf") : null, status, failure)
            {
                Deck = deck,
                DeckPdf = deck is not null && options.Pdf ? Path.ChangeExtension(deck, ".pdf") : null,
            });
            entries.Add(new IndexWriter.Entry(stem, executed.Title ?? stem, executed.Summary, options.Pdf, failure, deck is not null));
        }
        var index = IndexWriter.Write(files, options.SiteTitle, entries);
        if (options.Pdf) await PrintAsync(files, reports, cacheDirectory);
        files.Prune("images");
        files.Prune("data", "*-cell*-*.csv"); // chart CSVs of outputs that are gone; the caller's data files stay
        return new RenderResult(index, reports);
    }

    private async Task<(Notebook Executed, NotebookStatus Status, CellFailure? Failure)> ExecuteAsync(
        string path, ExecutionCache cache, NotebookRunner runner, CancellationToken cancellationToken)
    {
        var key = cache.Key(path);
        if (!options.Fresh && cache.TryLoad(path, key) is { } cached)
        {
            options.Run.Progress?.Report(new NotebookProgress(Path.GetFileName(path), ProgressStage.Cached));
            return (cached, NotebookStatus.Cached, null);
        }
        Notebook source;
        try
        {
            source = Notebook.Load(path);
        }
        catch (InvalidDataException e)
        {
            // An unreadable notebook still gets a page saying why, and the others still render.
            var page = Notebook.CSharp(NotebookCell.Markdown($"# {Path.GetFileNameWithoutExtension(path)}\n\n**This notebook could not be read.** {e.Message}"));
            options.Run.Progress?.Report(new NotebookProgress(Path.GetFileName(path), ProgressStage.Failed));
            return (page, NotebookStatus.Unreadable, new CellFailure(0, null, "InvalidNotebook", e.Message));
        }
        var run = await runner.RunAsync(source, Path.GetDirectoryName(path)!, Path.GetFileName(path), cancellationToken);
        if (!run.Succeeded) return (run.Executed, NotebookStatus.Failed, run.Failure);
        cache.Store(path, key, run.Executed);
        return (run.Executed, NotebookStatus.Executed, null);
    }

    /// <summary>Prints each page (and deck), reusing a cached PDF when the page and everything it shows are unchanged;
    /// Chromium starts only if some page needs printing.</summary>
    private async Task PrintAsync(SiteFiles files, List<NotebookReport> reports, string cacheDirectory)
    {
        PdfPrinter? printer = null;
        var footer = new PageFooter(options.SiteTitle, options.FooterLine);
        try
        {
            foreach (var report in reports)
            {
                await PublishAsync(report.Page, report.Pdf!, PdfKey(files, report.Page, footer.Template, "assets/site.css"),
                    p => p.PrintAsync(report.Page, footer));
                // A deck prints with its scripts: reveal.js lays out the pages, plotly draws charts without a PNG.
                if (report.Deck is { } deck)
                    await PublishAsync(deck, report.DeckPdf!, PdfKey(files, deck, "", DeckPrintInputs), p => p.PrintDeckAsync(deck));
                options.Run.Progress?.Report(new NotebookProgress(Path.GetFileName(report.Source), ProgressStage.PdfWritten));
            }
        }
        finally
        {
            if (printer is not null) await printer.DisposeAsync();
        }

        // The cached PDF of that HTML file under its key, printed first when missing (or --fresh), copied into the site.
        async Task PublishAsync(string html, string pdf, string key, Func<PdfPrinter, Task<byte[]>> print)
        {
            var cached = Path.Combine(cacheDirectory, "pdf", $"{Path.GetFileNameWithoutExtension(html)}-{key}.pdf");
            if (options.Fresh || !File.Exists(cached))
            {
                printer ??= await PdfPrinter.StartAsync(options.ChromiumPath);
                Io.AtomicFile.WriteAllBytes(cached, await print(printer));
            }
            files.Write(Path.GetRelativePath(files.Root, pdf), File.ReadAllBytes(cached));
        }
    }

    private static readonly string[] DeckPrintInputs =
        ["assets/deck.css", $"{RevealAssets.Folder}/reveal.js", $"{RevealAssets.Folder}/reveal.css", $"{RevealAssets.Folder}/theme/white.css", "assets/plotly.min.js"];

    /// <summary>A hash of a page, how it is printed (the footer), the site files it loads and its images: what its PDF
    /// depends on.</summary>
    private static string PdfKey(SiteFiles files, string page, string printing, params string[] loads)
    {
        using var hash = System.Security.Cryptography.IncrementalHash.CreateHash(System.Security.Cryptography.HashAlgorithmName.SHA256);
        hash.AppendData(System.Text.Encoding.UTF8.GetBytes(printing + "\n"));
        var name = Path.GetFileNameWithoutExtension(page);
        var stem = page.EndsWith(DeckWriter.Suffix + ".html", StringComparison.Ordinal) ? name[..^DeckWriter.Suffix.Length] : name;
        IEnumerable<string> images = Directory.Exists(Path.Combine(files.Root, "images"))
            ? Directory.EnumerateFiles(Path.Combine(files.Root, "images"), stem + "-*").Where(f => files.Written.Contains(f)).Order(StringComparer.Ordinal)
            : [];
        var loaded = loads.Select(l => Path.Combine(files.Root, l)).Where(File.Exists);
        foreach (var file in loaded.Prepend(page).Concat(images))
        {
            hash.AppendData(System.Text.Encoding.UTF8.GetBytes(Path.GetFileName(file) + "\n"));
            hash.AppendData(File.ReadAllBytes(file));
        }
        return Convert.ToHexStringLower(hash.GetHashAndReset())[..32];
    }
}
