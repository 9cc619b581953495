using System.Diagnostics;
using System.Globalization;
using System.Text;

namespace CorpusGen;

/// <summary>
/// Writes a generated corpus into its folder, or finds it there already. The marker file <c>corpus.ok</c> is written
/// last and names the recipe (arguments and seed fingerprint): a folder without it, or with another recipe, is
/// rebuilt. Besides the <c>NNNNNN_xxxxxxxx.txt</c> files the folder holds <c>reprints.tsv</c> (reprint, original,
/// kind); neither is a .txt file, so the corpus loader reads only the articles.
/// </summary>
public static class GeneratedCorpus
{
    public const string MarkerFile = "corpus.ok";
    public const string ReprintsFile = "reprints.tsv";
    private const string FilePattern = "??????_????????.txt";
    private const int NoveltySampleFiles = 500;

    public static CorpusSummary Ensure(GeneratorOptions options, TextWriter log)
    {
        options.Validate();
        var clock = Stopwatch.StartNew();
        var seeds = SeedText.Load(options.Articles);
        string folder = options.ResolvedFolder, recipe = options.Recipe(seeds.Fingerprint);
        if (ReadMarker(folder, recipe) is { } cached)
        {
            var summary = new CorpusSummary(folder, cached.Files, cached.Bytes, ReadReprints(folder), clock.Elapsed, FromCache: true);
            log.WriteLine($"corpus {folder}: {Describe(summary)}; cached (generated earlier with the same recipe)");
            return summary;
        }
        return Write(options, seeds, folder, recipe, clock, log);
    }

    public static string FileName(ulong seed, int index) =>
        string.Create(CultureInfo.InvariantCulture, $"{index + 1:D6}_{SeededRandom.For(seed, Streams.FileName, index).Next() >> 32:x8}.txt");

    private static CorpusSummary Write(GeneratorOptions options, SeedText seeds, string folder, string recipe, Stopwatch clock, TextWriter log)
    {
        Directory.CreateDirectory(folder);
        Clear(folder);
        var plan = new ReprintPlan(options.Seed, options.ReprintEvery);
        var composer = new ArticleComposer(seeds, plan, options.Seed, options.ReplaceShare);
        var novelty = new ShingleNovelty(seeds.Pieces.SelectMany(p => p));
        var reprints = new List<PlantedReprint>();
        long target = options.Megabytes is { } mb ? (long)(mb * 1e6) : long.MaxValue;
        int limit = options.Files ?? 999_999, files = 0;
        long bytes = 0, paragraphs = 0;
        for (; files < limit && bytes < target; files++)
        {
            var article = composer.Compose(files);
            var text = article.ToText();
            var utf8 = Encoding.UTF8.GetBytes(text);
            File.WriteAllBytes(Path.Combine(folder, FileName(options.Seed, files)), utf8);
            bytes += utf8.Length;
            paragraphs += article.Paragraphs.Count;
            if (plan.For(files) is { } reprint)
                reprints.Add(new PlantedReprint(FileName(options.Seed, files), FileName(options.Seed, reprint.Original), reprint.Kind));
            else if (files < NoveltySampleFiles)
                novelty.Add(string.Join("\n\n", article.Paragraphs));
        }
        if (bytes < target && options.Megabytes is not null)
            throw new InvalidOperationException($"{folder}: stopped at {files} files, {bytes / 1e6:0.0} MB: file names have six digits.");

        File.WriteAllLines(Path.Combine(folder, ReprintsFile),
            reprints.Select(r => $"{r.Reprint}\t{r.Original}\t{r.Kind.Name()}").Prepend("reprint\toriginal\tkind"));
        File.WriteAllText(Path.Combine(folder, MarkerFile), string.Create(CultureInfo.InvariantCulture, $"{recipe}\nfiles {files}\nbytes {bytes}\n"));

        var summary = new CorpusSummary(folder, files, bytes, reprints, clock.Elapsed, FromCache: false);
        log.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"corpus {folder}: {Describe(summary)}; {(double)paragraphs / files:0.0} paragraphs per file; "
            + $"{novelty.NewShare:P0} of the word 3-shingles of the first originals are not in the seeds; generated in {clock.Elapsed.TotalSeconds:0.0} s"));
        return summary;
    }

    private static string Describe(CorpusSummary s)
    {
        string kinds = string.Join(", ", Enum.GetValues<ReprintKind>().Select(k => $"{s.Reprints.Count(r => r.Kind == k)} {k.Name()}"));
        return string.Create(CultureInfo.InvariantCulture, $"{s.Files:N0} files, {s.Megabytes:0.0} MB, {s.Reprints.Count} planted reprints ({kinds})");
    }

    /// <summary>Removes what an earlier generation left (marker first, so a crash mid-way never looks complete); only
    /// files this generator writes, never anything else in a folder the user named.</summary>
    private static void Clear(string folder)
    {
        File.Delete(Path.Combine(folder, MarkerFile));
        foreach (var file in Directory.EnumerateFiles(folder, FilePattern)) File.Delete(file);
        File.Delete(Path.Combine(folder, ReprintsFile));
    }

    private static (int Files, long Bytes)? ReadMarker(string folder, string recipe)
    {
        var path = Path.Combine(folder, MarkerFile);
        if (!File.Exists(path)) return null;
        var lines = File.ReadAllLines(path);
        if (lines.Length < 3 || lines[0] != recipe) return null;
        return (int.Parse(lines[1]["files ".Length..], CultureInfo.InvariantCulture), long.Parse(lines[2]["bytes ".Length..], CultureInfo.InvariantCulture));
    }

    /// <summary>The planted reprints listed in a corpus folder's reprints.tsv.</summary>
    public static IReadOnlyList<PlantedReprint> ReadReprints(string folder) =>
        File.ReadLines(Path.Combine(folder, ReprintsFile)).Skip(1)
            .Select(line => line.Split('\t'))
            .Select(f => new PlantedReprint(f[0], f[1], Enum.GetValues<ReprintKind>().Single(k => k.Name() == f[2])))
            .ToList();
}
