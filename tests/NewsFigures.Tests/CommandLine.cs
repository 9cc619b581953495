using System.CommandLine;
using NewsFigures.Cli;

namespace NewsFigures.Tests;

/// <summary>Runs the real command line in-process, as a user would from a shell, capturing stdout and stderr.</summary>
internal static class CommandLine
{
    public static (int Exit, string Out, string Err) Run(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        int exit = Program.RunAsync(args, new InvocationConfiguration { Output = output, Error = error }).GetAwaiter().GetResult();
        return (exit, output.ToString(), error.ToString().ReplaceLineEndings("\n"));
    }
}
