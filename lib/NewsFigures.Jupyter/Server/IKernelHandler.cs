using System.Text.Json.Nodes;

namespace NewsFigures.Jupyter;

/// <summary>
/// What a kernel does with each request: <see cref="KernelServer"/> calls it one request at a time per channel (shell
/// requests in order, control requests beside them), with status busy and idle published around each.
/// </summary>
public interface IKernelHandler
{
    /// <summary>The reply's content (its type is the request's with "_reply"), or null for a request type it does not
    /// know, which gets no reply.</summary>
    Task<JsonObject?> HandleAsync(KernelRequest request, CancellationToken cancellationToken);
}
