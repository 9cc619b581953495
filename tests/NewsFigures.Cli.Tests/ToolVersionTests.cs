using System.Reflection;
using System.Text.RegularExpressions;

namespace NewsFigures.Cli.Tests;

/// <summary>
/// The command line's version names the build (lib/NewsFigures.Cli/ToolVersion.targets), and the installed tool
/// `newsfigures` is this build: scripts/test.sh installs it before the tests, as scripts/report.sh does before a report.
/// </summary>
public sealed partial class ToolVersionTests
{
    private static readonly string Built =
        typeof(Program).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()!.InformationalVersion;

    [Fact]
    public async Task Version_prints_the_build_version_a_hash_of_what_it_is_built_from()
    {
        var (exit, output, _) = await CliRun.Async("--version");

        Assert.Equal(0, exit);
        Assert.Equal(Built, output.Trim());
        Assert.Matches(BuildVersion(), Built);
    }

    [Fact]
    public async Task The_installed_newsfigures_is_this_build_and_runs()
    {
        var version = await InstalledTool.RunAsync("--version")
            ?? throw new Xunit.Sdk.XunitException($"no newsfigures on PATH or in {InstalledTool.ToolsFolder}: run bash scripts/install-tool.sh");
        Assert.True(version.Exit == 0, $"newsfigures --version exited {version.Exit}: {version.Err}");
        Assert.True(version.Out.Trim() == Built,
            $"the installed newsfigures is {version.Out.Trim()}, this build is {Built}: run bash scripts/install-tool.sh");

        var help = (await InstalledTool.RunAsync("--help"))!.Value;
        Assert.Equal(0, help.Exit);
        Assert.Contains("render", help.Out, StringComparison.Ordinal);
    }

    [GeneratedRegex(@"^\d+\.\d+\.\d+-dev-[0-9a-f]{12}$")]
    private static partial Regex BuildVersion();
}
