using System.CommandLine;
using NewsFigures.Cli.Output;

namespace NewsFigures.Cli.Commands;

/// <summary><c>score &lt;gold&gt; &lt;texts&gt; [--rules] [--details] [--against other.jsonl]</c>: extracts the figures of the texts and
/// scores them against a hand-made gold file: precision, recall and agreement per field on the figures found. With
/// <c>--against</c>, a second hand annotation of the same texts takes the extractor's place: how far two annotators agree
/// by the same measure, the ceiling any extractor is scored under.</summary>
internal static class ScoreCommand
{
    public static Command Create()
    {
        var gold = new Argument<string>("gold") { Description = "A gold file: one annotated figure per line (data/gold/README.md gives the keys)." };
        var texts = new Argument<string>("texts") { Description = "The folder of .txt texts the gold annotates." };
        var details = new Option<bool>("--details") { Description = "Also list every miss, false hit and disagreeing field, with the rule that decided it." };
        var rules = new Option<bool>("--rules") { Description = "Also list every extraction rule with how many matched figures it decided and how many of those agree with the gold." };
        var against = new Option<string?>("--against") { Description = "Score a second hand annotation of the same texts (a gold file) instead of the extractor: agreement between annotators." };

        var command = new Command("score", "Score the extractor against a hand-made gold: precision, recall, and agreement per field (unit, kind, metric, period, attribution, qualifier).")
        {
            gold, texts, details, rules, against,
        };
        command.SetAction(result => CommandFailure.Guard(result, () =>
        {
            var goldPath = result.GetValue(gold)!;
            if (result.GetValue(against) is not null && result.GetValue(rules))
                return CommandFailure.Report(result, "--rules lists the extractor's rules: a second annotation scored with --against was decided by none");
            var annotated = GoldFigure.Load(goldPath);
            var corpus = Corpus.Load(result.GetValue(texts)!);
            var inFolder = corpus.Articles.Select(a => a.FileName).ToHashSet(StringComparer.Ordinal);
            if (annotated.Select(g => g.File).FirstOrDefault(f => !inFolder.Contains(f)) is { } absent)
                return CommandFailure.Report(result, $"{goldPath}: annotates {absent}, which is not in {result.GetValue(texts)}");
            var annotatedFiles = annotated.Select(g => g.File).ToHashSet(StringComparer.Ordinal);
            foreach (var article in corpus.Articles.Where(a => !annotatedFiles.Contains(a.FileName)))
                result.InvocationConfiguration.Error.WriteLine($"warning: {article.FileName} has no gold figure: its figures are not scored");
            IReadOnlyList<CorpusFigure> found;
            if (result.GetValue(against) is { } otherPath)
            {
                // Only the texts both annotators read are compared: a second reading of five texts scores against those five.
                var second = GoldFigure.Load(otherPath);
                var read = second.Select(g => g.File).ToHashSet(StringComparer.Ordinal);
                annotated = annotated.Where(g => read.Contains(g.File)).ToList();
                var info = corpus.Articles.DistinctBy(a => a.FileName).ToDictionary(a => a.FileName, a => a.Info, StringComparer.Ordinal);
                found = second.Select(g => g.AsFound(info.GetValueOrDefault(g.File) ?? ArticleInfo.Empty)).ToList();
            }
            else found = corpus.Figures();
            var comparison = GoldComparison.Of(annotated, found);
            var output = result.InvocationConfiguration.Output;
            ScoreReport.Write(comparison, output);
            if (result.GetValue(rules)) ScoreReport.WriteRules(comparison, output);
            if (result.GetValue(details)) ScoreReport.WriteDetails(comparison, output);
            return 0;
        }));
        return command;
    }
}
