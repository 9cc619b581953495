using System.CommandLine;
using NewsFigures.Cli.Commands;

namespace NewsFigures.Cli;

/// <summary>The command line: one subcommand per file under Commands/.</summary>
internal static class Program
{
    public static RootCommand CreateRoot() => new("NewsFigures: figures from news articles about China's AI, as tables, series and charts.")
    {
        CorpusCommand.Create(),
        SeriesCommand.Create(),
    };

    public static int Main(string[] args) => CreateRoot().Parse(args).Invoke();
}
