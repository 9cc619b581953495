using System.CommandLine;
using System.Text;
using NewsFigures.Charts;
using NewsFigures.Cli.Notebooks;
using NewsFigures.Notebooks;

namespace NewsFigures.Cli.Commands;

/// <summary>
/// <c>render [notebooks...] [--out site] [--no-input] [--pdf] [--fresh] [--corpus DIR]</c>: executes notebooks (or takes them from the
/// cache) and builds a static site with one page per notebook, images, data files and optional PDFs.
/// </summary>
internal static class RenderCommand
{
    public const string DefaultNotebookFolder = "notebooks";

    public static Command Create()
    {
        var notebooks = new Argument<string[]>("notebooks")
        {
            Description = $"The .ipynb files or folders to render (default: every notebook in ./{DefaultNotebookFolder}, in name order).",
            Arity = ArgumentArity.ZeroOrMore,
        };
        var outDirectory = new Option<string>("--out") { Description = "The site folder.", DefaultValueFactory = _ => "site" };
        var noInput = new Option<bool>("--no-input") { Description = "Hide code; show only narrative and outputs (for briefings)." };
        var pdf = new Option<bool>("--pdf") { Description = "Also print every page to PDF with headless Chromium." };
        var fresh = new Option<bool>("--fresh") { Description = "Execute every notebook again, ignoring the cache." };
        var title = new Option<string>("--title") { Description = "The site's title.", DefaultValueFactory = _ => "NewsFigures" };
        var cache = new Option<string?>("--cache") { Description = "Folder of the execution and PDF cache (default ~/.cache/newsfigures)." };
        var corpus = new Option<string?>("--corpus")
        {
            Description = "A corpus folder whose figure tables are published under data/ (CSV, JSONL, SQLite); PDFs name it, its article count and newest date in their footer.",
        };
        var shared = new NotebookOptions();
        var command = new Command("render", "Render notebooks into a static site: index, pages, images, data files, PDFs.")
        {
            notebooks, outDirectory, noInput, pdf, fresh, title, cache, corpus,
        };
        shared.AddTo(command);
        command.SetAction((result, cancellation) => CommandFailure.GuardAsync(result, async () =>
        {
            var paths = NotebookPaths(result.GetValue(notebooks) ?? []);
            var parameters = shared.ParametersOf(result);
            var error = result.InvocationConfiguration.Error;
            // Notebooks run in their own folders, so every path given here is made absolute before any runs.
            var site = Path.GetFullPath(result.GetValue(outDirectory)!);
            var corpusPath = result.GetValue(corpus);
            var loadedCorpus = corpusPath is null ? null : Corpus.Load(corpusPath);
            using var figureData = new FigureDataFiles(loadedCorpus);
            await using var kernels = shared.KernelsOf(result, paths.Count);
            var options = new RenderOptions
            {
                OutputDirectory = site,
                NoInput = result.GetValue(noInput),
                Pdf = result.GetValue(pdf),
                Fresh = result.GetValue(fresh),
                SiteTitle = result.GetValue(title)!,
                FooterLine = loadedCorpus is null ? null : CorpusFooterLine.Of(corpusPath!, loadedCorpus),
                CacheDirectory = result.GetValue(cache) is { } cacheFolder ? Path.GetFullPath(cacheFolder) : null,
                PlotlyJs = PlotlySource.FromStream(() => new MemoryStream(Encoding.UTF8.GetBytes(PlotlyJs.Source()))),
                DataFiles = figureData.Files,
                CacheInputs = NotebookSetup.CacheInputs(result.GetValue(corpus)),
                Run = NotebookSetup.RunOptions(parameters, shared.TimeoutOf(result), result.GetValue(shared.AllowErrors), new ProgressPrinter(error))
                    with { Kernels = kernels },
            };
            var rendered = await new SiteRenderer(options).RenderAsync(paths, cancellation);
            foreach (var failure in rendered.Failures) error.WriteLine($"error: {CommandFailure.OneLine(failure.FailureMessage!)}");
            var output = result.InvocationConfiguration.Output;
            output.WriteLine($"{rendered.Notebooks.Count} notebooks rendered to {Path.GetFullPath(site)}"
                + $" ({rendered.Notebooks.Count(n => n.Status == NotebookStatus.Executed)} executed,"
                + $" {rendered.Notebooks.Count(n => n.Status == NotebookStatus.Cached)} from cache,"
                + $" {rendered.Failures.Count()} failed); open {rendered.IndexPage}");
            // A notebook that cannot be read is bad input (2), like a missing one; a cell that fails is a failed run (1).
            return rendered.AnyUnreadable ? CommandFailure.ExitCode : rendered.Succeeded ? 0 : 1;
        }));
        return command;
    }

    /// <summary>Files as given, folders expanded to their notebooks in name order; nothing given means ./notebooks.</summary>
    private static List<string> NotebookPaths(IReadOnlyList<string> given)
    {
        var paths = new List<string>();
        foreach (var path in given.Count == 0 ? [DefaultNotebookFolder] : given)
        {
            if (Directory.Exists(path))
                paths.AddRange(Directory.EnumerateFiles(path, "*.ipynb").Order(StringComparer.Ordinal));
            else if (File.Exists(path))
                paths.Add(path);
            else
                throw new UsageException($"{path}: no such notebook or folder.");
        }
        if (paths.Count == 0) throw new UsageException($"{string.Join(", ", given.Count == 0 ? [DefaultNotebookFolder] : given)}: no .ipynb notebooks found.");
        return paths;
    }
}
