using Xunit.Abstractions;
using NewsFigures.Tests.Extraction;

namespace NewsFigures.Tests.SeriesTests;

/// <summary>How series show in a notebook, and how the topics of extracted figures compare with the gold.</summary>
public sealed class SeriesDisplayTests(ITestOutputHelper output)
{
    [Fact]
    public void A_series_shows_as_an_html_table_with_rules_sources_and_conflicts()
    {
        var qwen = SeriesFixtures.CorpusFigures.Series("Qwen derivative models", SeriesFixtures.DataOnly);
        var compute = SeriesFixtures.CorpusFigures.Series("intelligent computing power", SeriesFixtures.DataOnly);

        var html = qwen.ToHtml();
        Assert.StartsWith("<div class=\"nf-series\"><table class=\"nb-table nf-series-points\"><caption>Qwen derivative models <small>(model, open source)</small></caption>", html);
        Assert.Equal(2, html.Split("<tr class=\"nf-conflict\">").Length - 1);
        Assert.Contains("<td>&gt; 140,000 models</td>", html);
        Assert.Contains("<p class=\"nf-conflict\">Conflict: 2 different values for undated", html);
        Assert.Contains("derived — change implies base: 1,037.3 EFLOPS in 2025, &quot;43 percent increase from the previous year&quot;", compute.ToHtml());
        Assert.Equal(html, SeriesFixtures.CorpusFigures.Series("Qwen derivative models", SeriesFixtures.DataOnly).ToHtml());
    }

    [Fact]
    public void Points_and_sources_read_well_as_plain_text()
    {
        var compute = SeriesFixtures.CorpusFigures.Series("intelligent computing power", SeriesFixtures.DataOnly);

        Assert.Equal("China's intelligent computing power (EFLOPS, computing power): 2024: 725.4 EFLOPS (derived), 2025: 1,037.3 EFLOPS", compute.ToString());
        Assert.Equal("002_39b1c7941e8ee6b6.txt#1 (outlet not stated, undated)", compute.Points[1].Sources[0].ToString());
    }

    [Fact]
    public void AllSeries_lists_every_metric_by_topic()
    {
        var all = SeriesFixtures.CorpusFigures.AllSeries(SeriesFixtures.DataOnly);

        Assert.Equal(all.OrderBy(s => s.Topic).Select(s => s.Metric), all.Select(s => s.Metric));
        Assert.Equal(SeriesFixtures.CorpusFigures.Count, all.Sum(s => s.Group.Figures.Count));
        Assert.Equal(3, all.Sum(s => s.DerivedPoints.Count()));
    }

    [Fact]
    public void Topics_gives_every_figure_its_topic_with_the_reason()
    {
        var topics = SeriesFixtures.CorpusFigures.Topics(SeriesFixtures.DataOnly);

        Assert.Equal(SeriesFixtures.CorpusFigures.Count, topics.Count);
        var compute = topics.First(t => t.Figure.Figure.Text == "1,037.3 EFLOPS");
        Assert.Equal(Topic.ComputingPower, compute.Topic);
        Assert.Equal("metric and unit: 'eflop' computing power 2, 'intelligent computing' computing power 2", compute.Reason);
        Assert.Equal(8, topics.Select(t => t.Topic).Distinct().Count());
    }

    /// <summary>Not the gold test (that is <see cref="TopicGoldTests"/>): the same classifier on the extractor's own metric
    /// phrases, which are noisier. Printed in full; at least 90% must agree.</summary>
    [Fact]
    public void Topics_of_extracted_figures_mostly_agree_with_the_gold()
    {
        var figures = SeriesFixtures.CorpusFigures;
        int matched = 0, right = 0;
        foreach (var g in SeriesFixtures.Gold)
        {
            var f = figures.FirstOrDefault(x => x.File == g.File && x.Figure.Start < g.End && g.Start < x.Figure.End);
            if (f is null) continue;
            matched++;
            var topic = f.Topic(SeriesFixtures.DataOnly);
            if (topic.Topic.Name() == g.Topic) right++;
            else output.WriteLine($"{g.File[..3]} \"{g.Text}\" [{f.Figure.Metric}]: {topic}, gold {g.Topic}");
        }
        output.WriteLine($"{right} of {matched} extracted figures have the gold topic");
        Assert.True(right >= 0.9 * matched, $"{right} of {matched}");
    }
}
