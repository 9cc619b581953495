using NewsFigures.Jupyter;

namespace NewsFigures.Notebooks.Tests;

/// <summary>
/// The runner as a Jupyter client, on Debian's Python kernel (installed by scripts/ensure-jupyter.sh): any installed kernel
/// runs a notebook, a dying kernel costs only its notebook, and a runaway cell is stopped.
/// </summary>
public sealed class KernelRunnerTests
{
    private static KernelSpecs Installed => new(JupyterPaths.FromEnvironment());

    private static KernelSpec Python => Installed.Find("python3");

    private static Notebook PythonNotebook(params string[] sources) =>
        new(sources.Select((s, i) => new NotebookCell(CellKind.Code, s) { Id = $"py-{i + 1}" }).ToList(),
            new JsonObject { ["kernelspec"] = new JsonObject { ["name"] = "python3", ["language"] = "python", ["display_name"] = "Python 3" } });

    [Fact]
    public async Task A_python_notebook_runs_on_the_python_kernel_with_its_parameters_in_python()
    {
        await using var kernels = new KernelSelection(null, Installed); // the notebook's metadata names python3
        var notebook = PythonNotebook("year = 2024", "print('hello from', year)\n2 + 3");
        notebook = notebook with { Cells = [notebook.Cells[0].WithTags("parameters"), notebook.Cells[1]] };
        var options = new RunOptions { Kernels = kernels, Parameters = new Dictionary<string, string> { ["year"] = "2025", ["label"] = "a \"b\"" } };

        var run = await Run.Notebook(notebook, options);

        Assert.True(run.Succeeded, run.Failure?.ToString());
        Assert.Equal("# Parameters injected for this run\nlabel = \"a \\\"b\\\"\"\nyear = 2025", run.Executed.Cells[1].Source);
        Assert.Equal(("stream", "hello from 2025\n"), (run.Outputs(3)[0].OutputType, run.Outputs(3)[0].Text));
        Assert.Equal(("execute_result", "5"), (run.Outputs(3)[1].OutputType, run.Outputs(3)[1].Plain()));
        Assert.Equal(3, (int)run.Outputs(3)[1].Json["execution_count"]!);
    }

    [Fact]
    public async Task A_kernel_that_dies_ends_its_notebook_there_and_says_so()
    {
        await using var kernels = KernelSelection.Forced(new KernelPool(Python));

        var run = await Run.Notebook(PythonNotebook("print('before')", "import os\nos._exit(3)", "print('never')"), new RunOptions { Kernels = kernels });

        Assert.Equal(2, run.Failure!.Cell);
        Assert.Equal("KernelDied", run.Failure.ErrorName);
        Assert.StartsWith("kernel died in cell 2: kernel 'python3' exited with code 3", run.Failure.Message);
        Assert.Equal("before\n", run.Outputs(1)[0].Text);
        Assert.Empty(run.Outputs(3));
    }

    [Fact]
    public async Task A_notebook_naming_a_kernel_that_is_not_installed_fails_alone()
    {
        await using var kernels = new KernelSelection(null, Installed);
        var notebook = PythonNotebook("1") with
        {
            Metadata = new JsonObject { ["kernelspec"] = new JsonObject { ["name"] = "no-such-kernel", ["language"] = "cobol" } },
        };

        var run = await Run.Notebook(notebook, new RunOptions { Kernels = kernels });

        Assert.Equal("NoSuchKernel", run.Failure!.ErrorName);
        Assert.StartsWith("no kernel named 'no-such-kernel'", run.Failure.Message);
    }

    [Fact]
    public async Task A_cell_past_its_timeout_is_interrupted_and_its_notebook_stops()
    {
        await using var kernels = KernelSelection.Forced(new KernelPool(Python));
        var options = new RunOptions { Kernels = kernels, CellTimeout = TimeSpan.FromSeconds(2) };

        var run = await Run.Notebook(PythonNotebook("print('started', flush=True)\nimport time\ntime.sleep(60)", "print('never')"), options);

        Assert.Equal(new CellFailure(1, null, "TimeoutException", "did not finish within 2 s"), run.Failure);
        Assert.Equal("Cell 1 did not finish within 2 s and was stopped.", run.Outputs(1)[^1].ErrorValue);
        Assert.Empty(run.Outputs(2));
    }
}
