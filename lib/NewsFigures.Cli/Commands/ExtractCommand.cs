using System.CommandLine;

namespace NewsFigures.Cli.Commands;

/// <summary><c>extract &lt;path&gt; [--format jsonl|csv|sqlite] [--out FILE] [--strict]</c>: every figure the articles state.</summary>
internal static class ExtractCommand
{
    public static Command Create()
    {
        var path = new Argument<string>("path") { Description = "A folder of .txt articles, or one .txt file." };
        var format = new Option<string>("--format") { Description = "Output format.", DefaultValueFactory = _ => "jsonl" };
        format.AcceptOnlyFromAmong("jsonl", "csv", "sqlite");
        var output = new Option<string?>("--out")
        {
            Description = "Write to this file instead of stdout (built beside it, then renamed into place); needed for sqlite.",
        };
        var strict = new Option<bool>("--strict") { Description = "Stop at the first bad file instead of skipping it." };

        var command = new Command("extract",
            "Find every figure the articles state, with value, unit, qualifier, kind, metric, period, source, sentence and span.")
        {
            path, format, output, strict,
        };
        command.SetAction(result => CommandFailure.Guard(result, () =>
        {
            var to = result.GetValue(output);
            var chosen = result.GetValue(format)!;
            if (to is null && chosen == "sqlite")
                return CommandFailure.Report(result, "--format sqlite writes a database file: name it with --out FILE.");
            if (to is not null && OutputProblem(to) is { } problem)
                return CommandFailure.Report(result, $"{to}: {problem}");

            var corpus = Corpus.Load(result.GetValue(path)!, new CorpusLoadOptions { Strict = result.GetValue(strict) });
            var error = result.InvocationConfiguration.Error;
            foreach (var skipped in corpus.Problems)
                error.WriteLine($"warning: skipped {skipped}");
            var figures = corpus.Figures();

            if (to is null)
            {
                var stdout = result.InvocationConfiguration.Output;
                if (chosen == "csv") figures.WriteCsv(stdout); else figures.WriteJsonLines(stdout);
                return 0;
            }
            try
            {
                switch (chosen)
                {
                    case "sqlite": figures.WriteSqlite(to); break;
                    case "csv": figures.WriteCsv(to); break;
                    default: figures.WriteJsonLines(to); break;
                }
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                return CommandFailure.Report(result, $"{to}: cannot be written ({e.Message})");
            }
            error.WriteLine($"{figures} written to {to}");
            return 0;
        }));
        return command;
    }

    private static string? OutputProblem(string file)
    {
        if (Directory.Exists(file)) return "is a folder; --out names the file to write.";
        var folder = Path.GetDirectoryName(Path.GetFullPath(file));
        return folder is null || Directory.Exists(folder) ? null : $"folder {folder} does not exist.";
    }
}
