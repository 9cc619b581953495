using CorpusGen;

// Usage: dotnet run -c Release --project bench/CorpusGen -- (--mb N | --files N) [--out DIR] [--seed N] [--reprint-every N]
// Writes (or finds cached) a deterministic corpus of news-like .txt files built from data/articles, with reprints.tsv.
if (args.Length == 0 || args is ["--help" or "-h"])
{
    Console.Error.WriteLine(GeneratorArguments.Usage);
    return args.Length == 0 ? 2 : 0;
}
try
{
    GeneratedCorpus.Ensure(GeneratorArguments.Parse(args), Console.Out);
    return 0;
}
catch (Exception e) when (e is ArgumentException or IOException or UnauthorizedAccessException or InvalidDataException or NewsFigures.CorpusLoadException)
{
    Console.Error.WriteLine($"error: {e.Message.ReplaceLineEndings(" ")}");
    return 2;
}
