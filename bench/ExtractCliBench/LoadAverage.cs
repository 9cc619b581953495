namespace ExtractCliBench;

/// <summary>The machine's load averages (1, 5, 15 min) from /proc/loadavg: numbers taken under load are not comparable.</summary>
internal static class LoadAverage
{
    public static string Now() =>
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "unknown";
}
