namespace NewsFigures.Notebooks;

/// <summary>How a <see cref="KernelPool"/> runs its kernels. Every field has a sensible default.</summary>
public sealed record KernelPoolOptions
{
    /// <summary>How many kernels are kept started ahead of need; default one per core.</summary>
    public int Size { get; init; } = Math.Max(1, Environment.ProcessorCount);

    /// <summary>
    /// Keep a kernel for the next notebook unless it died or a cell of it was stopped (a timeout): it is restarted (a fresh
    /// session in the same, warm process) and moved to the next notebook's folder. Only for this project's C# kernel, which
    /// restarts that way and runs C# to change folder; any other kernel starts afresh in each notebook's folder.
    /// </summary>
    public bool Reuse { get; init; }

    /// <summary>How long a kernel may take to answer kernel_info_request when it starts.</summary>
    public TimeSpan StartTimeout { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>Hears the kernels' stderr and the protocol's log (null: silent).</summary>
    public Action<string>? Log { get; init; }
}
