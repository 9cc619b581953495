namespace NewsFigures.Jupyter;

/// <summary>The fields of an execute_request beside the code.</summary>
public sealed record ExecuteOptions
{
    /// <summary>No outputs, no execute_input, no history, the count unchanged.</summary>
    public bool Silent { get; init; }

    public bool StoreHistory { get; init; } = true;

    /// <summary>Abort the execute requests queued behind this one if it fails.</summary>
    public bool StopOnError { get; init; } = true;

    /// <summary>Answers Console.ReadLine() and the like (prompt, password); when null, the request does not allow stdin.</summary>
    public Func<string, bool, string>? Input { get; init; }
}
