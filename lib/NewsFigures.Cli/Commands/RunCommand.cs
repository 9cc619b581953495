using System.CommandLine;
using NewsFigures.Cli.Exercises;
using NewsFigures.Cli.Notebooks;
using NewsFigures.Notebooks;

namespace NewsFigures.Cli.Commands;

/// <summary><c>run &lt;notebook...&gt; [--out DIR | --inplace] [--checks]</c>: executes notebooks and writes them with their
/// outputs; a notebook with exercise checks gets each check's outcome and how many pass.</summary>
internal static class RunCommand
{
    public static Command Create()
    {
        var notebooks = new Argument<string[]>("notebook") { Description = "The .ipynb files to run, in order.", Arity = ArgumentArity.OneOrMore };
        var outDirectory = new Option<string?>("--out") { Description = "Folder for the executed notebooks (default: print a summary, write nothing)." };
        var inPlace = new Option<bool>("--inplace") { Description = "Write the outputs into the source notebooks themselves." };
        var checks = new Option<bool>("--checks") { Description = "Grade the notebooks: exit 1 when an exercise check misses, 2 when a notebook has no checks." };
        var shared = new NotebookOptions();
        var command = new Command("run", "Execute C# notebooks cell by cell and write the executed notebooks atomically.")
        {
            notebooks, outDirectory, inPlace, checks,
        };
        shared.AddTo(command);
        command.SetAction((result, cancellation) => CommandFailure.GuardAsync(result, async () =>
        {
            var paths = result.GetValue(notebooks)!;
            var into = result.GetValue(outDirectory);
            var inplace = result.GetValue(inPlace);
            if (inplace && into is not null) throw new UsageException("give either --out or --inplace, not both.");
            var grading = result.GetValue(checks);
            var checkCounts = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (var path in paths)
            {
                if (!File.Exists(path)) throw new UsageException($"{path}: no such notebook.");
                // A malformed notebook, or broken exercise tags when grading, is bad input: say so before any notebook runs
                // or is written. Without --checks, tags that are no exercise of ours (another kernel's notebook) just run.
                var count = CheckCount(Notebook.Load(path), path, grading);
                if (grading && count == 0) throw new UsageException($"{path}: no cell is tagged '{ExerciseCells.CheckTag}'; nothing to check.");
                checkCounts[path] = count;
            }

            var error = result.InvocationConfiguration.Error;
            await using var kernels = shared.KernelsOf(result, paths.Length);
            var runner = new NotebookRunner(NotebookSetup.RunOptions(shared.ParametersOf(result), shared.TimeoutOf(result),
                result.GetValue(shared.AllowErrors), new ProgressPrinter(error)) with { Kernels = kernels });
            var (failed, missed) = (0, 0);
            foreach (var path in paths)
            {
                // Notebooks run in their own folders: the destination is fixed before the run.
                var destination = inplace ? path : into is null ? null : Path.GetFullPath(Path.Combine(into, Path.GetFileName(path)));
                var run = await runner.RunFileAsync(path, destination, cancellation);
                if (run.Failure is { } failure)
                {
                    failed++;
                    error.WriteLine($"error: {CommandFailure.OneLine($"{path}: {failure}")}");
                }
                var cells = run.Executed.Cells.Count(c => c.Kind == CellKind.Code);
                var output = result.InvocationConfiguration.Output;
                output.WriteLine($"{path}: {(run.Succeeded ? "ok" : "failed")}, {cells} code cells{(destination is null ? "" : $" -> {destination}")}");
                if (checkCounts[path] == 0) continue;
                var report = CheckReport.Of(run.Executed, checkCounts[path]);
                foreach (var outcome in report.Outcomes) output.WriteLine($"{path}: {outcome}");
                output.WriteLine($"{path}: {report.Passed} of {report.Checks} checks pass");
                if (!report.AllPass) missed++;
            }
            return failed > 0 || (grading && missed > 0) ? 1 : 0;
        }));
        return command;
    }

    private static int CheckCount(Notebook notebook, string path, bool grading)
    {
        try
        {
            return ExerciseCells.CheckCount(ExerciseCells.Find(notebook, path));
        }
        catch (InvalidDataException) when (!grading)
        {
            return 0;
        }
    }
}
