using NewsFigures.Notebooks;

namespace NewsFigures.Cli.Tests;

/// <summary>
/// run and render execute notebooks in kernel processes: a notebook that kills its kernel (stack overflow,
/// Environment.Exit) or never ends costs only itself, is named with its cell, and the exit code says so.
/// </summary>
[Collection(NotebookRuns.Name)]
public sealed class KernelProcessTests : IDisposable
{
    private readonly TempFolder temp = new();

    public void Dispose() => temp.Dispose();

    [Fact]
    public async Task A_notebook_that_overflows_the_stack_fails_alone_and_the_other_pages_and_the_index_are_written()
    {
        TestNotebooks.Write(temp.File("notebooks/01-before.ipynb"), NotebookCell.Markdown("# Before", "m1"), NotebookCell.Code("6 * 7", "c1"));
        TestNotebooks.Write(temp.File("notebooks/02-overflow.ipynb"), NotebookCell.Markdown("# Overflow", "m1"),
            NotebookCell.Code("int F(int n) => F(n + 1) + 1;", "c1"), NotebookCell.Code("F(0)", "c2"));
        TestNotebooks.Write(temp.File("notebooks/03-after.ipynb"), NotebookCell.Markdown("# After", "m1"), NotebookCell.Code("40 + 3", "c1"));
        var site = temp.File("site");

        var (exit, output, error) = await CliRun.Async("render", temp.File("notebooks"), "--out", site, "--cache", temp.File("cache"));

        Assert.Equal(1, exit);
        Assert.Contains("02-overflow.ipynb: cell 3: KernelDied: kernel died in cell 3", error);
        Assert.Contains(">42<", File.ReadAllText(Path.Combine(site, "01-before.html")));
        Assert.Contains(">43<", File.ReadAllText(Path.Combine(site, "03-after.html")));
        Assert.Contains("kernel died in cell 3", File.ReadAllText(Path.Combine(site, "02-overflow.html")));
        Assert.Contains("02-overflow.html", File.ReadAllText(Path.Combine(site, "index.html")));
        Assert.Contains("3 notebooks rendered", output);
        Assert.Contains("1 failed", output);
    }

    [Fact]
    public async Task Environment_Exit_in_a_cell_is_reported_with_its_exit_code_and_the_next_notebook_runs()
    {
        var exits = TestNotebooks.Write(temp.File("exits.ipynb"), NotebookCell.Code("Console.WriteLine(\"leaving\");"), NotebookCell.Code("Environment.Exit(3);"));
        var next = TestNotebooks.Write(temp.File("next.ipynb"), NotebookCell.Code("1 + 1"));

        var (exit, output, error) = await CliRun.Async("run", exits, next, "--out", temp.File("out"));

        Assert.Equal(1, exit);
        Assert.Contains("exits.ipynb: cell 2: KernelDied: kernel died in cell 2", error);
        Assert.Contains("exited with code 3", error);
        Assert.Contains("leaving", File.ReadAllText(temp.File("out/exits.ipynb")));
        Assert.Contains("next.ipynb: ok", output);
    }

    [Fact]
    public async Task A_busy_loop_past_the_timeout_is_stopped_and_the_next_notebook_runs()
    {
        var busy = TestNotebooks.Write(temp.File("busy.ipynb"), NotebookCell.Code("var n = 0L;\nwhile (true) { n++; }"));
        var next = TestNotebooks.Write(temp.File("next.ipynb"), NotebookCell.Code("1 + 1"));

        // The bound holds for the next notebook too, whose first cell waits for a new kernel's compiler: not too tight.
        var (exit, output, error) = await CliRun.Async("run", busy, next, "--timeout", "10", "--out", temp.File("out"));

        Assert.Equal(1, exit);
        Assert.Contains("busy.ipynb: cell 1: TimeoutException: did not finish within 10 s", error);
        Assert.True(output.Contains("next.ipynb: ok", StringComparison.Ordinal), error);
    }

    [Fact]
    public async Task Cells_run_in_a_kernel_process_by_default_and_in_this_process_with_in_process()
    {
        var source = TestNotebooks.Write(temp.File("pid.ipynb"), NotebookCell.Code("Environment.ProcessId"));

        var (kernelExit, _, kernelError) = await CliRun.Async("run", source, "--out", temp.File("kernel"));
        var (inProcessExit, _, inProcessError) = await CliRun.Async("run", source, "--in-process", "--out", temp.File("here"));

        Assert.True(kernelExit == 0, kernelError);
        Assert.True(inProcessExit == 0, inProcessError);
        Assert.NotEqual(Environment.ProcessId, ProcessIdShownIn(temp.File("kernel/pid.ipynb")));
        Assert.Equal(Environment.ProcessId, ProcessIdShownIn(temp.File("here/pid.ipynb")));
    }

    [Fact]
    public async Task A_kernel_and_in_process_together_are_a_usage_error()
    {
        var source = TestNotebooks.Write(temp.File("one.ipynb"), NotebookCell.Code("1"));

        var (exit, _, error) = await CliRun.Async("run", source, "--kernel", "python3", "--in-process");

        Assert.Equal(2, exit);
        Assert.Contains("give either --kernel or --in-process, not both.", error);
    }

    private static int ProcessIdShownIn(string notebook) =>
        int.Parse((string)System.Text.Json.Nodes.JsonNode.Parse(File.ReadAllText(notebook))!["cells"]![0]!["outputs"]![0]!["data"]!["text/plain"]![0]!,
            System.Globalization.CultureInfo.InvariantCulture);

    [Fact]
    public async Task A_kernel_exits_when_the_command_that_started_it_is_killed()
    {
        var source = TestNotebooks.Write(temp.File("waits.ipynb"),
            NotebookCell.Code("System.IO.File.WriteAllText(\"kernel.pid\", Environment.ProcessId.ToString());"),
            NotebookCell.Code("System.Threading.Thread.Sleep(120_000);"));
        var start = new System.Diagnostics.ProcessStartInfo("dotnet", [typeof(Program).Assembly.Location, "run", source])
        {
            RedirectStandardOutput = true, RedirectStandardError = true,
        };
        using var command = System.Diagnostics.Process.Start(start)!;
        var pidFile = temp.File("kernel.pid");
        // the file exists a moment before its digits are written: wait for a whole number
        int kernelId = 0;
        for (var waited = 0; waited < 600 && !(File.Exists(pidFile) && int.TryParse(File.ReadAllText(pidFile), System.Globalization.CultureInfo.InvariantCulture, out kernelId)); waited++)
            await Task.Delay(100);
        Assert.True(kernelId > 0, "the first cell did not write the kernel's process id within 60 s");
        using var kernel = System.Diagnostics.Process.GetProcessById(kernelId);

        command.Kill(entireProcessTree: false); // as a crash or kill -9 would: no chance to shut the kernel down

        try
        {
            await kernel.WaitForExitAsync(new CancellationTokenSource(TimeSpan.FromSeconds(15)).Token);
        }
        catch (OperationCanceledException)
        {
            kernel.Kill(); // an orphan is the failure: end it
            Assert.Fail("the kernel still ran 15 s after the command that started it was killed");
        }
    }
}
