namespace NewsFigures.Jupyter;

/// <summary>The kernel went away with requests still unanswered.</summary>
public sealed class KernelDiedException(string message) : Exception(message);
