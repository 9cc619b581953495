using System.CommandLine;
using NewsFigures.Cli.Commands;

namespace NewsFigures.Cli;

/// <summary>The command line: one subcommand per file under Commands/.</summary>
internal static class Program
{
    public static RootCommand CreateRoot() => new("NewsFigures: figures from news articles about China's AI, as tables, series and charts.")
    {
        CorpusCommand.Create(),
        ExtractCommand.Create(),
        SeriesCommand.Create(),
        RunCommand.Create(),
        RenderCommand.Create(),
        ChartCommand.Create(),
        KernelCommand.Create(),
        ScoreCommand.Create(),
    };

    public static Task<int> Main(string[] args) => RunAsync(args);

    /// <summary>Parses and runs a command line. A command line that does not parse (an unknown option or format) is a
    /// usage error like any other bad input: one line per problem on stderr (--help lists the options), exit 2.</summary>
    public static async Task<int> RunAsync(string[] args, InvocationConfiguration? configuration = null)
    {
        configuration ??= new InvocationConfiguration();
        var parsed = VersionAction.AddTo(CreateRoot()).Parse(args);
        if (parsed.Errors.Count > 0 && !args.Any(a => a is "--help" or "-h" or "-?"))
        {
            foreach (var error in parsed.Errors) configuration.Error.WriteLine($"error: {CommandFailure.OneLine(error.Message)}");
            return CommandFailure.ExitCode;
        }
        return await parsed.InvokeAsync(configuration);
    }
}
