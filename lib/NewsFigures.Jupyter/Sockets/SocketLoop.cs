using NetMQ;

namespace NewsFigures.Jupyter;

/// <summary>
/// One thread that owns a set of ZeroMQ sockets: NetMQ sockets are not thread-safe, so every receive runs here and
/// every send is posted here, in the order posted. Nothing here blocks: handlers run elsewhere.
/// </summary>
internal sealed class SocketLoop : IDisposable
{
    private readonly NetMQPoller poller = [];
    private readonly NetMQQueue<Action> actions = new();
    private readonly List<NetMQSocket> sockets = [];
    private readonly Action<string> log;
    private int disposed;

    public SocketLoop(Action<string> log)
    {
        this.log = log;
        actions.ReceiveReady += (_, e) =>
        {
            while (e.Queue.TryDequeue(out var action, TimeSpan.Zero)) Guarded("a posted action", action);
        };
        poller.Add(actions);
    }

    /// <summary>Watches a socket; <paramref name="received"/> gets each multipart message, on this loop's thread.</summary>
    public void Add(NetMQSocket socket, Action<List<byte[]>> received)
    {
        sockets.Add(socket);
        socket.ReceiveReady += (_, e) =>
        {
            var frames = new List<byte[]>();
            while (e.Socket.TryReceiveMultipartBytes(ref frames))
            {
                var message = frames;
                Guarded("a received message", () => received(message));
                frames = [];
            }
        };
        poller.Add(socket);
    }

    /// <summary>Owns a socket that only sends (PUB).</summary>
    public void Own(NetMQSocket socket) => sockets.Add(socket);

    public void Start(string name) => poller.RunAsync(name, isBackgroundThread: true);

    public void Post(Action action)
    {
        if (Volatile.Read(ref disposed) == 0) actions.Enqueue(action);
    }

    public void Send(NetMQSocket socket, List<byte[]> frames, string what) => Post(() =>
    {
        // A peer that stopped reading must not stall the loop: give up on this message after a while.
        if (!socket.TrySendMultipartBytes(TimeSpan.FromSeconds(5), frames)) log($"dropped {what}: the peer does not take messages");
    });

    /// <summary>
    /// Sends on a ROUTER with RouterMandatory set to a peer that may not be connected yet (a client that connected before
    /// the kernel bound reconnects a moment later): retried every few milliseconds for up to <paramref name="patience"/>.
    /// </summary>
    public void SendRouted(NetMQSocket socket, List<byte[]> frames, string what, TimeSpan patience, Action dropped)
    {
        var deadline = DateTime.UtcNow + patience;
        void Attempt()
        {
            try
            {
                if (socket.TrySendMultipartBytes(TimeSpan.FromSeconds(5), frames)) return;
                log($"dropped {what}: the peer does not take messages");
                dropped();
            }
            catch (HostUnreachableException)
            {
                if (DateTime.UtcNow < deadline) _ = Task.Delay(10).ContinueWith(_ => Post(Attempt), TaskScheduler.Default);
                else
                {
                    log($"dropped {what}: its client is not connected");
                    dropped();
                }
            }
        }
        Post(Attempt);
    }

    /// <summary>Completes once everything posted before it has run.</summary>
    public Task FlushAsync()
    {
        var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        Post(done.SetResult);
        return Volatile.Read(ref disposed) == 0 ? done.Task : Task.CompletedTask;
    }

    private void Guarded(string what, Action action)
    {
        try { action(); }
        catch (Exception e) { log($"error in {what}: {e.GetType().Name}: {e.Message}"); }
    }

    public void Dispose()
    {
        if (Interlocked.Exchange(ref disposed, 1) == 1) return;
        if (poller.IsRunning) poller.Stop();
        poller.Dispose();
        foreach (var socket in sockets) socket.Dispose();
        actions.Dispose();
    }
}
