using System.CommandLine;

namespace NewsFigures.Cli.Commands;

/// <summary>How every command fails on bad input: one line on stderr naming the file, exit code 2.</summary>
internal static class CommandFailure
{
    public const int ExitCode = 2;

    public static int Report(ParseResult result, string message)
    {
        result.InvocationConfiguration.Error.WriteLine($"error: {OneLine(message)}");
        return ExitCode;
    }

    /// <summary>Runs a command body, turning the library's load errors into the one-line failure.</summary>
    public static int Guard(ParseResult result, Func<int> body) => GuardAsync(result, () => Task.FromResult(body())).GetAwaiter().GetResult();

    /// <summary>The same for commands that run asynchronously (notebooks, browsers).</summary>
    public static async Task<int> GuardAsync(ParseResult result, Func<Task<int>> body)
    {
        try
        {
            return await body();
        }
        catch (Exception e) when (e is CorpusLoadException or UsageException or InvalidDataException or FileNotFoundException or DirectoryNotFoundException
                                      or ExtractionException)
        {
            return Report(result, e.Message);
        }
    }

    public static string OneLine(string message) => string.Join(' ', message.Split(['\r', '\n', '\t'], StringSplitOptions.RemoveEmptyEntries).Select(p => p.Trim()));
}
