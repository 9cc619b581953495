namespace NewsFigures.Jupyter.Tests.CSharpKernel;

/// <summary>
/// Every notebook of notebooks/ executed by Jupyter's nbconvert under our kernel, installed with `kernel install
/// --prefix` and found through JUPYTER_PATH as Jupyter finds any kernel: no cell may end in an error, and every cell shows
/// the same outputs as under our command line's <c>run</c>. And `kernel list` shows it as `jupyter kernelspec list` does.
/// </summary>
public class NbconvertTests(InstalledKernel kernel, RunnerOutputs runner) : IClassFixture<InstalledKernel>, IClassFixture<RunnerOutputs>
{
    public static TheoryData<string> Notebooks() =>
        new(Directory.EnumerateFiles(RepoFolders.Notebooks, "*.ipynb").Select(Path.GetFileName).Order(StringComparer.Ordinal)!);

    [Theory]
    [MemberData(nameof(Notebooks))]
    public async Task The_notebook_runs_without_an_error_output(string notebook)
    {
        using var output = new TempDirectory();
        var jupyter = Path.Combine(Path.GetDirectoryName(Python.Interpreter)!, "jupyter");
        var run = await ChildProcess.RunAsync(File.Exists(jupyter) ? jupyter : "jupyter",
            ["nbconvert", "--to", "notebook", "--execute", $"--ExecutePreprocessor.kernel_name={InstalledKernel.Name}",
             "--ExecutePreprocessor.timeout=600", "--output-dir", output.Path, Path.Combine(RepoFolders.Notebooks, notebook)],
            RepoFolders.Root, kernel.Environment, TimeSpan.FromMinutes(10));
        Assert.True(run.ExitCode == 0, $"nbconvert of {notebook} failed: {run.Describe()}");
        var executed = JsonNode.Parse(File.ReadAllText(output[notebook]))!.AsObject();
        var errors = executed["cells"]!.AsArray()
            .Select((cell, index) => (index, outputs: cell!["outputs"] as JsonArray ?? []))
            .SelectMany(c => c.outputs.Where(o => o!["output_type"]!.GetValue<string>() == "error")
                .Select(o => $"cell {c.index + 1}: {o!["ename"]}: {o["evalue"]}"))
            .ToList();
        Assert.True(errors.Count == 0, $"{notebook}:\n{string.Join("\n", errors)}");
        Assert.Equal("csharp", executed["metadata"]!["language_info"]!["name"]!.GetValue<string>());
        Assert.Contains(executed["cells"]!.AsArray(), c => c!["outputs"] is JsonArray { Count: > 0 });
        Assert.Equal(runner.Of(notebook), RunnerOutputs.Describe(executed));
    }

    [Fact]
    public async Task Kernel_list_shows_the_installed_kernel_where_jupyter_finds_it()
    {
        var ours = await ChildProcess.RunAsync("dotnet", [RepoFolders.Cli, "kernel", "list"], RepoFolders.Root, kernel.Environment);
        Assert.True(ours.ExitCode == 0, ours.Describe());
        var line = ours.Output.Split('\n').Single(l => l.TrimStart().StartsWith(InstalledKernel.Name + " ", StringComparison.Ordinal));
        Assert.EndsWith(kernel.Spec.ResourceDirectory, line.TrimEnd(), StringComparison.Ordinal);
        var jupyter = Path.Combine(Path.GetDirectoryName(Python.Interpreter)!, "jupyter");
        var theirs = await ChildProcess.RunAsync(File.Exists(jupyter) ? jupyter : "jupyter", ["kernelspec", "list"], RepoFolders.Root, kernel.Environment);
        Assert.Contains(kernel.Spec.ResourceDirectory, theirs.Output, StringComparison.Ordinal);
    }
}
