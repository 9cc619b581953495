using System.Collections.Concurrent;
using System.Text;
using System.Text.Json.Nodes;
using System.Threading.Channels;
using NetMQ;
using NetMQ.Sockets;

namespace NewsFigures.Jupyter;

/// <summary>
/// The kernel side of the protocol: binds the five sockets of a connection file (to its address only), checks every
/// message's signature, and hands requests to an <see cref="IKernelHandler"/>: shell requests one at a time in order,
/// control requests on their own so an interrupt reaches a busy kernel. Around every request it publishes status busy
/// and idle on iopub with the request as parent, the idle after every output and the reply. After an execute_request
/// fails with stop_on_error, the execute requests already queued are answered "aborted". After a shutdown_request it
/// ends, unless the request asks for a restart and the kernel restarts in its own process.
/// </summary>
public sealed class KernelServer : IAsyncDisposable
{
    private const string Username = "kernel";
    private readonly SocketLoop loop;
    private readonly RouterSocket shell = new(), control = new(), stdin = new();
    private readonly PublisherSocket iopub = new();
    private readonly ResponseSocket heartbeat = new();
    private readonly MessageSigner signer;
    private readonly IKernelHandler handler;
    private readonly Action<string> log;
    private readonly string session = Guid.NewGuid().ToString();
    private readonly bool restartsInProcess;
    private readonly Channel<JupyterMessage> shellRequests = Channel.CreateUnbounded<JupyterMessage>(new() { SingleReader = true });
    private readonly Channel<JupyterMessage> controlRequests = Channel.CreateUnbounded<JupyterMessage>(new() { SingleReader = true });
    private readonly ConcurrentDictionary<string, PendingInput> inputs = new(StringComparer.Ordinal);
    private readonly CancellationTokenSource stopping = new();
    private readonly TaskCompletionSource shutdown = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private Task[] workers = [];
    private long inputsAsked;

    private KernelServer(ConnectionInfo connection, IKernelHandler handler, Action<string> log, bool restartsInProcess)
    {
        this.restartsInProcess = restartsInProcess;
        this.handler = handler;
        this.log = log;
        signer = new MessageSigner(connection.Key);
        loop = new SocketLoop(log);
        Connection = connection;
    }

    /// <summary>The connection served: the file's, with the ports actually bound where it asked for port 0.</summary>
    public ConnectionInfo Connection { get; private set; }

    /// <summary>Completes once a shutdown_request has been answered that ends the kernel.</summary>
    public Task Completion => shutdown.Task;

    /// <summary>Binds the sockets and starts serving. Fails with one line naming the socket and address that could not bind.</summary>
    /// <param name="restartsInProcess">Whether a shutdown_request with restart keeps this server serving (the handler starts
    /// afresh); when false every shutdown ends it, for clients such as jupyter_client that restart a kernel by starting a
    /// new process.</param>
    public static KernelServer Start(ConnectionInfo connection, IKernelHandler handler, Action<string>? log = null, bool restartsInProcess = true)
    {
        if (connection.Transport != ConnectionInfo.Tcp)
            throw new NotSupportedException($"transport \"{connection.Transport}\" is not supported (NetMQ's ipc is not libzmq's Unix sockets); use \"tcp\".");
        var server = new KernelServer(connection, handler, log ?? (_ => { }), restartsInProcess);
        try
        {
            server.Bind();
        }
        catch
        {
            server.loop.Dispose();
            throw;
        }
        server.loop.Start("jupyter kernel sockets");
        server.workers = [Task.Run(() => server.ServeAsync(server.shellRequests.Reader, KernelChannel.Shell)),
            Task.Run(() => server.ServeAsync(server.controlRequests.Reader, KernelChannel.Control))];
        server.Publish("status", new JsonObject { ["execution_state"] = "starting" }, parent: null);
        return server;
    }

