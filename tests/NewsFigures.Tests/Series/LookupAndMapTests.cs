using NewsFigures.Tests.Extraction;

namespace NewsFigures.Tests.SeriesTests;

/// <summary>Finding a metric by name, and overriding grouping and topics from a mapping file.</summary>
public sealed class LookupAndMapTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("newsfigures-map-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private string MapFile(string text)
    {
        var path = Path.Combine(_folder, "metrics.csv");
        File.WriteAllText(path, text);
        return path;
    }

    [Fact]
    public void A_metric_is_found_by_its_words_without_the_default_subject()
    {
        var figures = SeriesFixtures.CorpusFigures;

        Assert.Equal("China's intelligent computing power", figures.Series("intelligent computing power", SeriesFixtures.DataOnly).Metric);
        Assert.Equal("China's investment to build a power grid", figures.Series("power grid", SeriesFixtures.DataOnly).Metric);
    }

    [Fact]
    public void An_ambiguous_name_shows_the_best_supported_metric_and_names_the_others()
    {
        var figures = SeriesFixtures.CorpusFigures;

        var universities = figures.Series("universities", SeriesFixtures.DataOnly);

        Assert.Equal("regular universities that have registered", universities.Metric[..41]);
        Assert.StartsWith("'universities' matched 2 metrics; showing regular universities that have registered", universities.LookupNote);
        Assert.EndsWith("also: universities and research institutes that participated in the Zhongguancun International Technology Trade Fair (1)",
            universities.LookupNote);
        Assert.Contains("<p class=\"nf-lookup\">&#39;universities&#39; matched 2 metrics;", universities.ToHtml());
        Assert.Null(figures.Series("intelligent computing power", SeriesFixtures.DataOnly).LookupNote);
    }

    [Fact]
    public void An_unknown_name_says_which_metrics_there_are()
    {
        var unknown = Assert.Throws<KeyNotFoundException>(() => SeriesFixtures.CorpusFigures.Series("lunar rovers", SeriesFixtures.DataOnly));
        Assert.StartsWith("no metric reads like 'lunar rovers'. Metrics: China's intelligent computing power; ", unknown.Message);
    }

    private static CorpusFigure Downloads(string metric, double value, string file, string period) =>
        SeriesFixtures.Make(metric, value, "download", $"{metric} reached {value} downloads in {period}.", $"{value} downloads",
            period: period, file: file);

    [Fact]
    public void Several_matching_metrics_are_ranked_by_figures_then_sources_then_name()
    {
        CorpusFigure[] Qwen(params string[] files) => [.. files.Select((f, i) => Downloads("Qwen downloads", 100 + i, f, $"{2020 + i}"))];
        CorpusFigure[] DeepSeek(params string[] files) => [.. files.Select((f, i) => Downloads("DeepSeek app downloads", 10 + i, f, $"{2020 + i}"))];

        // Most figures.
        var byFigures = Qwen("901_a.txt").Concat(DeepSeek("902_b.txt", "902_b.txt")).Series("downloads", SeriesFixtures.DataOnly);
        Assert.Equal("'downloads' matched 2 metrics; showing DeepSeek app downloads (2 figures); also: Qwen downloads (1)", byFigures.LookupNote);
        // As many figures: most source files.
        var bySources = Qwen("901_a.txt", "903_c.txt").Concat(DeepSeek("902_b.txt", "902_b.txt")).Series("downloads", SeriesFixtures.DataOnly);
        Assert.Equal("'downloads' matched 2 metrics; showing Qwen downloads (2 figures); also: DeepSeek app downloads (2)", bySources.LookupNote);
        Assert.Equal("Qwen downloads", bySources.Metric);
        // As many of both: name order, whichever came first in the corpus.
        var byName = Qwen("901_a.txt").Concat(DeepSeek("902_b.txt")).Series("downloads", SeriesFixtures.DataOnly);
        var reversed = DeepSeek("902_b.txt").Concat(Qwen("901_a.txt")).Series("downloads", SeriesFixtures.DataOnly);
        Assert.Equal("'downloads' matched 2 metrics; showing DeepSeek app downloads (1 figure); also: Qwen downloads (1)", byName.LookupNote);
        Assert.Equal(byName.LookupNote, reversed.LookupNote);
    }

    [Fact]
    public void A_mapping_row_merges_phrases_the_data_keeps_apart_and_says_so()
    {
        var map = MetricMap.Load(MapFile("phrase,metric,topic\n# both markets of 004, forced together for this test\nAI agents market,AI market by 2030,\nChina market,AI market by 2030,\n"));
        var options = new SeriesOptions { Map = map };

        var market = SeriesFixtures.CorpusFigures.Series("AI market by 2030", options);

        Assert.Equal(["AI agents market", "China market"], market.Group.Phrases.Select(p => p.Phrase));
        var folder = Path.GetFileName(_folder);
        Assert.Equal([$"mapped to 'AI market by 2030' by {folder}/metrics.csv:3", $"mapped to 'AI market by 2030' by {folder}/metrics.csv:4"],
            market.Group.Phrases.Select(p => p.Reason));
        // Two different values for 2030 now: the override makes the conflict visible rather than hiding it.
        Assert.Single(market.Conflicts);
        Assert.Empty(SeriesFixtures.CorpusFigures.Series("AI agents market", SeriesFixtures.DataOnly).Conflicts);
    }

    [Fact]
    public void A_mapping_row_sets_the_topic_of_every_phrase_it_matches()
    {
        var options = new SeriesOptions { Map = MetricMap.Load(MapFile("phrase,metric,topic\nhumanoid robots,,research output\n")) };
        var robots = SeriesFixtures.CorpusFigures.Single(f => f.Figure.Metric == "Humanoid robots that handle tasks in factories");

        Assert.Equal(Topic.IndustryAndRobots, robots.Topic(SeriesFixtures.DataOnly).Topic);
        var overridden = robots.Topic(options);
        Assert.Equal(Topic.ResearchOutput, overridden.Topic);
        Assert.Equal($"set by {Path.GetFileName(_folder)}/metrics.csv:2 for 'humanoid robots'", overridden.Reason);
        Assert.Equal(Topic.ResearchOutput, SeriesFixtures.CorpusFigures.Series("humanoid robots", options).Topic);
    }

    [Fact]
    public void The_repository_mapping_file_is_found_from_the_articles_folder_and_used_by_default()
    {
        var found = MetricMap.FindDefault(RepoFolders.Articles);
        Assert.Equal(Path.Combine(RepoFolders.Data, "metrics.csv"), found);

        var map = MetricMap.Load(found!);
        var users = SeriesFixtures.CorpusFigures.Series("generative AI users", new SeriesOptions { Map = map });
        Assert.Equal("generative AI users", users.Metric);
        // "the sector had drawn 250 million users" reads as "generative AI users": the same row maps it.
        Assert.Equal([("China's generative AI user base", "mapped to 'generative AI users' by data/metrics.csv:7"),
                ("generative AI users", "mapped to 'generative AI users' by data/metrics.csv:7")],
            users.Group.Phrases.Select(p => (p.Phrase, p.Reason)));
    }

    [Theory]
    [InlineData("metric,phrase,topic\n", ": the first row must be the header phrase,metric,topic.")]
    [InlineData("phrase,metric,topic\nAI market,,\n", ":2: give a metric, a topic or both for 'AI market'.")]
    [InlineData("phrase,metric,topic\n# a comment, with \"quotes\"\nAI market,,markets\n", ":3: unknown topic 'markets' (one of: computing power, adoption and users, talent and education, investment and spending, open source, research output, industry and robots, policy and governance).")]
    [InlineData("phrase,metric,topic\nAI market,x\n", ":2: expected 3 fields (phrase,metric,topic), found 2.")]
    public void A_bad_mapping_file_is_one_line_naming_the_file_and_line(string text, string message)
    {
        var path = MapFile(text);

        var error = Assert.Throws<MetricMapException>(() => MetricMap.Load(path));

        Assert.Equal(path + message, error.Message);
    }
}
