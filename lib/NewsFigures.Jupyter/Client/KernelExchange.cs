using System.Text.Json.Nodes;

namespace NewsFigures.Jupyter;

/// <summary>One request, its reply and what the kernel published on iopub for it, status busy to idle, in order.</summary>
public sealed record KernelExchange(JupyterMessage Request, JupyterMessage Reply, IReadOnlyList<JupyterMessage> IoPub)
{
    /// <summary>The reply's status: "ok", "error" or "aborted".</summary>
    public string Status => Reply.Content["status"] is JsonValue value && value.TryGetValue<string>(out var status) ? status : "";

    /// <summary>The iopub messages that are outputs: stream, display_data, update_display_data, execute_result, error.</summary>
    public IEnumerable<JupyterMessage> Outputs =>
        IoPub.Where(m => m.MsgType is "stream" or "display_data" or "update_display_data" or "execute_result" or "error");
}
