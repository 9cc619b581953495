namespace NewsFigures.Jupyter.Tests.CSharpKernel;

/// <summary>
/// Our kernel through Debian's jupyter_client (KernelManager and BlockingKernelClient), one kernel process per check:
/// each check is a function of Python/kernel_checks.py, which asserts what it sees. jupyter_client verifies every
/// message's signature, so each check also checks signatures.
/// </summary>
public class JupyterClientTests(InstalledKernel kernel) : IClassFixture<InstalledKernel>
{
    private async Task Check(string check)
    {
        using var working = new TempDirectory();
        var run = await ChildProcess.RunAsync(Python.Interpreter, [Python.Script("kernel_checks.py"), InstalledKernel.Name, check, working.Path],
            working.Path, kernel.Environment, TimeSpan.FromMinutes(3));
        Assert.True(run.ExitCode == 0, $"check {check} failed: {run.Describe()}");
        Assert.Contains($"ok: {check}", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public Task Kernel_info_names_csharp_and_the_implementation() => Check("kernel_info");

    [Fact]
    public Task Execute_streams_results_displays_updates_and_errors_with_counts() => Check("execute");

    [Fact]
    public Task A_failure_aborts_the_queued_executes_unless_stop_on_error_is_off() => Check("stop_on_error");

    [Fact]
    public Task Completion_lists_members_after_a_dot_and_symbols_in_scope() => Check("complete");

    [Fact]
    public Task Inspection_shows_the_signature_and_the_documentation_summary() => Check("inspect");

    [Fact]
    public Task Is_complete_tells_complete_incomplete_and_invalid() => Check("is_complete");

    [Fact]
    public Task History_gives_the_tail_a_range_and_a_search() => Check("history");

    [Fact]
    public Task Interrupt_stops_a_busy_loop_within_seconds() => Check("interrupt");

    [Fact]
    public Task Restart_forgets_state_and_counts_from_one() => Check("restart");

    [Fact]
    public Task Console_ReadLine_asks_the_front_end_through_stdin() => Check("stdin");

    [Fact]
    public Task Cells_run_in_the_folder_the_kernel_started_in() => Check("working_folder");

    [Fact]
    public Task Replies_are_signed_and_a_wrongly_signed_request_is_ignored() => Check("signatures");
}
