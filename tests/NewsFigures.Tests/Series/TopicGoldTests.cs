using NewsFigures.Tests.Extraction;
using Xunit.Abstractions;

namespace NewsFigures.Tests.SeriesTests;

/// <summary>
/// The classifier against the topic annotated by hand on every gold figure (data/gold/figures.jsonl, rule in its README).
/// It reads what the gold states: the metric phrase, unit, sentence and piece title. Every mismatch is printed.
/// </summary>
public sealed class TopicGoldTests(ITestOutputHelper output)
{
    private static readonly IReadOnlyList<GoldFigure> Gold = GoldFigure.Load(RepoFolders.GoldFigures);

    [Fact]
    public void Every_gold_figure_gets_its_hand_annotated_topic()
    {
        var classifier = new TopicClassifier();
        var wrong = new List<string>();
        foreach (var g in Gold)
        {
            Assert.True(TopicNames.TryParse(g.Topic, out var expected), $"gold topic '{g.Topic}' is not one of the eight");
            var got = classifier.Classify(g.Metric, g.Unit, g.Sentence, g.Piece);
            if (got.Topic != expected)
                wrong.Add($"{g.File[..3]} \"{g.Text}\" [{g.Metric}]: got {got.Topic.Name()}, gold {g.Topic} — {got.Reason}");
        }
        foreach (var line in wrong) output.WriteLine(line);
        output.WriteLine($"{Gold.Count - wrong.Count} of {Gold.Count} right");
        Assert.Empty(wrong);
    }

    [Fact]
    public void Gold_uses_exactly_the_eight_topics()
    {
        Assert.Equal(TopicNames.All.Order(), Gold.Select(g => g.Topic).Distinct().Order());
    }
}
