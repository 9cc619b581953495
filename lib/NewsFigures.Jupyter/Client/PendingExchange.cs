using System.Text.Json.Nodes;

namespace NewsFigures.Jupyter;

/// <summary>A request on its way: collects its reply and iopub messages until it is complete.</summary>
internal sealed class PendingExchange(JupyterMessage request, KernelRequestOptions options)
{
    private readonly Lock gate = new();
    private readonly List<JupyterMessage> iopub = [];
    private readonly TaskCompletionSource<JupyterMessage> reply = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource idle = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public JupyterMessage Request => request;

    public KernelRequestOptions Options => options;

    public void Replied(JupyterMessage message) => reply.TrySetResult(message);

    public void Published(JupyterMessage message)
    {
        lock (gate) iopub.Add(message);
        options.IoPub?.Invoke(message);
        if (message.MsgType == "status" && message.Content["execution_state"] is JsonValue state && state.TryGetValue<string>(out var s) && s == "idle")
            idle.TrySetResult();
    }

    public void Fail(Exception failure)
    {
        reply.TrySetException(failure);
        idle.TrySetException(failure);
    }

    public Task<JupyterMessage> Reply => reply.Task;

    public Task Idle => idle.Task;

    public async Task<KernelExchange> CompleteAsync(CancellationToken cancellationToken)
    {
        var answer = await reply.Task.WaitAsync(cancellationToken);
        if (options.WaitForIdle) await idle.Task.WaitAsync(cancellationToken);
        lock (gate) return new KernelExchange(request, answer, iopub.ToList());
    }
}
