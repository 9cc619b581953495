namespace NewsFigures.Jupyter;

/// <summary>An input request waiting for its input_reply: who was asked, and in what order.</summary>
internal sealed record PendingInput(IReadOnlyList<byte[]> Identities, TaskCompletionSource<string> Reply, long Order);
