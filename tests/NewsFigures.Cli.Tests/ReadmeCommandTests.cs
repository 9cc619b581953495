using System.Diagnostics;
using System.Text.RegularExpressions;

namespace NewsFigures.Cli.Tests;

/// <summary>
/// Every command the README shows works as written: each ```bash block runs as a user would paste it, from the
/// repository root, in a fresh bash (the test command itself excepted: it is what runs this), after the README's
/// set-up: the tool `newsfigures` installed (scripts/test.sh does it first) and its folder on PATH.
/// </summary>
public sealed partial class ReadmeCommandTests
{
    private const string TestCommand = "bash scripts/test.sh";

    public static TheoryData<string> Blocks() => new(Scripts());

    private static List<string> Scripts() =>
        BashBlock().Matches(File.ReadAllText(Path.Combine(RepoFolders.Root, "README.md")))
            .Select(m => string.Join('\n', m.Groups[1].Value.Split('\n').Where(l => !l.TrimStart().StartsWith(TestCommand, StringComparison.Ordinal))).Trim())
            .Where(script => script.Length > 0)
            .ToList();

    [Fact]
    public void The_readme_shows_commands_for_every_host_and_the_two_main_ones()
    {
        var scripts = Scripts();
        Assert.Contains(scripts, s => s.StartsWith("bash scripts/report.sh", StringComparison.Ordinal));
        Assert.Contains(scripts, s => s.Contains("jupyter nbconvert", StringComparison.Ordinal));
        Assert.Contains(scripts, s => s.StartsWith("bash scripts/install-tool.sh", StringComparison.Ordinal));
        Assert.Contains(scripts, s => s.Contains("newsfigures render notebooks", StringComparison.Ordinal));
        // Users call the installed tool by name, never the project or a path into its bin/.
        Assert.DoesNotContain(scripts, s => s.Contains("lib/NewsFigures.Cli", StringComparison.Ordinal));
        Assert.True(scripts.Count >= 6, $"only {scripts.Count} bash blocks found in the README");
        // bash -e does not stop at a failure on the left of &&, so a block written with it could fail unnoticed.
        Assert.DoesNotContain(scripts, s => s.Contains("&&", StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Blocks))]
    public async Task Runs_as_written(string script)
    {
        var start = new ProcessStartInfo("bash", ["-euo", "pipefail", "-c", script])
        {
            WorkingDirectory = RepoFolders.Root,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            Environment = { ["PATH"] = InstalledTool.SearchPath },
        };
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(10));
        await process.WaitForExitAsync(timeout.Token);

        Assert.True(process.ExitCode == 0, $"exit {process.ExitCode} from:\n{script}\n--- stderr (end) ---\n{Tail(await error)}\n--- stdout (end) ---\n{Tail(await output)}");
    }

    private static string Tail(string text) => text.Length <= 3000 ? text : "..." + text[^3000..];

    [GeneratedRegex(@"```bash\n(.*?)```", RegexOptions.Singleline)]
    private static partial Regex BashBlock();
}
