using System.CommandLine;
using NewsFigures.Cli.Output;

namespace NewsFigures.Cli.Commands;

/// <summary><c>corpus &lt;path&gt; [--format table|jsonl|csv] [--strict]</c>: lists the pieces found in the articles.</summary>
internal static class CorpusCommand
{
    public static Command Create()
    {
        var path = new Argument<string>("path") { Description = "A folder of .txt articles, or one .txt file." };
        var format = new Option<string>("--format") { Description = "Output format.", DefaultValueFactory = _ => "table" };
        format.AcceptOnlyFromAmong("table", "jsonl", "csv");
        var strict = new Option<bool>("--strict") { Description = "Stop at the first bad file instead of skipping it." };

        var command = new Command("corpus", "List the pieces of every article: file, piece, title, byline, section, date, characters, duplicate_of.")
        {
            path, format, strict,
        };
        command.SetAction(result => CommandFailure.Guard(result, () =>
        {
            var corpus = Corpus.Load(result.GetValue(path)!, new CorpusLoadOptions { Strict = result.GetValue(strict) });
            var error = result.InvocationConfiguration.Error;
            foreach (var problem in corpus.Problems)
                error.WriteLine($"warning: skipped {problem}");

            var rows = corpus.Pieces.Select(PieceRow.From).ToList();
            var output = result.InvocationConfiguration.Output;
            switch (result.GetValue(format))
            {
                case "jsonl": PieceRowWriters.WriteJsonLines(rows, output); break;
                case "csv": PieceRowWriters.WriteCsv(rows, output); break;
                default:
                    PieceRowWriters.WriteTable(rows, output);
                    output.Write(Summary(corpus));
                    break;
            }
            return 0;
        }));
        return command;
    }

    private static string Summary(Corpus corpus)
    {
        int pieces = corpus.Pieces.Count(), distinct = corpus.DistinctPieces.Count();
        string skipped = corpus.Problems.Count == 0 ? "" : $", {Count(corpus.Problems.Count, "problem")} reported on stderr";
        return $"\n{Count(corpus.Articles.Count, "article")}, {Count(pieces, "piece")} ({distinct} distinct){skipped}\n";
    }

    private static string Count(int n, string noun) => n == 1 ? $"1 {noun}" : $"{n} {noun}s";
}
