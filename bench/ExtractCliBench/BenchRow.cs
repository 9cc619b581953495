using System.Globalization;

namespace ExtractCliBench;

/// <summary>One line of a corpus's table: a run of the command line (or a reason it was not run) and what it wrote.</summary>
internal sealed record BenchRow(string Run, ChildRun? Result, double? MegabytesPerSecond, string Output)
{
    public static BenchRow NotRun(string run, string reason) => new(run, null, null, reason);

    public string[] Cells()
    {
        var c = CultureInfo.InvariantCulture;
        if (Result is null) return [Run, "", "", "", "", Output];
        string Or(double? value, string format) => value is { } v ? v.ToString(format, c) : "?";
        string outcome = Result.Succeeded ? Output : $"**{Result.Outcome}**{(Output.Length > 0 ? "; " + Output : "")}";
        return [Run, Result.Wall.TotalSeconds.ToString("0.00", c), Or(Result.CpuSeconds, "0.00"), Or(Result.PeakRssMegabytes, "0"),
            Result.Succeeded && MegabytesPerSecond is { } speed ? speed.ToString("0.00", c) : "", outcome];
    }
}
