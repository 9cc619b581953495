using System.Globalization;

namespace CorpusGen;

/// <summary>What to generate: a size in MB (10^6 bytes) or a number of files, and the knobs that shape it.</summary>
public sealed record GeneratorOptions
{
    /// <summary>The folder the corpora are cached under when none is named.</summary>
    public const string DefaultCacheRoot = "/tmp/newsfigures-bench";

    /// <summary>Generate files until their UTF-8 bytes reach this many MB; or null when <see cref="Files"/> is given.</summary>
    public double? Megabytes { get; init; }

    /// <summary>Generate exactly this many files; or null when <see cref="Megabytes"/> is given.</summary>
    public int? Files { get; init; }

    /// <summary>The folder to write; by default <c>20mb</c> (or <c>40files</c>) under <see cref="CacheRoot"/>.</summary>
    public string? Folder { get; init; }

    public string CacheRoot { get; init; } = DefaultCacheRoot;

    /// <summary>The real articles the text is drawn from (data/articles).</summary>
    public required string Articles { get; init; }

    public ulong Seed { get; init; } = 2026;

    /// <summary>One reprint in every block of this many files, none in the first block (50: 2% of files).</summary>
    public int ReprintEvery { get; init; } = 50;

    /// <summary>The share of replaceable words replaced. One in five leaves 64% of a file's word 3-shingles as they are in
    /// the seeds (measured); two in five makes most of them (55%) new, as the duplicate finder would see real news.</summary>
    public double ReplaceShare { get; init; } = 0.4;

    public string ResolvedFolder => Folder ?? Path.Combine(CacheRoot, Megabytes is { } mb
        ? string.Create(CultureInfo.InvariantCulture, $"{mb:0.###}mb")
        : string.Create(CultureInfo.InvariantCulture, $"{Files}files"));

    /// <summary>One line naming everything that decides the bytes: a cached corpus with another recipe is rebuilt. Raise the
    /// generator's number ("corpusgen 1") with any change to the code that changes what it writes.</summary>
    internal string Recipe(string seedFingerprint) => string.Create(CultureInfo.InvariantCulture,
        $"corpusgen 1; {(Megabytes is { } mb ? $"mb {mb:R}" : $"files {Files}")}; seed {Seed}; reprint-every {ReprintEvery}; "
        + $"replace {ReplaceShare:R}; seeds {seedFingerprint}");

    internal void Validate()
    {
        if (Megabytes is null == Files is null) throw new ArgumentException("give either a size in MB or a number of files, not both.");
        if (Megabytes is <= 0 or > 8_000) throw new ArgumentException("the size must be more than 0 and at most 8000 MB (file names have six digits).");
        if (Files is <= 0 or > 999_999) throw new ArgumentException("the number of files must be 1 to 999999.");
        if (ReprintEvery < 2) throw new ArgumentException("--reprint-every must be 2 or more.");
        if (ReplaceShare is < 0 or > 1) throw new ArgumentException("--replace must be a share between 0 and 1.");
        if (!Directory.Exists(Articles)) throw new ArgumentException($"{Articles}: no such folder of seed articles.");
    }
}