    private void Bind()
    {
        foreach (var (channel, socket) in new (KernelChannel, NetMQSocket)[]
                 {
                     (KernelChannel.Shell, shell), (KernelChannel.Control, control), (KernelChannel.Stdin, stdin),
                     (KernelChannel.IoPub, iopub), (KernelChannel.Heartbeat, heartbeat),
                 })
        {
            // Replies and the last status still go out when the kernel closes right after sending them.
            socket.Options.Linger = TimeSpan.FromSeconds(1);
            var port = Connection.Port(channel);
            try
            {
                if (port == 0) Connection = Connection.WithPort(channel, socket.BindRandomPort($"tcp://{Connection.Ip}"));
                else socket.Bind(Connection.Endpoint(port));
            }
            catch (NetMQException e)
            {
                // NetMQ's message names only its exception type; say it as ZeroMQ does, which launchers recognise.
                var reason = e is AddressAlreadyInUseException ? "Address already in use" : e.Message;
                throw new IOException($"cannot bind the {channel.ToString().ToLowerInvariant()} socket to {Connection.Endpoint(port)}: {reason}", e);
            }
        }
        // An input request goes to the requester's stdin socket, which may connect a moment after its shell socket did.
        stdin.Options.RouterMandatory = true;
        loop.Add(shell, frames => Accept(frames, KernelChannel.Shell));
        loop.Add(control, frames => Accept(frames, KernelChannel.Control));
        loop.Add(stdin, frames => Accept(frames, KernelChannel.Stdin));
        loop.Add(heartbeat, frames => heartbeat.SendMultipartBytes(frames));
        loop.Own(iopub);
    }

    private void Accept(List<byte[]> frames, KernelChannel channel)
    {
        JupyterMessage message;
        try
        {
            message = WireFormat.Decode(frames, signer);
        }
        catch (MessageRejectedException e)
        {
            log($"rejected a message on {channel.ToString().ToLowerInvariant()}: {e.Message}");
            return;
        }
        switch (channel)
        {
            case KernelChannel.Shell: shellRequests.Writer.TryWrite(message); break;
            case KernelChannel.Control: controlRequests.Writer.TryWrite(message); break;
            case KernelChannel.Stdin when message.MsgType == "input_reply" && InputAnswered(message) is { } answer:
                answer.Reply.TrySetResult(message.Content["value"] is JsonValue value && value.TryGetValue<string>(out var text) ? text : "");
                break;
            default: log($"ignored a {message.MsgType} on {channel.ToString().ToLowerInvariant()}"); break;
        }
    }

    /// <summary>
    /// The input request an input_reply answers: the one it names as parent; jupyter_client names none, so then the
    /// oldest one sent to the client that replies (ipykernel simply takes the next message on stdin).
    /// </summary>
    private PendingInput? InputAnswered(JupyterMessage reply)
    {
        if (reply.ParentId is { } id && inputs.TryRemove(id, out var named)) return named;
        var oldest = inputs.Where(p => p.Value.Identities.SequenceEqual(reply.Identities, ByteArrays.Equal))
            .OrderBy(p => p.Value.Order).Select(p => p.Key).FirstOrDefault();
        return oldest is not null && inputs.TryRemove(oldest, out var pending) ? pending : null;
    }

    private async Task ServeAsync(ChannelReader<JupyterMessage> requests, KernelChannel channel)
    {
        try
        {
            await foreach (var message in requests.ReadAllAsync(stopping.Token))
                await HandleAsync(message, channel);
        }
        catch (OperationCanceledException) when (stopping.IsCancellationRequested)
        {
        }
    }

    private async Task HandleAsync(JupyterMessage message, KernelChannel channel)
    {
        Publish("status", new JsonObject { ["execution_state"] = "busy" }, message);
        JsonObject? content;
        try
        {
            content = await handler.HandleAsync(new KernelRequest(this, message, channel), stopping.Token);
        }
        catch (Exception e) when (e is not OperationCanceledException || !stopping.IsCancellationRequested)
        {
            log($"{message.MsgType} failed: {e.GetType().Name}: {e.Message}");
            content = new JsonObject { ["status"] = "error", ["ename"] = e.GetType().Name, ["evalue"] = e.Message, ["traceback"] = new JsonArray() };
        }
        // The queue is taken in before the reply goes out: what is queued then was sent before the client could know of
        // the failure, and only that is aborted.
        var aborted = channel == KernelChannel.Shell && StopsOnError(message, content) ? await TakeQueuedAsync() : null;
        if (content is null && message.MsgType.EndsWith("_request", StringComparison.Ordinal)) log($"no reply to {message.MsgType}: the kernel does not handle it");
        else if (content is not null) Send(channel, ReplyType(message.MsgType), content, message);
        var exiting = false;
        if (message.MsgType == "shutdown_request" && content is not null)
        {
            // Clients also watch iopub for the kernel going away.
            Publish("shutdown_reply", content.DeepClone().AsObject(), message);
            exiting = !restartsInProcess || !(content["restart"] is JsonValue restart && restart.TryGetValue<bool>(out var again) && again);
        }
        Publish("status", new JsonObject { ["execution_state"] = "idle" }, message);
        if (exiting)
        {
            await loop.FlushAsync();
            shutdown.TrySetResult();
        }
        if (aborted is not null) await AbortAsync(aborted);
    }

