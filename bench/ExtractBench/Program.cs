using System.Globalization;
using ExtractBench;
using NewsFigures;

// Usage: dotnet run -c Release --project bench/ExtractBench [corpus MB, default 20] [peer slice MB, default 1] [runs, default 3]
// Prints MB/s on one core and on all cores and bytes allocated per MB, for FigureExtractor over a synthetic corpus built
// from data/articles, and for Microsoft.Recognizers.Text over the first slice of the same corpus; then the ratio.
var culture = CultureInfo.InvariantCulture;
double corpusMb = args.Length > 0 ? double.Parse(args[0], culture) : 20;
double peerMb = args.Length > 1 ? double.Parse(args[1], culture) : 1;
int runs = args.Length > 2 ? int.Parse(args[2], culture) : 3;

var texts = SyntheticCorpus.Build(FindArticles(), (long)(corpusMb * 1e6));
Console.WriteLine(string.Create(culture,
    $"synthetic corpus: {texts.Count:N0} texts, {texts.Sum(t => (long)t.Utf8Bytes) / 1e6:F1} MB (UTF-8) from data/articles; "
    + $"{Environment.ProcessorCount} cores; best of {runs} runs"));

var extractor = new FigureExtractor();
int Extract(BenchText text) => extractor.Extract(text.Text, text.Context).Count;

Throughput.OneCore("warm-up", SyntheticCorpus.Slice(texts, 2_000_000), Extract);
var oneCore = Throughput.Best(runs, () => Throughput.OneCore("FigureExtractor, one core", texts, Extract));
Console.WriteLine(oneCore);
var allCores = Throughput.Best(runs, () => Throughput.AllCores($"FigureExtractor, all {Environment.ProcessorCount} cores", texts, Extract));
Console.WriteLine(allCores);
Console.WriteLine(string.Create(culture, $"scaling: {allCores.MegabytesPerSecond / oneCore.MegabytesPerSecond:F2}x on {Environment.ProcessorCount} cores"));

if (!Peer.Available)
{
    Console.WriteLine($"{Peer.Name}: not measured (built with -p:WithRecognizers=false).");
    return;
}
var slice = SyntheticCorpus.Slice(texts, (long)(peerMb * 1e6));
var peer = new Peer();
Throughput.OneCore("warm-up", SyntheticCorpus.Slice(texts, 50_000), peer.Read);
var peerOneCore = Throughput.OneCore($"{Peer.Name}, one core", slice, peer.Read);
Console.WriteLine(peerOneCore);
var sameSlice = Throughput.Best(runs, () => Throughput.OneCore("FigureExtractor, one core, same slice", slice, Extract));
Console.WriteLine(sameSlice);
Console.WriteLine(string.Create(culture,
    $"ratio, one core: FigureExtractor reads {oneCore.MegabytesPerSecond / peerOneCore.MegabytesPerSecond:F0}x faster "
    + $"(same slice: {sameSlice.MegabytesPerSecond / peerOneCore.MegabytesPerSecond:F0}x) and allocates "
    + $"{peerOneCore.AllocatedPerMegabyte / oneCore.AllocatedPerMegabyte:F0}x less per MB"));

static string FindArticles()
{
    foreach (var start in new[] { Environment.CurrentDirectory, AppContext.BaseDirectory })
        for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
        {
            var articles = Path.Combine(dir.FullName, "data", "articles");
            if (Directory.Exists(articles)) return articles;
        }
    throw new DirectoryNotFoundException($"no data/articles above {Environment.CurrentDirectory} or {AppContext.BaseDirectory}");
}
