using Xunit.Abstractions;

namespace NewsFigures.Tests.Extraction;

/// <summary>
/// Extracts every figure of the seed articles, both copies of the duplicate article included, and scores them against
/// the hand-made gold in data/gold/figures.jsonl with <see cref="GoldComparison"/> (the `score` command's scorer). The
/// score may not fall below the committed one in seed-score.tsv, field by field, and every miss, false hit and
/// disagreeing field must be a known one listed there; when the extractor gets better, the test prints the new baseline
/// to commit.
/// </summary>
public sealed class ExtractorGoldTests(ITestOutputHelper output)
{
    private static readonly string BaselinePath = Path.Combine(RepoFolders.Root, "tests", "NewsFigures.Tests", "Extraction", "seed-score.tsv");

    private static readonly Lazy<(IReadOnlyList<GoldFigure> Gold, Corpus Corpus, GoldComparison Score)> Run = new(() =>
    {
        var gold = GoldFigure.Load(RepoFolders.GoldFigures);
        var corpus = Corpus.Load(RepoFolders.Articles);
        return (gold, corpus, GoldComparison.Of(gold, corpus.Figures()));
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
    public void Every_gold_figure_is_found_and_nothing_else()
    {
        var score = Run.Value.Score;
        Assert.Empty(score.Misses.Select(g => $"{g.File} {g.Start} \"{g.Text}\""));
        Assert.Empty(score.FalseHits.Select(f => $"{f.File} {f.Figure.Start} \"{f.Figure.Text}\""));
        Assert.Equal(63, score.Matches.Count);
    }

    [Fact]
    public void The_score_holds_the_committed_baseline_field_by_field()
    {
        var score = Run.Value.Score;
        foreach (var m in score.Matches.Where(m => m.Disagreement.Length > 0)) output.WriteLine(m.ToString());
        output.WriteLine("baseline met exactly:\n" + string.Join('\n', GoldBaseline.Of(score)));
        Assert.Empty(GoldBaseline.Load(BaselinePath).Shortfalls(score));
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
}
