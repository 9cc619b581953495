using System.CommandLine;
using System.CommandLine.Invocation;
using System.Reflection;

namespace NewsFigures.Cli;

/// <summary>
/// <c>--version</c> prints this command line's version: a hash of what it was built from (ToolVersion.targets), the
/// version of the installed tool `newsfigures`. System.CommandLine's own action prints the entry assembly's, which is
/// another program's when the commands run inside one (the tests, a host).
/// </summary>
internal sealed class VersionAction : SynchronousCommandLineAction
{
    public static string Version { get; } =
        typeof(VersionAction).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "unknown";

    /// <summary>Gives the root command's version option this action.</summary>
    public static RootCommand AddTo(RootCommand root)
    {
        foreach (var option in root.Options.OfType<VersionOption>()) option.Action = new VersionAction();
        return root;
    }

    public override int Invoke(ParseResult parseResult)
    {
        parseResult.InvocationConfiguration.Output.WriteLine(Version);
        return 0;
    }
}
