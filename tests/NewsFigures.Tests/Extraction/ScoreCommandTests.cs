using NewsFigures.Tests.CorpusTests;

namespace NewsFigures.Tests.Extraction;

/// <summary>`newsfigures score GOLD TEXTS`: the scorer as a user runs it on any gold.</summary>
public sealed class ScoreCommandTests
{
    [Fact]
    public void Scores_the_seeds_field_by_field()
    {
        var (exit, output, error) = CommandLine.Run("score", RepoFolders.GoldFigures, RepoFolders.Articles);
        Assert.Equal(0, exit);
        Assert.Equal("", error);
        Assert.StartsWith("63 gold figures, 63 found, 63 matched, 0 missed, 0 false hits\nprecision 1.000  recall 1.000\n",
            output.ReplaceLineEndings("\n"));
        Assert.Matches(@"metric, strict\s+0\.952\s+60/63", output);
        Assert.Matches(@"qualifier\s+0\.984\s+62/63", output);
    }

    [Fact]
    public void Details_name_each_disagreeing_field_with_both_values()
    {
        var (exit, output, _) = CommandLine.Run("score", RepoFolders.GoldFigures, RepoFolders.Articles, "--details");
        Assert.Equal(0, exit);
        Assert.Contains("WRONG  000_acd0283a066f7ea4.txt 5095-5100 \"three\": qualifier around vs -", output);
        Assert.Equal(4, output.Split('\n').Count(l => l.StartsWith("WRONG ")));
    }

    [Fact]
    public void Details_name_the_rule_that_decided_a_disagreeing_field()
    {
        var (_, output, _) = CommandLine.Run("score", RepoFolders.GoldFigures, RepoFolders.Articles, "--details");
        var wrong = output.Split('\n').Where(l => l.StartsWith("WRONG ")).ToList();
        Assert.Contains(wrong, l => l.Contains("metric head") && l.Contains("(by metric."));
        Assert.DoesNotContain(wrong, l => l.Contains("qualifier") && l.Contains("(by ")); // no rule decides a qualifier
    }

