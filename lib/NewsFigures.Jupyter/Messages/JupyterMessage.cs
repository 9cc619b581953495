using System.Text.Json.Nodes;

namespace NewsFigures.Jupyter;

/// <summary>
/// One message of the Jupyter protocol. <see cref="ParentHeader"/> stays the JSON the other side sent, so a reply
/// echoes a request's header exactly; <see cref="Identities"/> are the ZeroMQ routing frames (the topic on iopub).
/// </summary>
public sealed record JupyterMessage(MessageHeader Header, JsonObject ParentHeader, JsonObject Metadata, JsonObject Content)
{
    public IReadOnlyList<byte[]> Identities { get; init; } = [];

    public IReadOnlyList<byte[]> Buffers { get; init; } = [];

    public string MsgType => Header.MsgType;

    /// <summary>The msg_id of the request this message answers, or null.</summary>
    public string? ParentId => ParentHeader["msg_id"] is JsonValue id && id.TryGetValue<string>(out var text) ? text : null;

    /// <summary>A new message, in answer to <paramref name="parent"/> when given.</summary>
    public static JupyterMessage Create(string msgType, JsonObject content, string session, string username, JupyterMessage? parent = null) =>
        new(MessageHeader.New(msgType, session, username), parent?.Header.ToJson() ?? [], [], content);
}
