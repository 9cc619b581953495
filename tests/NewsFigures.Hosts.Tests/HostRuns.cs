using NewsFigures.Hosts.Tests.Kernel;

namespace NewsFigures.Hosts.Tests;

/// <summary>
/// Every notebook run once under each host, for all the tests of a class. The three hosts start together, each running
/// its notebooks one after another (nbconvert all of them in one call); a test waits only for the runs it compares.
/// When the tests are done, the wall time of each notebook under each host goes to TestResults/host-wall-times.md.
/// </summary>
public sealed class HostRuns : IDisposable
{
    public static readonly string[] Hosts = [PolyglotHost.Name, RunnerHost.Name, JupyterToolHost.Name];

    private readonly CancellationTokenSource stop = new();
    private readonly Dictionary<string, IReadOnlyDictionary<string, Task<HostRun>>> runs;

    public HostRuns()
    {
        var tool = Task.Run(() => new JupyterToolHost().RunAsync(NotebookSet.UnderTheTool.Select(NotebookSet.PathOf).ToList(), stop.Token));
        runs = new()
        {
            [PolyglotHost.Name] = OneAfterAnother(key => new PolyglotHost().RunAsync(NotebookSet.PathOf(key))),
            [RunnerHost.Name] = OneAfterAnother(key => new RunnerHost().RunAsync(NotebookSet.PathOf(key), stop.Token)),
            [JupyterToolHost.Name] = NotebookSet.UnderTheTool.Select((key, i) => (key, run: Nth(tool, i))).ToDictionary(p => p.key, p => p.run),
        };
    }

    /// <summary>The notebook as the host ran it; a host that could not run it at all throws here, in the test that asks.</summary>
    public Task<HostRun> Of(string host, string key) => runs[host][key];

    public void Dispose()
    {
        stop.Cancel();
        try
        {
            Task.WaitAll(runs.Values.SelectMany(r => r.Values).ToArray<Task>(), TimeSpan.FromSeconds(30));
        }
        catch (AggregateException) { } // failures were reported by the tests that awaited them
        WallTimes.Write(Path.Combine(RepoFolders.TestResults, "host-wall-times.md"), Hosts, NotebookSet.All,
            (host, key) => runs[host].TryGetValue(key, out var run) && run.IsCompletedSuccessfully ? run.Result.WallTime : null);
        stop.Dispose();
    }

    private Dictionary<string, Task<HostRun>> OneAfterAnother(Func<string, Task<HostRun>> run)
    {
        var all = new Dictionary<string, Task<HostRun>>();
        Task previous = Task.CompletedTask;
        foreach (var key in NotebookSet.All) previous = all[key] = After(previous, () => run(key));
        return all;
    }

    private async Task<HostRun> After(Task previous, Func<Task<HostRun>> run)
    {
        await previous.ContinueWith(_ => { }, TaskScheduler.Default);
        stop.Token.ThrowIfCancellationRequested();
        return await Task.Run(run);
    }

    private static async Task<HostRun> Nth(Task<IReadOnlyList<HostRun>> all, int index) => (await all)[index];
}
