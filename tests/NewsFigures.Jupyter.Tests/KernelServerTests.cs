namespace NewsFigures.Jupyter.Tests;

public class KernelServerTests
{
    private static readonly TimeSpan Patience = ServedKernel.Patience;

    private static string State(JupyterMessage status) => status.Content["execution_state"]!.GetValue<string>();

    [Fact]
    public async Task A_request_gets_its_reply_with_the_request_as_parent()
    {
        await using var kernel = await ServedKernel.ReadyAsync();
        var exchange = await kernel.Client.KernelInfoAsync(Patience);
        Assert.Equal("kernel_info_reply", exchange.Reply.MsgType);
        Assert.Equal(exchange.Request.Header.MsgId, exchange.Reply.ParentId);
        Assert.Equal("5.3", exchange.Reply.Content["protocol_version"]!.GetValue<string>());
        Assert.Equal("5.3", exchange.Reply.Header.Version);
    }

    [Fact]
    public async Task Every_request_is_wrapped_in_busy_then_idle_with_its_outputs_between()
    {
        await using var kernel = await ServedKernel.ReadyAsync();
        foreach (var exchange in new[]
                 {
                     await kernel.Client.ExecuteAsync("hello", timeout: Patience),
                     await kernel.Client.KernelInfoAsync(Patience),
                     await kernel.Client.InterruptAsync(Patience),
                 })
        {
            Assert.Equal("status", exchange.IoPub[0].MsgType);
            Assert.Equal("busy", State(exchange.IoPub[0]));
            Assert.Equal("idle", State(exchange.IoPub[^1]));
            Assert.All(exchange.IoPub, m => Assert.Equal(exchange.Request.Header.MsgId, m.ParentId));
        }
        var execute = await kernel.Client.ExecuteAsync("again", timeout: Patience);
        Assert.Equal(["status", "execute_input", "stream", "status"], execute.IoPub.Select(m => m.MsgType));
        Assert.Equal("again", execute.Outputs.Single().Content["text"]!.GetValue<string>());
    }

