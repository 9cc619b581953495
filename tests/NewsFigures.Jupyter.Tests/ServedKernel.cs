using System.Collections.Concurrent;

namespace NewsFigures.Jupyter.Tests;

/// <summary>A <see cref="KernelServer"/> with the test handler on random ports of 127.0.0.1, a client, and the server's log.</summary>
internal sealed class ServedKernel : IAsyncDisposable
{
    public ConcurrentQueue<string> Log { get; } = new();
    public TestHandler Handler { get; } = new();
    public KernelServer Server { get; }
    public KernelClient Client { get; }

    public ServedKernel(string key = "secret-key")
    {
        Server = KernelServer.Start(new ConnectionInfo { Key = key }, Handler, Log.Enqueue);
        Client = KernelClient.Connect(Server.Connection);
    }

    public static readonly TimeSpan Patience = TimeSpan.FromSeconds(20);

    public static async Task<ServedKernel> ReadyAsync(string key = "secret-key")
    {
        var served = new ServedKernel(key);
        await served.Client.WaitForReadyAsync(Patience);
        return served;
    }

    public async ValueTask DisposeAsync()
    {
        await Client.DisposeAsync();
        await Server.DisposeAsync();
    }
}
