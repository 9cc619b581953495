using NewsFigures.Charts;
using NewsFigures.Notebooks;

namespace NewsFigures.Cli.Notebooks;

/// <summary>
/// What notebooks run by the command line get: the domain libraries without #r (a notebook's own #r of the same
/// DLLs reuses them), their namespaces, and papermill-style parameters.
/// </summary>
internal static class NotebookSetup
{
    public static RunOptions RunOptions(IReadOnlyDictionary<string, string> parameters, TimeSpan cellTimeout, bool allowErrors,
        IProgress<NotebookProgress> progress) => new()
    {
        CellTimeout = cellTimeout,
        AllowErrors = allowErrors,
        Parameters = parameters,
        References = [typeof(Corpus).Assembly, typeof(ChartSpec).Assembly, typeof(Microsoft.Data.Analysis.DataFrame).Assembly],
        Imports = ["NewsFigures", "NewsFigures.Charts", "Microsoft.Data.Analysis"],
        Progress = progress,
    };

    /// <summary>Everything a notebook's results depend on besides its own source: the libraries, and any parameter
    /// that names an existing file or folder (the corpus). A change to any of them re-executes.</summary>
    public static IReadOnlyList<string> CacheInputs(IReadOnlyDictionary<string, string> parameters) =>
        new[] { typeof(Corpus).Assembly.Location, typeof(ChartSpec).Assembly.Location }
            .Concat(parameters.Values.Where(v => File.Exists(v) || Directory.Exists(v)))
            .ToList();
}
