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
    public static int Guard(ParseResult result, Func<int> body)
    {
        try
        {
            return body();
        }
        catch (CorpusLoadException e)
        {
            return Report(result, e.Message);
        }
    }

    private static string OneLine(string message) => string.Join(' ', message.Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries));
}
