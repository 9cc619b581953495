using System.CommandLine;
using System.Text;
using NewsFigures.Charts;
using NewsFigures.Cli.Exercises;
using NewsFigures.Cli.Notebooks;
using NewsFigures.Notebooks;

namespace NewsFigures.Cli.Commands;

/// <summary>
/// <c>render [notebooks...] [--out site] [--no-input] [--pdf] [--slides] [--fresh] [--corpus DIR] [--student | --teacher]</c>:
/// executes notebooks (or takes them from the cache) and builds a static site with one page per notebook, images, data
/// files, optional PDFs and slide decks. Pages show exercises without their answers unless <c>--teacher</c>;
/// <c>--student</c> writes the student editions' notebooks into the site folder and renders those.
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
        var slides = new Option<bool>("--slides")
        {
            Description = "Also write every notebook as a reveal.js slide deck, NAME-slides.html (with --pdf also NAME-slides.pdf): "
                + "a title slide, then one slide per ## section titled by its takeaway, its last chart large, speaker notes from its text (press S).",
        };
        var fresh = new Option<bool>("--fresh") { Description = "Execute every notebook again, ignoring the cache." };
        var title = new Option<string>("--title") { Description = "The site's title.", DefaultValueFactory = _ => "NewsFigures" };
        var cache = new Option<string?>("--cache") { Description = "Folder of the execution and PDF cache (default ~/.cache/newsfigures)." };
        var corpus = new Option<string?>("--corpus")
        {
            Description = "A corpus folder whose figure tables are published under data/ (CSV, JSONL, SQLite); PDFs name it, its article count and newest date in their footer.",
        };
        var student = new Option<bool>("--student") { Description = "Write student editions (solutions stripped, checks kept by their answers' digests) into --out, with their pages." };
        var teacher = new Option<bool>("--teacher") { Description = "Show exercises with their solutions and checks (default: as a student sees them)." };
        var shared = new NotebookOptions();
        var command = new Command("render", "Render notebooks into a static site: index, pages, images, data files, PDFs, slide decks.")
        {
            notebooks, outDirectory, noInput, pdf, slides, fresh, title, cache, corpus, student, teacher,
        };
        shared.AddTo(command);
        command.SetAction((result, cancellation) => CommandFailure.GuardAsync(result, async () =>
        {
            var paths = NotebookPaths(result.GetValue(notebooks) ?? []);
            var parameters = shared.ParametersOf(result);
            var error = result.InvocationConfiguration.Error;
            var output = result.InvocationConfiguration.Output;
            // Notebooks run in their own folders, so every path given here is made absolute before any runs.
            var site = Path.GetFullPath(result.GetValue(outDirectory)!);
            var (studentEditions, teacherEdition) = (result.GetValue(student), result.GetValue(teacher));
            if (studentEditions && teacherEdition) throw new UsageException("give either --student or --teacher, not both.");
            ValidateExercises(paths);
            var corpusPath = result.GetValue(corpus);
            var loadedCorpus = corpusPath is null ? null : Corpus.Load(corpusPath);
            using var figureData = new FigureDataFiles(loadedCorpus);
            await using var kernels = shared.KernelsOf(result, paths.Count);
            var options = new RenderOptions
            {
                OutputDirectory = site,
                NoInput = result.GetValue(noInput),
                Pdf = result.GetValue(pdf),
                Slides = result.GetValue(slides),
                Fresh = result.GetValue(fresh),
                SiteTitle = result.GetValue(title)!,
                FooterLine = loadedCorpus is null ? null : CorpusFooterLine.Of(corpusPath!, loadedCorpus),
                CacheDirectory = result.GetValue(cache) is { } cacheFolder ? Path.GetFullPath(cacheFolder) : null,
                PlotlyJs = PlotlySource.FromStream(() => new MemoryStream(Encoding.UTF8.GetBytes(PlotlyJs.Source()))),
                DataFiles = figureData.Files,
                CacheInputs = NotebookSetup.CacheInputs(result.GetValue(corpus)),
                Run = NotebookSetup.RunOptions(parameters, shared.TimeoutOf(result), result.GetValue(shared.AllowErrors), new ProgressPrinter(error))
                    with { Kernels = kernels },
                PageNotebook = studentEditions || teacherEdition ? null : ExercisePages.StudentForm,
            };
            var editionFailures = 0;
            if (studentEditions)
            {
                var written = await StudentEditions.WriteAsync(paths, site, new NotebookRunner(options.Run), error, cancellation);
                editionFailures = paths.Count - written.Count;
                paths = written;
                if (paths.Count == 0) return 1;
                output.WriteLine($"{paths.Count} student notebooks written to {site}");
            }
            var rendered = await new SiteRenderer(options).RenderAsync(paths, cancellation);
            foreach (var failure in rendered.Failures) error.WriteLine($"error: {CommandFailure.OneLine(failure.FailureMessage!)}");
            output.WriteLine($"{rendered.Notebooks.Count} notebooks rendered to {Path.GetFullPath(site)}"
                + $" ({rendered.Notebooks.Count(n => n.Status == NotebookStatus.Executed)} executed,"
                + $" {rendered.Notebooks.Count(n => n.Status == NotebookStatus.Cached)} from cache,"
                + $" {rendered.Failures.Count()} failed); open {rendered.IndexPage}");
            // A notebook that cannot be read is bad input (2), like a missing one; a cell that fails is a failed run (1).
            return rendered.AnyUnreadable ? CommandFailure.ExitCode : rendered.Succeeded && editionFailures == 0 ? 0 : 1;
        }));
        return command;
    }

    /// <summary>Broken exercise tags are bad input, reported before anything runs; an unreadable notebook is left to the
    /// renderer, which gives it a page saying why.</summary>
    private static void ValidateExercises(IEnumerable<string> paths)
    {
        foreach (var path in paths)
        {
            Notebook notebook;
            try { notebook = Notebook.Load(path); }
            catch (InvalidDataException) { continue; }
            ExerciseCells.Find(notebook, path);
        }
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
