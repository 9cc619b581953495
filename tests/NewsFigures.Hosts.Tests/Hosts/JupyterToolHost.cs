using System.Text.RegularExpressions;

namespace NewsFigures.Hosts.Tests.Hosts;

/// <summary>
/// The dotnet-interactive tool behind Jupyter, as CI can run it: one `jupyter nbconvert --execute` with the
/// `.net-csharp` kernel over all the notebooks (one kernel process per notebook, started in the notebook's folder).
/// Each notebook's wall time runs from nbconvert's "Converting notebook" line to its "Writing" line.
/// </summary>
public sealed partial class JupyterToolHost
{
    public const string Name = "dotnet-interactive (Jupyter)";

    public async Task<IReadOnlyList<HostRun>> RunAsync(IReadOnlyList<string> notebooks, CancellationToken cancellationToken = default)
    {
        var jupyter = InstalledTools.Jupyter();
        InstalledTools.RequireDotnetInteractive();
        var duplicate = notebooks.GroupBy(Path.GetFileName).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null) throw new ArgumentException($"two notebooks named {duplicate.Key} would share one output file.");

        var outFolder = Directory.CreateTempSubdirectory("newsfigures-hosts-jupyter-").FullName;
        try
        {
            var started = new Dictionary<string, TimeSpan>();
            var finished = new Dictionary<string, TimeSpan>();
            var pending = notebooks.ToList();
            ChildProcess.Result? run = null;
            // nbconvert stops at the first notebook whose kernel does not start. The tool's kernel sometimes exits at
            // start-up on a busy machine (it probes its HTTP port range, then binds: dotnet/interactive#1958); no cell
            // of that notebook has run, so the notebooks not yet written are given to a new nbconvert, twice at most.
            for (var attempt = 1; attempt <= StartAttempts && pending.Count > 0; attempt++)
            {
                if (attempt > 1 && !KernelNeverStarted(run!)) break;
                if (attempt > 1) Console.Error.WriteLine($"{Name}: the kernel did not start for {Path.GetFileName(pending[0])}; running the {pending.Count} notebooks left again (attempt {attempt}).");
                run = await ChildProcess.RunAsync(jupyter,
                    [
                        "nbconvert", "--to", "notebook", "--execute", "--allow-errors",
                        "--ExecutePreprocessor.kernel_name=.net-csharp", "--ExecutePreprocessor.timeout=600",
                        "--output-dir", outFolder, .. pending,
                    ],
                    RepoFolders.Root,
                    new Dictionary<string, string> { ["PATH"] = InstalledTools.PathWithDotnetTools, ["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1" },
                    (line, at) =>
                    {
                        if (Converting().Match(line) is { Success: true } converting) started[Path.GetFileName(converting.Groups[1].Value)] = at;
                        if (Writing().Match(line) is { Success: true } writing) finished[Path.GetFileName(writing.Groups[1].Value)] = at;
                    },
                    cancellationToken);
                pending = pending.Where(n => !File.Exists(Path.Combine(outFolder, Path.GetFileName(n)))).ToList();
            }
            return notebooks.Select(notebook =>
            {
                var name = Path.GetFileName(notebook);
                var executed = Path.Combine(outFolder, name);
                if (!File.Exists(executed))
                    throw new InvalidOperationException($"nbconvert wrote no executed {name} (exit {run!.ExitCode}):\n{Diagnosis(run.Error)}");
                var wall = finished.GetValueOrDefault(name) - started.GetValueOrDefault(name);
                return new HostRun(notebook, Name, WithoutCompilerWarnings(WithoutBootstrap(ExecutedNotebook.Read(executed))), wall);
            }).ToList();
        }
        finally
        {
            Directory.Delete(outFolder, recursive: true);
        }
    }

    private const int StartAttempts = 3;

    private static bool KernelNeverStarted(ChildProcess.Result run) =>
        run.Error.Contains("Kernel died before replying to kernel_info", StringComparison.Ordinal);

    /// <summary>The kernel's own complaint (an unhandled exception, printed before nbconvert's traceback) and the end
    /// of nbconvert's output.</summary>
    private static string Diagnosis(string error)
    {
        var lines = error.Split('\n');
        var kernel = lines.Where(l => l.Contains("Unhandled exception", StringComparison.Ordinal) || l.Contains("Exception:", StringComparison.Ordinal)).Take(5);
        return string.Join('\n', kernel.Concat(lines.TakeLast(30)));
    }

    /// <summary>The tool's first executed cell also shows a script that probes for the kernel's HTTP address, for
    /// browser front ends; it is the tool's, not the notebook's.</summary>
    private static List<CellOutputs> WithoutBootstrap(IReadOnlyList<CellOutputs> cells)
    {
        var first = cells.FirstOrDefault(c => c.Outputs.Count > 0);
        return cells.Select(c => c != first ? c : c with
        {
            Outputs = c.Outputs.Where(o => o["text/html"]?.Contains("dotnet-interactive-this-cell", StringComparison.Ordinal) != true).ToList(),
        }).ToList();
    }

    /// <summary>The tool's Jupyter front end also prints a cell's compiler warnings to standard error (Polyglot
    /// Notebooks underlines them in the code instead); they are not the notebook's output.</summary>
    private static List<CellOutputs> WithoutCompilerWarnings(IReadOnlyList<CellOutputs> cells) =>
        cells.Select(c => c with
        {
            Outputs = c.Outputs.Where(o => o.Kind != HostOutput.Stream || !OnlyWarnings().IsMatch(o["text/plain"] ?? "")).ToList(),
        }).ToList();

    [GeneratedRegex(@"^\s*((\(\d+,\d+\): )?warning [A-Z]+\d+: [^\n]*\s*)+$")]
    private static partial Regex OnlyWarnings();

    [GeneratedRegex(@"\[NbConvertApp\] Converting notebook (.+\.ipynb) to notebook")]
    private static partial Regex Converting();

    [GeneratedRegex(@"\[NbConvertApp\] Writing \d+ bytes to (.+\.ipynb)")]
    private static partial Regex Writing();
}
