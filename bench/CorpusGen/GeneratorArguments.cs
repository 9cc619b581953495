using System.Globalization;

namespace CorpusGen;

/// <summary>Reads the generator's command line into options; a bad argument is an <see cref="ArgumentException"/> naming it.</summary>
internal static class GeneratorArguments
{
    public const string Usage =
        "usage: CorpusGen (--mb N | --files N) [--out DIR] [--seed N] [--reprint-every N] [--replace SHARE] [--articles DIR]";

    public static GeneratorOptions Parse(string[] args)
    {
        double? mb = null;
        int? files = null;
        string? folder = null, articles = null;
        var defaults = new GeneratorOptions { Articles = "" };
        ulong seed = defaults.Seed;
        int every = defaults.ReprintEvery;
        double replace = defaults.ReplaceShare;
        for (int i = 0; i < args.Length; i++)
        {
            string name = args[i];
            string Value() => i + 1 < args.Length ? args[++i] : throw new ArgumentException($"{name} needs a value.");
            switch (name)
            {
                case "--mb": mb = Number(name, Value()); break;
                case "--files": files = (int)Whole(name, Value()); break;
                case "--out": folder = Value(); break;
                case "--seed": seed = Whole(name, Value()); break;
                case "--reprint-every": every = (int)Whole(name, Value()); break;
                case "--replace": replace = Number(name, Value()); break;
                case "--articles": articles = Value(); break;
                default: throw new ArgumentException($"unknown argument '{name}'.");
            }
        }
        return new GeneratorOptions
        {
            Megabytes = mb,
            Files = files,
            Folder = folder,
            Articles = articles ?? RepositoryPaths.Articles(),
            Seed = seed,
            ReprintEvery = every,
            ReplaceShare = replace,
        };
    }

    private static double Number(string name, string value) =>
        double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var n) && double.IsFinite(n)
            ? n : throw new ArgumentException($"{name} takes a number, not '{value}'.");

    private static ulong Whole(string name, string value) =>
        ulong.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n <= int.MaxValue
            ? n : throw new ArgumentException($"{name} takes a whole number, not '{value}'.");
}
