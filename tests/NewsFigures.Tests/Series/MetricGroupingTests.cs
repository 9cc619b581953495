namespace NewsFigures.Tests.SeriesTests;

/// <summary>Which metric phrases become one metric, and the reason recorded for each merge.</summary>
public sealed class MetricGroupingTests
{
    private static MetricGroup GroupOf(IReadOnlyList<MetricGroup> groups, string phrase) =>
        groups.Single(g => g.Phrases.Any(p => p.Phrase == phrase));

    [Fact]
    public void Generative_AI_user_base_and_generative_AI_users_are_one_metric_in_the_gold()
    {
        var groups = SeriesFixtures.GoldAsFigures().Metrics(SeriesFixtures.DataOnly);

        var users = GroupOf(groups, "generative AI user base");
        Assert.Contains(users.Phrases, p => p.Phrase == "generative AI users");
        var merged = users.Phrases.Single(p => p.Phrase == "generative AI users");
        Assert.Equal("same head and content words as 'generative AI user base': 'user' with {ai, generative}", merged.Reason);
        Assert.Equal("user", users.Unit);
        Assert.Equal(Topic.AdoptionAndUsers, users.Topic);
        // 515 million, doubled, and 250 million
        Assert.Equal([515e6, 2, 250e6], users.Figures.Select(f => f.Figure.Value));
    }

    [Theory]
    [InlineData("DeepSeek users")]
    [InlineData("monthly users of fitness coaching apps")]
    [InlineData("open-source AI models from China among the world's top 15")]
    [InlineData("R&D spending as a share of GDP")]
    [InlineData("people in the Global South lacking digital access")]
    public void Unrelated_phrases_stay_their_own_metric(string phrase)
    {
        var groups = SeriesFixtures.GoldAsFigures().Metrics(SeriesFixtures.DataOnly);

        var group = GroupOf(groups, phrase);
        Assert.Single(group.Phrases);
        Assert.StartsWith("first of its group", group.Phrases[0].Reason);
    }

    [Fact]
    public void In_the_gold_only_the_same_thing_measured_twice_merges()
    {
        var groups = SeriesFixtures.GoldAsFigures().Metrics(SeriesFixtures.DataOnly);

        var merged = groups.Where(g => g.Phrases.Count > 1).Select(g => string.Join(" + ", g.Phrases.Select(p => p.Phrase))).ToList();
        Assert.Equal(["generative AI user base + generative AI users"], merged);
        // Repeated phrases (the duplicate article, 626 and 35, the level and its change) are one phrase of one group.
        Assert.Equal(3, GroupOf(groups, "Qwen derivative models").Figures.Count);
        Assert.Equal(2, GroupOf(groups, "regular universities with artificial intelligence bachelor's degree programs").Figures.Count);
    }

    [Fact]
    public void The_default_subject_and_measure_words_do_not_separate_phrases()
    {
        var figures = new[]
        {
            SeriesFixtures.Make("China's intelligent computing power", 1037.3, "EFLOPS", "It reached 1,037.3 EFLOPS.", "1,037.3 EFLOPS", period: "2025"),
            SeriesFixtures.Make("intelligent computing power", 280, "EFLOPS", "It stood at 280 EFLOPS.", "280 EFLOPS", period: "2023", file: "901_test.txt"),
            SeriesFixtures.Make("total number of intelligent computing power", 100, "EFLOPS", "Once 100 EFLOPS.", "100 EFLOPS", period: "2020", file: "902_test.txt"),
        };

        var group = Assert.Single(figures.Metrics(SeriesFixtures.DataOnly));

        Assert.Equal(3, group.Figures.Count);
        Assert.All(group.Phrases.Skip(1), p => Assert.StartsWith("same head and content words as", p.Reason));
    }

    [Fact]
    public void A_phrase_whose_words_are_all_in_another_joins_it_and_says_what_the_other_adds()
    {
        var figures = new[]
        {
            SeriesFixtures.Make("monthly users of AI apps in Europe", 600e6, "user", "It had 600 million users.", "600 million", period: "2025"),
            SeriesFixtures.Make("monthly users of AI apps", 500e6, "user", "It had 500 million users.", "500 million", period: "2024", file: "901_test.txt"),
        };

        var group = Assert.Single(figures.Metrics(SeriesFixtures.DataOnly));

        Assert.Equal("monthly users of AI apps", group.Name);
        Assert.Equal("all content words of 'monthly users of AI apps' are in 'monthly users of AI apps in Europe' (head 'user'; it adds europe)",
            group.Phrases[1].Reason);
    }

    [Fact]
    public void A_phrase_that_fits_two_metrics_equally_joins_neither()
    {
        var figures = new[]
        {
            SeriesFixtures.Make("chip exports to Europe", 5, "USD", "Chip exports to Europe were $5.", "$5"),
            SeriesFixtures.Make("chip exports to Asia", 7, "USD", "Chip exports to Asia were $7.", "$7", file: "901_test.txt"),
            SeriesFixtures.Make("chip exports", 9, "USD", "Chip exports were $9.", "$9", file: "902_test.txt"),
        };

        var groups = figures.Metrics(SeriesFixtures.DataOnly);

        Assert.Equal(3, groups.Count);
        Assert.Equal("first of its group: reads equally like 'chip exports to Asia' and 'chip exports to Europe', so merged with neither",
            GroupOf(groups, "chip exports").Phrases[0].Reason);
    }

    [Fact]
    public void Levels_in_different_units_are_different_metrics()
    {
        var figures = new[]
        {
            SeriesFixtures.Make("R&D spending", 3.6e12, "CNY", "R&D spending was 3.6 trillion yuan.", "3.6 trillion yuan", period: "2024"),
            SeriesFixtures.Make("R&D spending", 2.68, "percent", "R&D spending was 2.68 percent of GDP.", "2.68 percent", kind: FigureKind.Share, period: "2024"),
        };

        var groups = figures.Metrics(SeriesFixtures.DataOnly);

        Assert.Equal(["CNY", "percent"], groups.Select(g => g.Unit).Order());
    }

    [Fact]
    public void On_the_extracted_corpus_a_level_and_its_change_share_one_metric()
    {
        var groups = SeriesFixtures.CorpusFigures.Metrics(SeriesFixtures.DataOnly);

        var users = GroupOf(groups, "China's generative AI user base");
        // "the sector had drawn 250 million users" two sentences later: the extractor reads it as generative AI users.
        Assert.Equal(["515 million", "doubled", "250 million"], users.Figures.Select(f => f.Figure.Text));
        var compute = GroupOf(groups, "China's intelligent computing power");
        Assert.Equal(["1,037.3 EFLOPS", "43 percent"], compute.Figures.Select(f => f.Figure.Text));
        Assert.Equal(Topic.ComputingPower, compute.Topic);
    }
}
