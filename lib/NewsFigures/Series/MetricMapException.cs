namespace NewsFigures;

/// <summary>A metric mapping file could not be read; the message is one line naming the file and line.</summary>
public sealed class MetricMapException(string message) : Exception(message);
