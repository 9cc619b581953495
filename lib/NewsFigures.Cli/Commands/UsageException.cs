namespace NewsFigures.Cli.Commands;

/// <summary>A command line that parsed but makes no sense (a malformed parameter, a missing file): exit 2.</summary>
internal sealed class UsageException(string message) : Exception(message);
