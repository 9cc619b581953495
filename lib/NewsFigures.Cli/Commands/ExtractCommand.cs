using System.CommandLine;
using NewsFigures.Cli.Output;

namespace NewsFigures.Cli.Commands;

/// <summary>
/// <c>extract &lt;path&gt; [--format jsonl|csv|sqlite|parquet] [--out FILE] [--strict] [--shard i/n] [--rules]</c>: every figure the
/// articles state, written as it is found (files are read and searched on every core, written in file order).
/// </summary>
internal static class ExtractCommand
{
    private static readonly Dictionary<string, FigureFormat> Formats = new()
    {
        ["jsonl"] = FigureFormat.JsonLines,
        ["csv"] = FigureFormat.Csv,
        ["sqlite"] = FigureFormat.Sqlite,
        ["parquet"] = FigureFormat.Parquet,
    };

    public static Command Create()
    {
        var path = new Argument<string>("path") { Description = "A folder of .txt articles, or one .txt file." };
        var format = new Option<string>("--format") { Description = "Output format.", DefaultValueFactory = _ => "jsonl" };
        format.AcceptOnlyFromAmong([.. Formats.Keys]);
        var output = new Option<string?>("--out")
        {
            Description = "Write to this file instead of stdout (built beside it, then renamed into place); needed for sqlite and parquet.",
        };
        var strict = new Option<bool>("--strict") { Description = "Stop at the first bad file instead of skipping it." };
        var shard = new Option<string?>("--shard")
        {
            Description = "Only part i of n of the folder's files (e.g. 2/4), chosen by file name: n workers extract a corpus together.",
        };

        var rules = new Option<bool>("--rules")
        {
            Description = "Also write the rule that decided each figure's metric, attribution, period and kind (jsonl and csv).",
        };

        var command = new Command("extract",
            "Find every figure the articles state, with value, unit, qualifier, kind, metric, period, source, sentence and span.")
        {
            path, format, output, strict, shard, rules,
        };
        command.SetAction(result => CommandFailure.Guard(result, () =>
        {
            var to = result.GetValue(output);
            var chosen = result.GetValue(format)!;
            if (to is null && chosen is "sqlite" or "parquet")
                return CommandFailure.Report(result, $"--format {chosen} writes a {(chosen == "sqlite" ? "database" : "Parquet")} file: name it with --out FILE.");
            bool withRules = result.GetValue(rules);
            if (withRules && chosen is "sqlite" or "parquet")
                return CommandFailure.Report(result, $"--rules writes the deciding rules as text: use --format jsonl or csv, not {chosen}.");
            if (to is not null && OutputProblem(to) is { } problem)
                return CommandFailure.Report(result, $"{to}: {problem}");
            var part = result.GetValue(shard) is { } text ? ParseShard(text) : null;
            var options = new CorpusLoadOptions { Strict = result.GetValue(strict), Shard = part };
            return Extract(result, result.GetValue(path)!, Formats[chosen], withRules, to, options);
        }));
        return command;
    }

    private static int Extract(ParseResult result, string path, FigureFormat format, bool withRules, string? to, CorpusLoadOptions options)
    {
        var error = result.InvocationConfiguration.Error;
        var progress = CorpusProgressLine.ForTerminal(error);
        var corpus = Corpus.Stream(path, options with { Progress = progress });
        int warned = 0, files = 0, pieces = 0;
        void Warn()
        {
            if (warned == corpus.Problems.Count) return;
            progress?.Finish();
            for (; warned < corpus.Problems.Count; warned++) error.WriteLine($"warning: skipped {corpus.Problems[warned]}");
        }

        FigureWriter writer;
        try
        {
            writer = to is null
                ? FigureWriter.Create(format, result.InvocationConfiguration.Output, withRules)
                : FigureWriter.ToFile(format, to, withRules);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return CommandFailure.Report(result, $"{to}: cannot be written ({e.Message})");
        }
        using (writer)
        {
            try
            {
                foreach (var article in corpus.WithFigures())
                {
                    Warn();
                    writer.Write(article);
                    files++;
                    pieces += article.Article.Pieces.Count;
                }
                Warn();
                writer.Complete();
            }
            catch (Exception e) when (to is not null && e is IOException or UnauthorizedAccessException)
            {
                progress?.Finish();
                return CommandFailure.Report(result, $"{to}: cannot be written ({e.Message})");
            }
            finally
            {
                progress?.Finish();
            }
        }
        if (to is not null)
            error.WriteLine($"{writer.Figures} figure{(writer.Figures == 1 ? "" : "s")} from {files} file{(files == 1 ? "" : "s")} "
                + $"({pieces} piece{(pieces == 1 ? "" : "s")}) written to {to}");
        return 0;
    }

    private static CorpusShard ParseShard(string text)
    {
        try
        {
            return CorpusShard.Parse(text);
        }
        catch (FormatException e)
        {
            throw new UsageException($"--shard: {e.Message}");
        }
    }

    private static string? OutputProblem(string file)
    {
        if (Directory.Exists(file)) return "is a folder; --out names the file to write.";
        var folder = Path.GetDirectoryName(Path.GetFullPath(file));
        return folder is null || Directory.Exists(folder) ? null : $"folder {folder} does not exist.";
    }
}
