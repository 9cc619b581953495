using NewsFigures.Charts;
using NewsFigures.Notebooks;

namespace NewsFigures.Cli.Notebooks;

/// <summary>
/// What notebooks run by the command line get: the project's libraries, provided by this host (a notebook's own #r of
/// them reuses these, wherever the notebook is), and papermill-style parameters. No namespace is imported beyond .NET
/// Interactive's defaults, so a notebook that runs here runs there.
/// </summary>
internal static class NotebookSetup
{
    public static RunOptions RunOptions(IReadOnlyDictionary<string, string> parameters, TimeSpan cellTimeout, bool allowErrors,
        IProgress<NotebookProgress>? progress) => new()
    {
        CellTimeout = cellTimeout,
        AllowErrors = allowErrors,
        Parameters = parameters,
        References = [typeof(Corpus).Assembly, typeof(ChartSpec).Assembly, typeof(Microsoft.Data.Analysis.DataFrame).Assembly,
            typeof(Microsoft.Data.Sqlite.SqliteConnection).Assembly],
        Progress = progress,
    };

    /// <summary>What a notebook's results depend on besides its source and the files its parameters name (which the
    /// cache finds itself): the libraries, and the corpus the site publishes. A change to any of them re-executes.</summary>
    public static IReadOnlyList<string> CacheInputs(string? corpus) =>
        new[] { typeof(Corpus).Assembly.Location, typeof(ChartSpec).Assembly.Location }
            .Concat(corpus is null ? [] : [Path.GetFullPath(corpus)])
            .ToList();
}