    [Fact]
    public void Rules_count_per_rule_the_matched_figures_it_decided_and_those_that_agree()
    {
        var (exit, output, _) = CommandLine.Run("score", RepoFolders.GoldFigures, RepoFolders.Articles, "--rules");
        Assert.Equal(0, exit);
        var rows = output.Split('\n').Select(l => l.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .Where(c => c.Length == 5 && c[1].StartsWith(c[0] + ".", StringComparison.Ordinal)).ToList();
        // every matched figure is decided by exactly one rule of the pipeline per field (metric.piece-subject only adds
        // the piece's name to a metric one of them made), and a rule agrees on at most what it decided
        foreach (var field in new[] { "metric", "attribution", "period", "kind" })
            Assert.Equal(63, rows.Where(r => r[0] == field && r[1] != "metric.piece-subject").Sum(r => int.Parse(r[2])));
        Assert.Contains(rows, r => r[1] == "metric.piece-subject" && r[2] == "3"); // "China market" and two more
        Assert.All(rows, r => Assert.True(int.Parse(r[3]) <= int.Parse(r[2]), string.Join(' ', r)));
        Assert.Contains(rows, r => r[1] == "kind.rank" && r[2] == "2" && r[3] == "2"); // the seeds' two ranks
    }

    [Fact]
    public void A_text_of_its_own_scores_its_misses_and_false_hits()
    {
        using var folder = new TempFolder();
        const string text = "Sales rose 12 percent to 300 cars in 2024, the company said. The plant has 40 robots.\n";
        File.WriteAllText(Path.Combine(folder.Path, "a.txt"), text);
        // The gold names the 12 percent and a figure the extractor cannot find (a value it does not state there).
        var gold = Path.Combine(folder.Path, "gold.jsonl");
        File.WriteAllLines(gold,
        [
            GoldLine("a.txt", text, "12 percent", 12, "percent", "change", "sales", "2024", "the company"),
            GoldLine("a.txt", text, "300", 310, "car", "level", "sales", "2024", "the company"),
        ]);
        var (exit, output, _) = CommandLine.Run("score", gold, folder.Path, "--details");
        Assert.Equal(0, exit);
        Assert.StartsWith("2 gold figures,", output);
        Assert.Contains(" 1 matched, 1 missed,", output);
        Assert.Contains("MISS   a.txt", output);
        Assert.Contains("FALSE  a.txt", output);
    }

    [Fact]
    public void A_second_annotation_is_scored_in_the_extractors_place()
    {
        using var folder = new TempFolder();
        const string text = "Sales rose 12 percent to 300 cars in 2024, the company said. The plant has 40 robots.\n";
        File.WriteAllText(Path.Combine(folder.Path, "a.txt"), text);
        var first = Path.Combine(folder.Path, "first.jsonl");
        var second = Path.Combine(folder.Path, "second.jsonl");
        File.WriteAllLines(first,
        [
            GoldLine("a.txt", text, "12 percent", 12, "percent", "change", "car sales", "2024", "the company"),
            GoldLine("a.txt", text, "300", 300, "car", "level", "car sales", "2024", "the company"),
            GoldLine("a.txt", text, "40", 40, "robot", "level", "robots at the plant", null, null),
        ]);
        // The second annotator read "300" as a change, called the sales by another name and left the robots out.
        File.WriteAllLines(second,
        [
            GoldLine("a.txt", text, "12 percent", 12, "percent", "change", "sales of cars", "2024", "the company"),
            GoldLine("a.txt", text, "300", 300, "car", "change", "turnover", "2024", "the company"),
        ]);
        var (exit, output, _) = CommandLine.Run("score", first, folder.Path, "--against", second, "--details");
        Assert.Equal(0, exit);
        Assert.StartsWith("3 gold figures, 2 found, 2 matched, 1 missed, 0 false hits\nprecision 1.000  recall 0.667\n",
            output.ReplaceLineEndings("\n"));
        Assert.Matches(@"kind\s+0\.500\s+1/2", output);
        Assert.Matches(@"metric\s+0\.500\s+1/2", output);
        Assert.Contains("WRONG  a.txt 25-28 \"300\": kind change vs level; metric [turnover] vs [car sales]", output);
    }

    [Fact]
    public void A_second_annotation_has_no_rules_to_list()
    {
        var (exit, _, error) = CommandLine.Run("score", RepoFolders.GoldFigures, RepoFolders.Articles, "--against", RepoFolders.GoldFigures, "--rules");
        Assert.Equal(2, exit);
        Assert.Contains("--rules", error);
    }

    [Fact]
    public void A_bad_gold_line_is_one_error_naming_the_file_and_line()
    {
        using var folder = new TempFolder();
        var gold = Path.Combine(folder.Path, "gold.jsonl");
        File.WriteAllLines(gold, [File.ReadLines(RepoFolders.GoldFigures).First(), "{\"file\": \"x.txt\"", ""]);
        var (exit, output, error) = CommandLine.Run("score", gold, RepoFolders.Articles);
        Assert.Equal(2, exit);
        Assert.Equal("", output);
        Assert.Equal($"error: {gold}:2: not a gold figure (file, start, end, text, value, kind and metric are needed)\n", error);
    }

    [Fact]
    public void A_gold_of_texts_not_in_the_folder_is_an_error()
    {
        using var folder = new TempFolder();
        File.WriteAllText(Path.Combine(folder.Path, "other.txt"), "It has 3 cars.\n");
        var (exit, _, error) = CommandLine.Run("score", RepoFolders.GoldFigures, folder.Path);
        Assert.Equal(2, exit);
        Assert.StartsWith($"error: {RepoFolders.GoldFigures}: annotates 000_acd0283a066f7ea4.txt, which is not in {folder.Path}", error);
    }

    [Fact]
    public void A_missing_gold_file_is_an_error()
    {
        var (exit, _, error) = CommandLine.Run("score", "no/such/gold.jsonl", RepoFolders.Articles);
        Assert.Equal(2, exit);
        Assert.Equal("error: no/such/gold.jsonl: no such gold file\n", error);
    }

    private static string GoldLine(string file, string raw, string span, double value, string unit, string kind, string metric,
        string? period, string? attribution)
    {
        int start = raw.IndexOf(span, StringComparison.Ordinal);
        return System.Text.Json.JsonSerializer.Serialize(new
        {
            file, piece = "a", start, end = start + span.Length, text = span, value, unit, qualifier = (string?)null, kind, metric,
            period, attribution, sentence = raw.Trim(), topic = "other",
        });
    }
}
