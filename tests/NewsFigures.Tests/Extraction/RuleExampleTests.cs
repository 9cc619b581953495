namespace NewsFigures.Tests.Extraction;

/// <summary>The rules of the extraction pipeline: each decides its example, the order decides, every figure says which
/// rule decided each field.</summary>
public sealed class RuleExampleTests
{
    private static readonly ExtractionContext November2025 = new(new DateOnly(2025, 11, 25));

    public static TheoryData<string> Rules => new(RuleExamples.All.Select(e => e.Rule));

    [Theory]
    [MemberData(nameof(Rules))]
    public void Each_rule_decides_its_example(string rule)
    {
        var example = RuleExamples.All.Single(e => e.Rule == rule);
        var figures = new FigureExtractor().Extract(example.Sentence, November2025);
        var figure = figures.FirstOrDefault(f => f.Text == example.Figure);
        Assert.True(figure is not null, $"no figure \"{example.Figure}\" in: {string.Join(" | ", figures.Select(f => f.Text))}");
        var field = FieldOf(rule);
        Assert.True(rule == figure.Rules!.Of(field) && example.Decided == Decided(figure, field),
            $"{rule}: expected \"{example.Decided}\", got \"{Decided(figure, field)}\" by {figure.Rules!.Of(field)}");
    }

    [Fact]
    public void Every_rule_of_the_pipeline_has_one_example_and_every_example_a_rule()
    {
        var pipeline = ExtractionPipeline.Default;
        var names = pipeline.Attribution.Rules.Select(r => r.Name).Concat(pipeline.Period.Rules.Select(r => r.Name))
            .Concat(pipeline.Kind.Rules.Select(r => r.Name)).Concat(pipeline.Metric.Rules.Select(r => r.Name)).ToList();
        Assert.Equal(names, RuleExamples.All.Select(e => e.Rule));
    }

    [Fact]
    public void The_first_rule_that_proposes_decides()
    {
        const string sentence = "Regulators issued 45 rules concerning safety, grid access and market pricing.";
        var pipeline = new ExtractionPipeline().Use(new NoAttribution()).Use(new NoPeriod()).Use(new LevelKind());
        var counted = new FigureExtractor(pipeline.Use(new CountedNounMetric()).Use(new CountNounAloneMetric())).Extract(sentence, November2025).Single();
        var alone = new FigureExtractor(pipeline.Use(new CountNounAloneMetric()).Use(new CountedNounMetric())).Extract(sentence, November2025).Single();
        Assert.Equal(("metric.counted-noun", "metric.count-noun-alone"), (counted.Rules!.Metric, alone.Rules!.Metric));
        Assert.Equal(counted.Metric, alone.Metric); // a count that says enough alone: both name its noun and complement
        Assert.Equal(new FigureRules("metric.counted-noun", "attribution.none", "period.none", "kind.level"), counted.Rules);
    }

    [Fact]
    public void A_chain_where_no_rule_proposes_says_how_to_end_it()
    {
        var pipeline = new ExtractionPipeline().Use(new NoAttribution()).Use(new NoPeriod()).Use(new RankKind());
        var error = Assert.Throws<InvalidOperationException>(() => new FigureExtractor(pipeline).Extract("The plant employs 300 workers.", November2025));
        Assert.Contains("end the chain with a rule that always proposes", error.Message);
    }

    [Fact]
    public void A_rule_joins_a_chain_once()
    {
        Assert.Throws<ArgumentException>(() => new ExtractionPipeline().Use(new LevelKind()).Use(new LevelKind()));
    }

    [Fact]
    public void Figures_that_differ_only_in_their_rules_are_equal()
    {
        var figure = new FigureExtractor().Extract("The plant employs 300 workers.", November2025).Single();
        Assert.Equal(figure, figure with { Rules = null });
        Assert.Equal(figure.GetHashCode(), (figure with { Rules = null }).GetHashCode());
        Assert.NotEqual(figure, figure with { Metric = "engineers" });
    }

    private static FigureField FieldOf(string rule) => rule.Split('.')[0] switch
    {
        "metric" => FigureField.Metric,
        "attribution" => FigureField.Attribution,
        "period" => FigureField.Period,
        _ => FigureField.Kind,
    };

    private static string Decided(Figure f, FigureField field) => field switch
    {
        FigureField.Metric => f.Metric,
        FigureField.Attribution => f.Attribution ?? "-",
        FigureField.Period => f.Period ?? "-",
        _ => f.Kind.ToString().ToLowerInvariant(),
    };
}
