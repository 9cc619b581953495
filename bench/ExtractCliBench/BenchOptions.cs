using System.Globalization;
using CorpusGen;

namespace ExtractCliBench;

/// <summary>The bench's command line; a bad argument is an <see cref="ArgumentException"/> naming it.</summary>
internal sealed record BenchOptions
{
    public const string Usage =
        "usage: ExtractCliBench [MB ...] [--cli \"COMMAND\"] [--runs N] [--cache DIR] [--timeout MIN] [--series-timeout MIN] [--series-all] [--keep]";

    /// <summary>series runs by default only on corpora this small: on larger ones today's command line takes many minutes.</summary>
    public const double SeriesDefaultMaxMegabytes = 20;

    public IReadOnlyList<double> Megabytes { get; init; } = [20];
    public string Cli { get; init; } = CliCommand.Installed;
    public string CacheRoot { get; init; } = GeneratorOptions.DefaultCacheRoot;
    public TimeSpan Timeout { get; init; } = TimeSpan.FromMinutes(15);
    public TimeSpan SeriesTimeout { get; init; } = TimeSpan.FromMinutes(10);
    public bool SeriesOnEveryCorpus { get; init; }
    public bool KeepOutputs { get; init; }

    /// <summary>Runs of each command; the row shows the one of median wall time (the machine is shared: one run can be unlucky).</summary>
    public int Runs { get; init; } = 1;

    public static BenchOptions Parse(string[] args)
    {
        var options = new BenchOptions();
        var sizes = new List<double>();
        for (int i = 0; i < args.Length; i++)
        {
            string name = args[i];
            string Value() => i + 1 < args.Length ? args[++i] : throw new ArgumentException($"{name} needs a value.");
            options = name switch
            {
                "--cli" => options with { Cli = Value() },
                "--cache" => options with { CacheRoot = Value() },
                "--timeout" => options with { Timeout = Minutes(name, Value()) },
                "--series-timeout" => options with { SeriesTimeout = Minutes(name, Value()) },
                "--series-all" => options with { SeriesOnEveryCorpus = true },
                "--keep" => options with { KeepOutputs = true },
                "--runs" => options with { Runs = int.TryParse(Value(), NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n is >= 1 and <= 99
                    ? n : throw new ArgumentException($"--runs takes a whole number from 1 to 99, not '{args[i]}'.") },
                _ when name.StartsWith('-') => throw new ArgumentException($"unknown option '{name}'."),
                _ => options,
            };
            if (!name.StartsWith('-'))
                sizes.Add(double.TryParse(name, NumberStyles.Float, CultureInfo.InvariantCulture, out var mb) && mb is > 0 and <= 8000
                    ? mb : throw new ArgumentException($"'{name}' is not a corpus size in MB (more than 0, at most 8000)."));
        }
        return sizes.Count == 0 ? options : options with { Megabytes = sizes };
    }

    public bool RunsSeriesOn(double megabytes) => SeriesOnEveryCorpus || megabytes <= SeriesDefaultMaxMegabytes;

    private static TimeSpan Minutes(string name, string value) =>
        double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var minutes) && minutes > 0 && minutes <= 24 * 60
            ? TimeSpan.FromMinutes(minutes) : throw new ArgumentException($"{name} takes minutes (a number above 0), not '{value}'.");
}
