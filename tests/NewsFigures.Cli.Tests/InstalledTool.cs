using System.Diagnostics;

namespace NewsFigures.Cli.Tests;

/// <summary>The installed .NET tool `newsfigures` (scripts/install-tool.sh), found as a user's shell finds it after the
/// README's set-up: on PATH, with the .NET tools folder appended.</summary>
internal static class InstalledTool
{
    public static string ToolsFolder { get; } =
        Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".dotnet", "tools");

    public static string SearchPath { get; } = $"{Environment.GetEnvironmentVariable("PATH")}{Path.PathSeparator}{ToolsFolder}";

    /// <summary>Runs the installed tool from the repository root; null when no `newsfigures` is found.</summary>
    public static async Task<(int Exit, string Out, string Err)?> RunAsync(params string[] args)
    {
        var executable = SearchPath.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(folder => Path.Combine(folder, "newsfigures"))
            .FirstOrDefault(File.Exists);
        if (executable is null) return null;
        var start = new ProcessStartInfo(executable, args)
        {
            WorkingDirectory = RepoFolders.Root,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(1));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await output, await error);
    }
}
