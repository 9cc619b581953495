using System.Diagnostics;

namespace NewsFigures.Jupyter.Tests.CSharpKernel;

/// <summary>Our kernel through our own launcher and client, as the runner will use it.</summary>
public class OurClientTests(InstalledKernel kernel) : IClassFixture<InstalledKernel>
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    private Task<RunningKernel> StartAsync(TempDirectory working, IReadOnlyDictionary<string, string>? environment = null) =>
        new KernelLauncher(new KernelLaunchOptions
        {
            WorkingDirectory = working.Path, ConnectionDirectory = working["runtime"], StartTimeout = Patience,
            Environment = environment ?? new Dictionary<string, string>(),
        }).StartAsync(kernel.Spec);

    [Fact]
    public async Task A_restart_is_a_fresh_session_in_the_same_process()
    {
        using var working = new TempDirectory();
        await using var running = await StartAsync(working);
        Assert.Equal("csharp", running.KernelInfo.Content["language_info"]!["name"]!.GetValue<string>());
        Assert.Equal("ok", (await running.Client.ExecuteAsync("var kept = 1;", timeout: Patience)).Status);
        var restart = await running.Client.ShutdownAsync(restart: true, Patience);
        Assert.True(restart.Reply.Content["restart"]!.GetValue<bool>());
        var after = await running.Client.ExecuteAsync("kept", timeout: Patience);
        Assert.Equal(("error", 1), (after.Status, after.Reply.Content["execution_count"]!.GetValue<int>()));
        Assert.False(running.Process.HasExited);
        Assert.True(await running.Client.IsAliveAsync(Patience));
    }

    [Fact]
    public async Task Shutdown_ends_the_process()
    {
        using var working = new TempDirectory();
        await using var running = await StartAsync(working);
        await running.Client.ShutdownAsync(restart: false, Patience);
        await running.Process.WaitForExitAsync().WaitAsync(Patience);
        Assert.Equal(0, running.Process.ExitCode);
    }

    [Fact]
    public async Task The_kernel_exits_when_the_process_that_started_it_is_gone()
    {
        using var working = new TempDirectory();
        using var parent = Process.Start(new ProcessStartInfo("sleep", "3")) ?? throw new InvalidOperationException("no sleep");
        await using var running = await StartAsync(working, new Dictionary<string, string> { [ParentProcess.Variable] = parent.Id.ToString(System.Globalization.CultureInfo.InvariantCulture) });
        Assert.False(running.Process.HasExited);
        await parent.WaitForExitAsync();
        await running.Process.WaitForExitAsync().WaitAsync(Patience);
    }

    [Fact]
    public async Task Outputs_arrive_while_the_cell_runs()
    {
        using var working = new TempDirectory();
        await using var running = await StartAsync(working);
        var clock = Stopwatch.StartNew();
        var firstOutput = TimeSpan.Zero;
        var exchange = await running.Client.RequestAsync("execute_request", new JsonObject
        {
            ["code"] = "Console.WriteLine(\"before\");\nSystem.Threading.Thread.Sleep(2000);\nConsole.WriteLine(\"after\");",
            ["silent"] = false, ["store_history"] = true, ["user_expressions"] = new JsonObject(), ["allow_stdin"] = false, ["stop_on_error"] = true,
        }, new KernelRequestOptions
        {
            Timeout = Patience,
            IoPub = m => { if (m.MsgType == "stream" && firstOutput == TimeSpan.Zero) firstOutput = clock.Elapsed; },
        });
        Assert.Equal(["before\n", "after\n"], exchange.Outputs.Select(m => m.Content["text"]!.GetValue<string>()));
        Assert.True(clock.Elapsed - firstOutput > TimeSpan.FromSeconds(1), $"the first line came {firstOutput} after the start, the reply {clock.Elapsed}");
    }
}
