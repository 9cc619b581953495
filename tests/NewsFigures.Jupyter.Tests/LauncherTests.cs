namespace NewsFigures.Jupyter.Tests;

/// <summary>Our launcher and client against a kernel we did not write: Debian's ipykernel (scripts/ensure-jupyter.sh).</summary>
public class LauncherTests
{
    private static KernelSpec IPythonSpec(TempDirectory temp)
    {
        Assert.True(File.Exists("/usr/bin/python3"), "Debian's python3 is missing: run scripts/ensure-jupyter.sh.");
        temp.Write("kernels/ipython/kernel.json",
            """{"argv": ["/usr/bin/python3", "-m", "ipykernel_launcher", "-f", "{connection_file}"], "display_name": "IPython", "language": "python"}""");
        return new KernelSpecs(new JupyterPaths([temp.Path])).Find("ipython");
    }

    [Fact]
    public async Task Starts_ipykernel_in_the_given_folder_and_talks_to_it()
    {
        using var temp = new TempDirectory();
        var log = new List<string>();
        var launcher = new KernelLauncher(new KernelLaunchOptions
        {
            WorkingDirectory = temp.Path, ConnectionDirectory = temp["runtime"], Log = l => { lock (log) log.Add(l); },
        });
        string file;
        await using (var kernel = await launcher.StartAsync(IPythonSpec(temp)))
        {
            file = kernel.ConnectionFile;
            Assert.Equal("python", kernel.KernelInfo.Content["language_info"]!["name"]!.GetValue<string>());
            Assert.Equal("127.0.0.1", ConnectionInfo.Load(file).Ip);
            Assert.Equal(64, ConnectionInfo.Load(file).Key.Length);
            var execute = await kernel.Client.ExecuteAsync("import os; print(os.getcwd()); input('who? ')",
                new ExecuteOptions { Input = (prompt, _) => prompt + "Ada" }, ServedKernel.Patience);
            Assert.Equal("ok", execute.Status);
            Assert.Equal(temp.Path + "\n", execute.Outputs.First(m => m.MsgType == "stream").Content["text"]!.GetValue<string>());
            Assert.Equal("'who? Ada'", execute.Outputs.Single(m => m.MsgType == "execute_result").Content["data"]!["text/plain"]!.GetValue<string>());
            Assert.True(await kernel.Client.IsAliveAsync(ServedKernel.Patience));
        }
        Assert.False(File.Exists(file));
    }

    [Fact]
    public async Task A_kernel_that_exits_at_once_fails_the_start_with_its_last_error_line()
    {
        using var temp = new TempDirectory();
        temp.Write("kernels/broken/kernel.json",
            """{"argv": ["/bin/sh", "-c", "echo 'no such thing' >&2; exit 3", "{connection_file}"], "display_name": "Broken", "language": "sh"}""");
        var spec = new KernelSpecs(new JupyterPaths([temp.Path])).Find("broken");
        var error = await Assert.ThrowsAsync<KernelDiedException>(() => new KernelLauncher().StartAsync(spec));
        Assert.Equal("kernel 'broken' exited with code 3 before it answered kernel_info_request: no such thing", error.Message);
    }

    [Fact]
    public async Task A_kernel_that_finds_a_port_taken_is_started_again_on_other_ports()
    {
        using var temp = new TempDirectory();
        // The first start fails as a kernel does when another process took one of its ports; the second is ipykernel.
        var script = $$"""if [ ! -e '{{temp["first"]}}' ]; then touch '{{temp["first"]}}'; echo 'zmq.error.ZMQError: Address already in use' >&2; exit 1; fi; exec /usr/bin/python3 -m ipykernel_launcher -f "$0" """;
        temp.Write("kernels/flaky/kernel.json", new System.Text.Json.Nodes.JsonObject
        {
            ["argv"] = new System.Text.Json.Nodes.JsonArray("/bin/sh", "-c", script, "{connection_file}"),
            ["display_name"] = "Flaky", ["language"] = "python",
        }.ToJsonString());
        var log = new List<string>();

        await using var kernel = await new KernelLauncher(new KernelLaunchOptions { Log = l => { lock (log) log.Add(l); } })
            .StartAsync(new KernelSpecs(new JupyterPaths([temp.Path])).Find("flaky"));

        Assert.Equal("python", kernel.KernelInfo.Content["language_info"]!["name"]!.GetValue<string>());
        Assert.Contains(log, l => l.Contains("starting it again on other ports", StringComparison.Ordinal));
    }
}
