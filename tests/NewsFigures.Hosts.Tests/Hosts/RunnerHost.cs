namespace NewsFigures.Hosts.Tests.Hosts;

/// <summary>
/// Our runner as a user runs it: `dotnet NewsFigures.Cli.dll run NB.ipynb --out DIR`, one child process per notebook
/// (as it must: .NET Interactive's kernel in this process would echo the runner's displays), then the executed copy read.
/// </summary>
public sealed class RunnerHost
{
    public const string Name = "our runner";

    public async Task<HostRun> RunAsync(string notebook, CancellationToken cancellationToken = default)
    {
        if (!File.Exists(RepoFolders.Cli))
            throw new FileNotFoundException($"{RepoFolders.Cli} is missing: build the solution first (dotnet build NewsFigures.sln -c Release).");
        var outFolder = Directory.CreateTempSubdirectory("newsfigures-hosts-runner-").FullName;
        try
        {
            var run = await ChildProcess.RunAsync("dotnet", [RepoFolders.Cli, "run", notebook, "--out", outFolder], RepoFolders.Root,
                cancellationToken: cancellationToken);
            var executed = Path.Combine(outFolder, Path.GetFileName(notebook));
            if (!File.Exists(executed))
                throw new InvalidOperationException($"{Name} wrote no executed notebook for {notebook} (exit {run.ExitCode}):\n{run.Error}");
            return new HostRun(notebook, Name, ExecutedNotebook.Read(executed), run.WallTime);
        }
        finally
        {
            Directory.Delete(outFolder, recursive: true);
        }
    }
}
