using System.Globalization;

namespace ExtractCliBench;

/// <summary>
/// One timed run of the command line: wall time from start to exit (our clock), the child's CPU (user + system) and peak
/// resident memory as /usr/bin/time reports them, its exit code, and the last lines it wrote to stderr.
/// </summary>
internal sealed record ChildRun(
    IReadOnlyList<string> Arguments, TimeSpan Wall, double? CpuSeconds, long? PeakRssKilobytes, int ExitCode, bool TimedOut,
    IReadOnlyList<string> StderrTail)
{
    public bool Succeeded => !TimedOut && ExitCode == 0;

    public double? PeakRssMegabytes => PeakRssKilobytes * 1024 / 1e6;

    /// <summary>"exit 2", "timed out after 15 min", or "ok".</summary>
    public string Outcome => TimedOut ? $"timed out after {Duration(Wall)}" : ExitCode == 0 ? "ok" : $"exit {ExitCode}";

    private static string Duration(TimeSpan t) => t.TotalSeconds < 120
        ? string.Create(CultureInfo.InvariantCulture, $"{t.TotalSeconds:0.0} s")
        : string.Create(CultureInfo.InvariantCulture, $"{t.TotalMinutes:0.#} min");
}
