namespace NewsFigures.Jupyter;

/// <summary>How <see cref="KernelLauncher"/> starts a kernel.</summary>
public sealed record KernelLaunchOptions
{
    /// <summary>The kernel's working folder (Jupyter starts a notebook's kernel in the notebook's folder).</summary>
    public string WorkingDirectory { get; init; } = System.Environment.CurrentDirectory;

    /// <summary>Where the connection file goes; default the temporary folder. The file is deleted with the kernel.</summary>
    public string? ConnectionDirectory { get; init; }

    /// <summary>Variables set for the kernel beside the spec's own env.</summary>
    public IReadOnlyDictionary<string, string> Environment { get; init; } = new Dictionary<string, string>();

    /// <summary>How long the kernel may take to answer kernel_info_request.</summary>
    public TimeSpan StartTimeout { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>Hears the kernel's stdout and stderr lines and the client's protocol log.</summary>
    public Action<string>? Log { get; init; }
}
