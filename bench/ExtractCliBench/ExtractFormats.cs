using System.Text.RegularExpressions;

namespace ExtractCliBench;

/// <summary>
/// The output formats <c>extract</c> accepts, read from its help (<c>--format &lt;csv|jsonl|sqlite&gt;</c>), so the bench
/// times parquet where the command line has it and says "not available" where it has not.
/// </summary>
internal static partial class ExtractFormats
{
    [GeneratedRegex(@"--format\s+<(?<formats>[^>]+)>")]
    private static partial Regex FormatOption();

    /// <summary>The formats listed, or null when the help could not be read (then every format is tried).</summary>
    public static async Task<IReadOnlySet<string>?> ReadAsync(CliCommand cli)
    {
        string help = Path.GetTempFileName();
        try
        {
            var run = await TimedProcess.RunAsync(cli, ["extract", "--help"], help, TimeSpan.FromMinutes(1));
            var match = FormatOption().Match(await File.ReadAllTextAsync(help));
            return run.Succeeded && match.Success ? match.Groups["formats"].Value.Split('|').ToHashSet(StringComparer.Ordinal) : null;
        }
        finally
        {
            File.Delete(help);
        }
    }
}
