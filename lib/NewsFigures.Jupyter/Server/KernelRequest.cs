using System.Text.Json.Nodes;

namespace NewsFigures.Jupyter;

/// <summary>A request as a handler sees it, with what it may do meanwhile: publish on iopub, ask for input on stdin.</summary>
public sealed class KernelRequest
{
    private readonly KernelServer server;

    internal KernelRequest(KernelServer server, JupyterMessage message, KernelChannel channel)
    {
        this.server = server;
        Message = message;
        Channel = channel;
    }

    public JupyterMessage Message { get; }

    public KernelChannel Channel { get; }

    public string MsgType => Message.MsgType;

    public JsonObject Content => Message.Content;

    /// <summary>Whether the client said it answers input requests for this one (execute_request's allow_stdin).</summary>
    public bool AllowStdin => Content["allow_stdin"] is JsonValue value && value.TryGetValue<bool>(out var allowed) && allowed;

    /// <summary>Broadcasts a message on iopub with this request as its parent; safe from any thread.</summary>
    public void Publish(string msgType, JsonObject content, JsonObject? metadata = null) =>
        server.Publish(msgType, content, Message, metadata);

    /// <summary>Sends input_request to the client that made this request and waits for its input_reply.</summary>
    public Task<string> InputAsync(string prompt, bool password, CancellationToken cancellationToken)
    {
        if (!AllowStdin) throw new InvalidOperationException($"{MsgType} did not allow stdin: the client answers no input requests.");
        return server.AskAsync(Message, prompt, password, cancellationToken);
    }
}
