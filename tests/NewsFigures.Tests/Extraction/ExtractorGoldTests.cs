using System.Globalization;
using Xunit.Abstractions;

namespace NewsFigures.Tests.Extraction;

/// <summary>
/// Extracts every figure of the real corpus, both copies of the duplicate article included, and scores them against the
/// hand-made gold in data/gold/figures.jsonl. A figure matches a gold one in the same file when their spans overlap and
/// the values agree within 0.5%. Unit, period and kind are right only when equal. The metric is right when the content
/// words of the two metric phrases overlap with an F1 of at least 0.5 (lower case, stopwords dropped, crude stems), so a
/// bare head noun ("models" for "Qwen derivative models", F1 0.5) just passes and a different noun phrase does not;
/// see <see cref="GoldScore"/>. A stricter reading is printed beside it and must hold for 90% of matches too: the extracted
/// metric has the gold metric's head noun and at least half its content words (<see cref="StrictMetric"/>); every metric
/// failing it is listed. Every miss, false hit and wrong field is printed.
/// </summary>
public sealed class ExtractorGoldTests(ITestOutputHelper output)
{
    private static readonly Lazy<(IReadOnlyList<GoldFigure> Gold, Corpus Corpus, GoldScore Score)> Run = new(() =>
    {
        var gold = GoldFigure.Load(RepoFolders.GoldFigures);
        var corpus = Corpus.Load(RepoFolders.Articles);
        return (gold, corpus, GoldScore.Of(gold, corpus.Figures()));
    });

    [Fact]
    public void Gold_spans_are_the_raw_text_they_name()
    {
        var (gold, corpus, _) = Run.Value;
        foreach (var g in gold)
        {
            var raw = corpus.Articles.Single(a => a.FileName == g.File).RawText;
            Assert.Equal(g.Text, raw[g.Start..g.End]);
        }
    }

    [Fact]
    public void Precision_and_recall_are_at_least_95_percent()
    {
        var score = Run.Value.Score;
        Report(score);
        Assert.True(score.Precision >= 0.95, $"precision {score.Precision:F3}");
        Assert.True(score.Recall >= 0.95, $"recall {score.Recall:F3}");
    }

    [Fact]
    public void Metric_unit_period_and_kind_are_right_for_90_percent_of_matches()
    {
        var score = Run.Value.Score;
        Report(score);
        Assert.True(score.MetricRight >= 0.90, $"metric right for {score.MetricRight:F3} of matches");
        Assert.True(score.MetricStrictRight >= 0.90, $"metric right by the strict reading for {score.MetricStrictRight:F3} of matches");
        Assert.True(score.UnitRight >= 0.90, $"unit right for {score.UnitRight:F3} of matches");
        Assert.True(score.PeriodRight >= 0.90, $"period right for {score.PeriodRight:F3} of matches");
        Assert.True(score.KindRight >= 0.90, $"kind right for {score.KindRight:F3} of matches");
    }

    [Fact]
    public void Both_copies_of_the_duplicate_article_give_the_same_figures()
    {
        var figures = Run.Value.Corpus.Figures();
        var ascent = "China's Ascent to Global Computing Power";
        var inPage = figures.Where(f => f.File.StartsWith("000_") && f.PieceTitle == ascent).Select(Describe).ToList();
        var inFile = figures.Where(f => f.File.StartsWith("001_")).Select(Describe).ToList();
        Assert.NotEmpty(inFile);
        Assert.Equal(inPage, inFile);

        static string Describe(CorpusFigure f) => $"{f.Figure.Text} {f.Figure.Value} {f.Figure.Unit} {f.Figure.Metric}";
    }

    private void Report(GoldScore score)
    {
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"matches {score.Matches.Count}, misses {score.Misses.Count}, false hits {score.FalseHits.Count}; precision {score.Precision:F3}, "
            + $"recall {score.Recall:F3}; metric {score.MetricRight:F3}, unit {score.UnitRight:F3}, period {score.PeriodRight:F3}, kind {score.KindRight:F3}"));
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"metric, strict (gold head noun and at least half its content words): {score.MetricStrictRight:F3}"));
        foreach (var g in score.Misses) output.WriteLine($"MISS  {g.File} {g.Start}-{g.End} \"{g.Text}\" {g.Value} {g.Unit} | {g.Sentence}");
        foreach (var f in score.FalseHits)
            output.WriteLine($"FALSE {f.File} {f.Figure.Start}-{f.Figure.End} \"{f.Figure.Text}\" {f.Figure.Value} {f.Figure.Unit} | {f.Figure.Sentence}");
        foreach (var (g, f, f1) in score.Matches)
        {
            var wrong = new List<string>();
            if (!score.IsMetricRight(f1)) wrong.Add($"metric [{f.Figure.Metric}] vs [{g.Metric}] (F1 {f1:F2})");
            if (g.Unit != f.Figure.Unit) wrong.Add($"unit {f.Figure.Unit} vs {g.Unit}");
            if (g.Period != f.Figure.Period) wrong.Add($"period {f.Figure.Period} vs {g.Period}");
            if (!GoldScore.IsKindRight(g, f)) wrong.Add($"kind {f.Figure.Kind} vs {g.Kind}");
            if (wrong.Count > 0) output.WriteLine($"WRONG {g.File} \"{g.Text}\": {string.Join("; ", wrong)}");
        }
        foreach (var (g, f, _) in score.Matches.Where(m => !StrictMetric.Agrees(m.Gold.Metric, m.Found.Figure.Metric)))
            output.WriteLine($"METRIC {g.File[..3]} \"{g.Text}\": [{f.Figure.Metric}] (head {StrictMetric.Head(f.Figure.Metric)}) vs gold "
                + $"[{g.Metric}] (head {StrictMetric.Head(g.Metric)})");
    }
}
