using System.Diagnostics;
using DuplicateBench;
using NewsFigures;

// Prints how the sampled duplicate index agrees with the exact comparison on a corpus folder: links both make, links
// only one makes (with their exact overlap), and the time of each. With reprints.tsv in the folder (bench/CorpusGen),
// also the planted reprints found.
if (args.Length != 1 || !Directory.Exists(args[0]))
{
    Console.Error.WriteLine("usage: dotnet run -c Release --project bench/DuplicateBench -- FOLDER");
    return 2;
}
var folder = args[0];
var clock = Stopwatch.StartNew();
var corpus = Corpus.Load(folder);
var loaded = clock.Elapsed;
var pieces = corpus.Pieces.ToList();
var sampled = pieces.Select(p => p.DuplicateOf is { } l ? $"{l.FileName}#{l.PieceNumber}" : null).ToList();
clock.Restart();
var exact = ExactOverlap.Links(corpus);
var exactTime = clock.Elapsed;

int both = 0;
var onlySampled = new List<string>();
var onlyExact = new List<string>();
for (int i = 0; i < pieces.Count; i++)
{
    var name = $"{pieces[i].FileName}#{pieces[i].Number}";
    if (sampled[i] == exact[i]) { if (sampled[i] is not null) both++; continue; }
    if (sampled[i] is not null) onlySampled.Add($"{name} -> {sampled[i]} (sampled {pieces[i].DuplicateOf!.Similarity:0.000})");
    if (exact[i] is not null) onlyExact.Add($"{name} -> {exact[i]}");
}
Console.WriteLine($"{corpus}; load with the sampled index {loaded.TotalSeconds:0.00} s, exact comparison {exactTime.TotalSeconds:0.00} s");
Console.WriteLine($"links: {both} made by both, {onlySampled.Count} only by the sampled index, {onlyExact.Count} only by the exact comparison");
foreach (var line in onlySampled) Console.WriteLine($"  only sampled: {line}");
foreach (var line in onlyExact) Console.WriteLine($"  only exact:   {line}");

var planted = Path.Combine(folder, "reprints.tsv");
if (File.Exists(planted))
{
    var rows = File.ReadLines(planted).Skip(1).Select(l => l.Split('\t')).Where(r => r.Length >= 2).ToList();
    var linkedTo = pieces.Where(p => p.DuplicateOf is not null).ToLookup(p => p.FileName, p => p.DuplicateOf!.FileName);
    int found = rows.Count(r => linkedTo[r[0]].Contains(r[1]));
    Console.WriteLine($"planted reprints: {rows.Count}, found {found}");
    foreach (var r in rows.Where(r => !linkedTo[r[0]].Contains(r[1]))) Console.WriteLine($"  missed: {r[0]} -> {r[1]} ({string.Join(' ', r.Skip(2))})");
}
return 0;
