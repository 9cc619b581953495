using System.Collections.Concurrent;
using System.Text;
using System.Text.Json.Nodes;
using NetMQ;
using NetMQ.Sockets;

namespace NewsFigures.Jupyter;

/// <summary>
/// The client side of the protocol, for our runner, benchmarks and tests: connects to a kernel's five sockets, sends
/// requests signed with the connection's key, and collects each request's reply and its iopub messages until the kernel
/// is idle again; answers input requests; pings the heartbeat. Messages with a wrong signature are dropped and logged.
/// Thread-safe: requests may be made from any thread.
/// </summary>
public sealed class KernelClient : IAsyncDisposable
{
    private readonly SocketLoop loop;
    private readonly DealerSocket shell = new(), control = new(), stdin = new(), heartbeat = new();
    private readonly SubscriberSocket iopub = new();
    private readonly MessageSigner signer;
    private readonly Action<string> log;
    private readonly ConcurrentDictionary<string, PendingExchange> pending = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, TaskCompletionSource> pings = new(StringComparer.Ordinal);
    private volatile string? gone;

    private KernelClient(ConnectionInfo connection, Action<string> log)
    {
        Connection = connection;
        this.log = log;
        signer = new MessageSigner(connection.Key);
        loop = new SocketLoop(log);
    }

    public ConnectionInfo Connection { get; }

    /// <summary>This client's session id; also the identity of its shell, control and stdin sockets, so the kernel's input
    /// requests find their way back.</summary>
    public string Session { get; } = Guid.NewGuid().ToString();

    /// <summary>The username in this client's message headers.</summary>
    public string Username { get; } = Environment.UserName;

    /// <summary>Connects (ZeroMQ connects lazily: a kernel still starting gets the requests once it binds).</summary>
    public static KernelClient Connect(ConnectionInfo connection, Action<string>? log = null)
    {
        if (connection.Transport != ConnectionInfo.Tcp)
            throw new NotSupportedException($"transport \"{connection.Transport}\" is not supported (NetMQ's ipc is not libzmq's Unix sockets); use \"tcp\".");
        var client = new KernelClient(connection, log ?? (_ => { }));
        client.Open();
        return client;
    }

    private void Open()
    {
        var identity = Encoding.UTF8.GetBytes(Session);
        var host = Connection.Ip is "0.0.0.0" or "*" ? "127.0.0.1" : Connection.Ip;
        var address = Connection with { Ip = host };
        foreach (var (socket, channel) in new (NetMQSocket, KernelChannel)[]
                 {
                     (shell, KernelChannel.Shell), (control, KernelChannel.Control), (stdin, KernelChannel.Stdin),
                     (iopub, KernelChannel.IoPub), (heartbeat, KernelChannel.Heartbeat),
                 })
        {
            socket.Options.Linger = TimeSpan.Zero;
            // A kernel still starting refuses connections: retry often, so every channel is up soon after it binds.
            socket.Options.ReconnectInterval = TimeSpan.FromMilliseconds(10);
            if (socket != heartbeat && socket != iopub) socket.Options.Identity = identity;
            socket.Connect(address.Endpoint(address.Port(channel)));
        }
        iopub.SubscribeToAnyTopic();
        loop.Add(shell, frames => Replied(frames, KernelChannel.Shell));
        loop.Add(control, frames => Replied(frames, KernelChannel.Control));
        loop.Add(stdin, InputRequested);
        loop.Add(iopub, Published);
        loop.Add(heartbeat, Echoed);
        loop.Start("jupyter client sockets");
    }

