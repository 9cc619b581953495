namespace NewsFigures.Jupyter;

/// <summary>How <see cref="KernelClient.RequestAsync"/> sends one request and what it waits for.</summary>
public sealed record KernelRequestOptions
{
    /// <summary>Shell, or control for interrupt and shutdown.</summary>
    public KernelChannel Channel { get; init; } = KernelChannel.Shell;

    /// <summary>Answers the kernel's input requests (prompt, password) for this request; without it they get "".</summary>
    public Func<string, bool, string>? Input { get; init; }

    /// <summary>Sees each iopub message of this request as it arrives (on the client's socket thread: return quickly).</summary>
    public Action<JupyterMessage>? IoPub { get; init; }

    /// <summary>Wait for status idle on iopub as well as the reply (default), so every output is in.</summary>
    public bool WaitForIdle { get; init; } = true;

    /// <summary>Give up with a <see cref="TimeoutException"/> after this long; default never.</summary>
    public TimeSpan Timeout { get; init; } = System.Threading.Timeout.InfiniteTimeSpan;
}