    private static bool StopsOnError(JupyterMessage message, JsonObject? reply) =>
        message.MsgType == "execute_request"
        && reply?["status"]?.GetValue<string>() == "error"
        && !(message.Content["stop_on_error"] is JsonValue stop && stop.TryGetValue<bool>(out var stops) && !stops)
        && !(message.Content["silent"] is JsonValue silent && silent.TryGetValue<bool>(out var quiet) && quiet);

    /// <summary>Everything queued on shell now, with what has reached the socket but not the queue yet.</summary>
    private async Task<List<JupyterMessage>> TakeQueuedAsync()
    {
        var drained = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        loop.Post(() =>
        {
            var frames = new List<byte[]>();
            while (shell.TryReceiveMultipartBytes(ref frames))
            {
                Accept(frames, KernelChannel.Shell);
                frames = [];
            }
            drained.SetResult();
        });
        await drained.Task.WaitAsync(stopping.Token);
        var queued = new List<JupyterMessage>();
        while (shellRequests.Reader.TryRead(out var message)) queued.Add(message);
        return queued;
    }

    /// <summary>Answers "aborted" to the execute requests among <paramref name="queued"/>; the other requests still run, in order.</summary>
    private async Task AbortAsync(List<JupyterMessage> queued)
    {
        foreach (var message in queued)
        {
            if (message.MsgType != "execute_request")
            {
                await HandleAsync(message, KernelChannel.Shell);
                continue;
            }
            Publish("status", new JsonObject { ["execution_state"] = "busy" }, message);
            Send(KernelChannel.Shell, "execute_reply", new JsonObject { ["status"] = "aborted" }, message);
            Publish("status", new JsonObject { ["execution_state"] = "idle" }, message);
        }
    }

    private static string ReplyType(string requestType) =>
        requestType.EndsWith("_request", StringComparison.Ordinal) ? requestType[..^"_request".Length] + "_reply" : requestType + "_reply";

    private void Send(KernelChannel channel, string msgType, JsonObject content, JupyterMessage parent)
    {
        var reply = JupyterMessage.Create(msgType, content, session, Username, parent) with { Identities = parent.Identities };
        loop.Send(channel == KernelChannel.Control ? control : shell, WireFormat.Encode(reply, signer), msgType);
    }

    internal void Publish(string msgType, JsonObject content, JupyterMessage? parent, JsonObject? metadata = null)
    {
        var message = JupyterMessage.Create(msgType, content, session, Username, parent) with
        {
            Metadata = metadata ?? [],
            Identities = [Encoding.UTF8.GetBytes($"kernel.{session}.{msgType}")],
        };
        loop.Send(iopub, WireFormat.Encode(message, signer), msgType);
    }

    internal async Task<string> AskAsync(JupyterMessage parent, string prompt, bool password, CancellationToken cancellationToken)
    {
        var request = JupyterMessage.Create("input_request", new JsonObject { ["prompt"] = prompt, ["password"] = password }, session, Username, parent)
            with { Identities = parent.Identities };
        var answer = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
        inputs[request.Header.MsgId] = new PendingInput(parent.Identities, answer, Interlocked.Increment(ref inputsAsked));
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, stopping.Token);
        await using var registration = linked.Token.Register(() =>
        {
            inputs.TryRemove(request.Header.MsgId, out _);
            answer.TrySetCanceled(linked.Token);
        });
        loop.SendRouted(stdin, WireFormat.Encode(request, signer), "input_request", TimeSpan.FromSeconds(10),
            () => answer.TrySetException(new IOException("no client took the input request: its stdin socket is not connected.")));
        return await answer.Task;
    }

    public async ValueTask DisposeAsync()
    {
        if (stopping.IsCancellationRequested) return;
        await stopping.CancelAsync();
        shellRequests.Writer.TryComplete();
        controlRequests.Writer.TryComplete();
        // A handler stuck in user code is not waited for long: the process is going away.
        await Task.WhenAny(Task.WhenAll(workers), Task.Delay(TimeSpan.FromSeconds(1)));
        await loop.FlushAsync().WaitAsync(TimeSpan.FromSeconds(1)).ContinueWith(_ => { }, TaskScheduler.Default);
        loop.Dispose();
        stopping.Dispose();
    }
}