    [Fact]
    public async Task An_unknown_request_gets_busy_and_idle_but_no_reply()
    {
        await using var kernel = await ServedKernel.ReadyAsync();
        var statuses = new List<string>();
        await Assert.ThrowsAsync<TimeoutException>(() => kernel.Client.RequestAsync("no_such_request", [], new KernelRequestOptions
        {
            Timeout = TimeSpan.FromSeconds(1),
            IoPub = m => { lock (statuses) statuses.Add(State(m)); },
        }));
        Assert.Equal(["busy", "idle"], statuses);
        Assert.Contains(kernel.Log, l => l.Contains("no reply to no_such_request", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_message_signed_with_a_wrong_key_is_logged_and_never_handled()
    {
        await using var kernel = await ServedKernel.ReadyAsync();
        await using var intruder = KernelClient.Connect(kernel.Server.Connection with { Key = "wrong key" });
        await Assert.ThrowsAsync<TimeoutException>(() => intruder.ExecuteAsync("rejected", timeout: TimeSpan.FromSeconds(1)));
        Assert.Contains(kernel.Log, l => l == "rejected a message on shell: invalid signature");
        var after = await kernel.Client.ExecuteAsync("still here", timeout: Patience);
        Assert.Equal(1, after.Reply.Content["execution_count"]!.GetValue<int>());
    }

    [Fact]
    public async Task The_heartbeat_echoes_while_the_kernel_lives()
    {
        var kernel = await ServedKernel.ReadyAsync();
        Assert.True(await kernel.Client.IsAliveAsync(Patience));
        await kernel.Server.DisposeAsync();
        Assert.False(await kernel.Client.IsAliveAsync(TimeSpan.FromMilliseconds(500)));
        await kernel.DisposeAsync();
    }

    [Fact]
    public async Task Sockets_listen_on_the_connection_files_address_only()
    {
        await using var kernel = await ServedKernel.ReadyAsync();
        // 127.0.0.2 is this machine too, but not the address the file names.
        await using var elsewhere = KernelClient.Connect(kernel.Server.Connection with { Ip = "127.0.0.2" });
        Assert.False(await elsewhere.IsAliveAsync(TimeSpan.FromMilliseconds(500)));
        Assert.True(await kernel.Client.IsAliveAsync(Patience));
    }

    [Fact]
    public async Task The_kernel_asks_for_input_on_stdin_and_gets_the_reply()
    {
        await using var kernel = await ServedKernel.ReadyAsync();
        var prompts = new List<string>();
        var exchange = await kernel.Client.ExecuteAsync("input", new ExecuteOptions { Input = (prompt, _) => { prompts.Add(prompt); return "Ada"; } }, Patience);
        Assert.Equal(["name? "], prompts);
        Assert.Equal("got Ada", exchange.Outputs.Last().Content["text"]!.GetValue<string>());
    }

    [Fact]
    public async Task An_input_reply_without_a_parent_answers_the_oldest_request_to_its_client()
    {
        // jupyter_client's input() sends its input_reply with no parent header.
        await using var kernel = await ServedKernel.ReadyAsync();
        var signer = new MessageSigner("secret-key");
        var identity = "raw-client"u8.ToArray();
        using var shell = new NetMQ.Sockets.DealerSocket();
        using var stdin = new NetMQ.Sockets.DealerSocket();
        foreach (var (socket, port) in new[] { (shell, kernel.Server.Connection.ShellPort), (stdin, kernel.Server.Connection.StdinPort) })
        {
            socket.Options.Identity = identity;
            socket.Connect($"tcp://127.0.0.1:{port}");
        }
        var execute = JupyterMessage.Create("execute_request", new JsonObject { ["code"] = "input", ["allow_stdin"] = true }, "raw", "test");
        NetMQ.OutgoingSocketExtensions.SendMultipartBytes(shell, WireFormat.Encode(execute, signer));
        var frames = new List<byte[]>();
        Assert.True(NetMQ.ReceivingSocketExtensions.TryReceiveMultipartBytes(stdin, Patience, ref frames), "no input_request");
        Assert.Equal("input_request", WireFormat.Decode(frames, signer).MsgType);
        var reply = JupyterMessage.Create("input_reply", new JsonObject { ["value"] = "Grace" }, "raw", "test");
        NetMQ.OutgoingSocketExtensions.SendMultipartBytes(stdin, WireFormat.Encode(reply, signer));
        while (true)
        {
            Assert.True(NetMQ.ReceivingSocketExtensions.TryReceiveMultipartBytes(shell, Patience, ref frames), "no execute_reply");
            if (WireFormat.Decode(frames, signer).MsgType == "execute_reply") break;
        }
        Assert.DoesNotContain(kernel.Log, l => l.Contains("input_reply", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Control_is_served_while_shell_is_busy()
    {
        await using var kernel = await ServedKernel.ReadyAsync();
        var blocked = kernel.Client.ExecuteAsync("block", timeout: Patience);
        await kernel.Handler.Blocking.Task.WaitAsync(Patience);
        var interrupt = await kernel.Client.InterruptAsync(Patience);
        Assert.Equal("ok", interrupt.Status);
        var execute = await blocked;
        Assert.Equal("interrupted", execute.Outputs.Last().Content["text"]!.GetValue<string>());
    }

    [Fact]
    public async Task After_a_failure_that_stops_on_error_the_queued_executes_are_aborted()
    {
        await using var kernel = await ServedKernel.ReadyAsync();
        var blocked = kernel.Client.ExecuteAsync("block", timeout: Patience);
        await kernel.Handler.Blocking.Task.WaitAsync(Patience);
        // Queued behind the blocked one: a failure, two executes and a kernel_info.
        var failing = kernel.Client.ExecuteAsync("fail", timeout: Patience);
        var queued = new[] { kernel.Client.ExecuteAsync("one", timeout: Patience), kernel.Client.ExecuteAsync("two", timeout: Patience) };
        var info = kernel.Client.KernelInfoAsync(Patience);
        await Task.Delay(200);
        await kernel.Client.InterruptAsync(Patience);
        await blocked;
        Assert.Equal("error", (await failing).Status);
        Assert.All(await Task.WhenAll(queued), e =>
        {
            Assert.Equal("aborted", e.Status);
            Assert.Equal(["busy", "idle"], e.IoPub.Select(State));
        });
        Assert.Equal("ok", (await info).Status);
        Assert.Equal("ok", (await kernel.Client.ExecuteAsync("later", timeout: Patience)).Status);
    }

    [Fact]
    public async Task A_failure_without_stop_on_error_lets_the_queue_run()
    {
        await using var kernel = await ServedKernel.ReadyAsync();
        var failing = kernel.Client.ExecuteAsync("fail", new ExecuteOptions { StopOnError = false }, Patience);
        var next = kernel.Client.ExecuteAsync("next", timeout: Patience);
        Assert.Equal(("error", "ok"), ((await failing).Status, (await next).Status));
    }

    [Fact]
    public async Task Shutdown_without_restart_ends_the_server_and_is_also_published()
    {
        await using var kernel = await ServedKernel.ReadyAsync();
        var restart = await kernel.Client.ShutdownAsync(restart: true, Patience);
        Assert.Contains(restart.IoPub, m => m.MsgType == "shutdown_reply");
        Assert.False(kernel.Server.Completion.IsCompleted);
        var shutdown = await kernel.Client.ShutdownAsync(restart: false, Patience);
        Assert.Equal(("shutdown_reply", false), (shutdown.Reply.MsgType, shutdown.Reply.Content["restart"]!.GetValue<bool>()));
        await kernel.Server.Completion.WaitAsync(Patience);
    }

    [Fact]
    public async Task Port_zero_binds_a_free_port_and_ipc_is_refused_in_one_line()
    {
        await using var kernel = await ServedKernel.ReadyAsync();
        Assert.All(Enum.GetValues<KernelChannel>(), c => Assert.InRange(kernel.Server.Connection.Port(c), 1, 65535));
        var error = Assert.Throws<NotSupportedException>(() => KernelServer.Start(new ConnectionInfo { Transport = "ipc" }, new TestHandler()));
        Assert.Equal("transport \"ipc\" is not supported (NetMQ's ipc is not libzmq's Unix sockets); use \"tcp\".", error.Message);
    }

    [Fact]
    public async Task A_port_in_use_names_the_socket_and_address_and_says_it_is_in_use()
    {
        await using var kernel = await ServedKernel.ReadyAsync();
        var taken = new ConnectionInfo { ShellPort = kernel.Server.Connection.ShellPort };
        var error = Assert.Throws<IOException>(() => KernelServer.Start(taken, new TestHandler()));
        Assert.Equal($"cannot bind the shell socket to tcp://127.0.0.1:{taken.ShellPort}: Address already in use", error.Message);
    }
}
