using System.CommandLine;
using NewsFigures.Cli.Notebooks;
using NewsFigures.Notebooks;

namespace NewsFigures.Cli.Commands;

/// <summary><c>run &lt;notebook...&gt; [--out DIR | --inplace]</c>: executes notebooks and writes them with their outputs.</summary>
internal static class RunCommand
{
    public static Command Create()
    {
        var notebooks = new Argument<string[]>("notebook") { Description = "The .ipynb files to run, in order.", Arity = ArgumentArity.OneOrMore };
        var outDirectory = new Option<string?>("--out") { Description = "Folder for the executed notebooks (default: print a summary, write nothing)." };
        var inPlace = new Option<bool>("--inplace") { Description = "Write the outputs into the source notebooks themselves." };
        var shared = new NotebookOptions();
        var command = new Command("run", "Execute C# notebooks cell by cell and write the executed notebooks atomically.")
        {
            notebooks, outDirectory, inPlace,
        };
        shared.AddTo(command);
        command.SetAction((result, cancellation) => CommandFailure.GuardAsync(result, async () =>
        {
            var paths = result.GetValue(notebooks)!;
            var into = result.GetValue(outDirectory);
            var inplace = result.GetValue(inPlace);
            if (inplace && into is not null) throw new UsageException("give either --out or --inplace, not both.");
            foreach (var path in paths)
            {
                if (!File.Exists(path)) throw new UsageException($"{path}: no such notebook.");
                Notebook.Load(path); // a malformed notebook is bad input: say so before any notebook runs or is written
            }

            var error = result.InvocationConfiguration.Error;
            await using var kernels = shared.KernelsOf(result, paths.Length);
            var runner = new NotebookRunner(NotebookSetup.RunOptions(shared.ParametersOf(result), shared.TimeoutOf(result),
                result.GetValue(shared.AllowErrors), new ProgressPrinter(error)) with { Kernels = kernels });
            var failed = 0;
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
                result.InvocationConfiguration.Output.WriteLine(
                    $"{path}: {(run.Succeeded ? "ok" : "failed")}, {cells} code cells{(destination is null ? "" : $" -> {destination}")}");
            }
            return failed == 0 ? 0 : 1;
        }));
        return command;
    }
}
