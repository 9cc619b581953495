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

        var command = new Command("corpus", "List the pieces of every article: file, piece, title, byline, section, date, date_from (csv, jsonl: catalog, or the text line that states it), characters, duplicate_of.")
        {
            path, format, strict,
        };
        command.SetAction(result => CommandFailure.Guard(result, () =>
        {
            var error = result.InvocationConfiguration.Error;
            var progress = CorpusProgressLine.ForTerminal(error);
            var corpus = Corpus.Stream(result.GetValue(path)!, new CorpusLoadOptions { Strict = result.GetValue(strict), Progress = progress });
            int articles = 0, pieces = 0, distinct = 0;
            // Rows are handed on as files are read: a listing of a large corpus starts at once and holds no article.
            var rows = corpus.SelectMany(article =>
            {
                articles++;
                pieces += article.Pieces.Count;
                distinct += article.Pieces.Count(p => p.DuplicateOf is null);
                return article.Pieces.Select(PieceRow.From);
            });
            var output = result.InvocationConfiguration.Output;
            try
            {
                switch (result.GetValue(format))
                {
                    case "jsonl": PieceRowWriters.WriteJsonLines(rows, output); break;
                    case "csv": PieceRowWriters.WriteCsv(rows, output); break;
                    default: PieceRowWriters.WriteTable(rows.ToList(), output); break;
                }
            }
            finally
            {
                progress?.Finish();
            }
            foreach (var problem in corpus.Problems)
                error.WriteLine($"warning: skipped {problem}");
            if (result.GetValue(format) == "table")
                output.Write(Summary(articles, pieces, distinct, corpus.Problems.Count));
            return 0;
        }));
        return command;
    }

    private static string Summary(int articles, int pieces, int distinct, int problems)
    {
        string skipped = problems == 0 ? "" : $", {Count(problems, "problem")} reported on stderr";
        return $"\n{Count(articles, "article")}, {Count(pieces, "piece")} ({distinct} distinct){skipped}\n";
    }

    private static string Count(int n, string noun) => n == 1 ? $"1 {noun}" : $"{n} {noun}s";
}
