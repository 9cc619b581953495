using System.CommandLine;
using NewsFigures.Cli;

namespace NewsFigures.Cli.Tests;

/// <summary>Runs the real root command in-process and captures what it prints.</summary>
internal static class CliRun
{
    public static async Task<(int Exit, string Out, string Err)> Async(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var exit = await Program.RunAsync(args, new InvocationConfiguration { Output = output, Error = error });
        return (exit, output.ToString(), error.ToString());
    }
}

/// <summary>Notebook runs capture the process's Console: tests that run notebooks take turns.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class NotebookRuns
{
    public const string Name = "notebook runs";
}
