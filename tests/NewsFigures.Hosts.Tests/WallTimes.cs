using System.Globalization;

namespace NewsFigures.Hosts.Tests;

/// <summary>A table of seconds per notebook and host, as the tests measured them (hosts running side by side: for
/// numbers to compare, see bench/hosts.sh).</summary>
public static class WallTimes
{
    public static string Table(IReadOnlyList<string> hosts, IEnumerable<string> notebooks, Func<string, string, TimeSpan?> time)
    {
        var lines = new List<string>
        {
            "| notebook | " + string.Join(" | ", hosts) + " |",
            "|---|" + string.Concat(hosts.Select(_ => "---:|")),
        };
        lines.AddRange(notebooks.Select(key =>
            $"| {key} | " + string.Join(" | ", hosts.Select(host => time(host, key) is { } t
                ? t.TotalSeconds.ToString("0.0", CultureInfo.InvariantCulture) + " s" : "-")) + " |"));
        return string.Join('\n', lines) + "\n";
    }

    public static void Write(string path, IReadOnlyList<string> hosts, IEnumerable<string> notebooks, Func<string, string, TimeSpan?> time)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, "# Wall time per notebook and host, seconds (hosts ran side by side)\n\n" + Table(hosts, notebooks, time));
    }
}
