namespace NewsFigures.Jupyter;

/// <summary>The five sockets of a kernel.</summary>
public enum KernelChannel
{
    /// <summary>Requests and replies (ROUTER on the kernel).</summary>
    Shell,

    /// <summary>Interrupt, shutdown: served even while shell is busy (ROUTER).</summary>
    Control,

    /// <summary>The kernel asks the client for input (ROUTER).</summary>
    Stdin,

    /// <summary>Everything the kernel broadcasts: status, outputs (PUB).</summary>
    IoPub,

    /// <summary>Echo, to tell a live kernel (REP).</summary>
    Heartbeat,
}