    /// <summary>Sends a request and waits for its reply and (unless told not to) status idle on iopub.</summary>
    public async Task<KernelExchange> RequestAsync(string msgType, JsonObject content, KernelRequestOptions? options = null,
        CancellationToken cancellationToken = default)
    {
        options ??= new KernelRequestOptions();
        if (gone is { } reason) throw new KernelDiedException(reason);
        var request = JupyterMessage.Create(msgType, content, Session, Username);
        var exchange = new PendingExchange(request, options);
        pending[request.Header.MsgId] = exchange;
        using var timeout = new CancellationTokenSource(options.Timeout);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeout.Token);
        try
        {
            loop.Send(options.Channel == KernelChannel.Control ? control : shell, WireFormat.Encode(request, signer), msgType);
            return await exchange.CompleteAsync(linked.Token);
        }
        catch (OperationCanceledException) when (timeout.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            throw new TimeoutException($"no complete answer to {msgType} within {options.Timeout.TotalSeconds:0.###} s.");
        }
        finally
        {
            pending.TryRemove(request.Header.MsgId, out _);
        }
    }

    public Task<KernelExchange> ExecuteAsync(string code, ExecuteOptions? options = null, TimeSpan? timeout = null,
        CancellationToken cancellationToken = default)
    {
        options ??= new ExecuteOptions();
        return RequestAsync("execute_request", new JsonObject
        {
            ["code"] = code,
            ["silent"] = options.Silent,
            ["store_history"] = options.StoreHistory,
            ["user_expressions"] = new JsonObject(),
            ["allow_stdin"] = options.Input is not null,
            ["stop_on_error"] = options.StopOnError,
        }, new KernelRequestOptions { Input = options.Input, Timeout = timeout ?? Timeout.InfiniteTimeSpan }, cancellationToken);
    }

    public Task<KernelExchange> KernelInfoAsync(TimeSpan? timeout = null, CancellationToken cancellationToken = default) =>
        RequestAsync("kernel_info_request", [], new KernelRequestOptions { Timeout = timeout ?? Timeout.InfiniteTimeSpan }, cancellationToken);

    /// <summary>
    /// Waits until the kernel answers kernel_info_request and this client also hears its iopub (a subscription takes a
    /// moment to reach the kernel, and what is published before that is lost): returns the kernel_info_reply.
    /// </summary>
    public async Task<JupyterMessage> WaitForReadyAsync(TimeSpan timeout, CancellationToken cancellationToken = default)
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var request = JupyterMessage.Create("kernel_info_request", [], Session, Username);
        var exchange = new PendingExchange(request, new KernelRequestOptions());
        pending[request.Header.MsgId] = exchange;
        JupyterMessage reply;
        try
        {
            loop.Send(shell, WireFormat.Encode(request, signer), request.MsgType);
            try
            {
                reply = await exchange.Reply.WaitAsync(timeout, cancellationToken);
            }
            catch (TimeoutException)
            {
                throw new TimeoutException($"the kernel did not answer kernel_info_request within {timeout.TotalSeconds:0.###} s.");
            }
            // Usually the subscription was there in time and this request's idle arrives right after its reply.
            if (await Completes(exchange.Idle, TimeSpan.FromMilliseconds(250), cancellationToken)) return reply;
        }
        finally
        {
            pending.TryRemove(request.Header.MsgId, out _);
        }
        while (true)
        {
            var left = timeout - clock.Elapsed;
            if (left <= TimeSpan.Zero) throw new TimeoutException($"the kernel answered but nothing arrived on iopub within {timeout.TotalSeconds:0.###} s.");
            try
            {
                await KernelInfoAsync(left < TimeSpan.FromSeconds(1) ? left : TimeSpan.FromSeconds(1), cancellationToken);
                return reply;
            }
            catch (TimeoutException)
            {
            }
        }
    }

    private static async Task<bool> Completes(Task task, TimeSpan within, CancellationToken cancellationToken)
    {
        try
        {
            await task.WaitAsync(within, cancellationToken);
            return true;
        }
        catch (TimeoutException)
        {
            return false;
        }
    }

    public Task<KernelExchange> InterruptAsync(TimeSpan? timeout = null, CancellationToken cancellationToken = default) =>
        RequestAsync("interrupt_request", [], new KernelRequestOptions { Channel = KernelChannel.Control, Timeout = timeout ?? Timeout.InfiniteTimeSpan },
            cancellationToken);

    public Task<KernelExchange> ShutdownAsync(bool restart, TimeSpan? timeout = null, CancellationToken cancellationToken = default) =>
        RequestAsync("shutdown_request", new JsonObject { ["restart"] = restart },
            new KernelRequestOptions { Channel = KernelChannel.Control, Timeout = timeout ?? Timeout.InfiniteTimeSpan }, cancellationToken);

    /// <summary>Pings the heartbeat: true if the kernel echoes within <paramref name="timeout"/>.</summary>
    public async Task<bool> IsAliveAsync(TimeSpan timeout)
    {
        var payload = Guid.NewGuid().ToString("N");
        var echo = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        pings[payload] = echo;
        try
        {
            // The heartbeat is a REP socket: a DEALER talking to it sends the empty delimiter a REQ would.
            loop.Send(heartbeat, [[], Encoding.ASCII.GetBytes(payload)], "heartbeat");
            await echo.Task.WaitAsync(timeout);
            return true;
        }
        catch (TimeoutException)
        {
            return false;
        }
        finally
        {
            pings.TryRemove(payload, out _);
        }
    }

    /// <summary>
    /// <see cref="Abandon"/> once the answers the kernel sent before it went have been read: a kernel that answers
    /// shutdown_request and exits may be seen gone before its reply, already on the socket, is dispatched. Waits until no
    /// request is pending or <paramref name="grace"/> has passed.
    /// </summary>
    internal async Task AbandonAfterInFlightAsync(string reason, TimeSpan grace)
    {
        var until = DateTime.UtcNow + grace;
        while (!pending.IsEmpty && DateTime.UtcNow < until) await Task.Delay(10);
        Abandon(reason);
    }

    /// <summary>Fails every request still waiting, and any later one, with <paramref name="reason"/> (the kernel is gone).</summary>
    public void Abandon(string reason)
    {
        gone = reason;
        foreach (var exchange in pending.Values) exchange.Fail(new KernelDiedException(reason));
    }

    private JupyterMessage? Read(List<byte[]> frames, string channel)
    {
        try
        {
            return WireFormat.Decode(frames, signer);
        }
        catch (MessageRejectedException e)
        {
            log($"rejected a message on {channel}: {e.Message}");
            return null;
        }
    }

    private void Replied(List<byte[]> frames, KernelChannel channel)
    {
        if (Read(frames, channel.ToString().ToLowerInvariant()) is not { } reply) return;
        if (reply.ParentId is { } id && pending.TryGetValue(id, out var exchange)) exchange.Replied(reply);
    }

    private void Published(List<byte[]> frames)
    {
        if (Read(frames, "iopub") is not { } message) return;
        if (message.ParentId is { } id && pending.TryGetValue(id, out var exchange)) exchange.Published(message);
    }

    private void InputRequested(List<byte[]> frames)
    {
        if (Read(frames, "stdin") is not { } request || request.MsgType != "input_request") return;
        var prompt = request.Content["prompt"]?.GetValue<string>() ?? "";
        var password = request.Content["password"] is JsonValue p && p.TryGetValue<bool>(out var hidden) && hidden;
        var input = request.ParentId is { } id && pending.TryGetValue(id, out var exchange) ? exchange.Options.Input : null;
        if (input is null) log($"answered an input request with \"\": no input for its request");
        // The answer may take a person's time: never on the socket thread.
        _ = Task.Run(() =>
        {
            string value;
            try { value = input?.Invoke(prompt, password) ?? ""; }
            catch (Exception e) { log($"input failed: {e.Message}"); value = ""; }
            var reply = JupyterMessage.Create("input_reply", new JsonObject { ["value"] = value }, Session, Username, request);
            loop.Send(stdin, WireFormat.Encode(reply, signer), "input_reply");
        });
    }

    private void Echoed(List<byte[]> frames)
    {
        if (frames.Count == 2 && pings.TryGetValue(Encoding.ASCII.GetString(frames[1]), out var echo)) echo.TrySetResult();
    }

    public ValueTask DisposeAsync()
    {
        Abandon("the client was closed.");
        loop.Dispose();
        return ValueTask.CompletedTask;
    }
}
