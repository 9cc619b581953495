namespace NewsFigures.Tests.SeriesTests;

/// <summary>
/// Each derivation of issue 4 on the real corpus (data/articles), with its arithmetic and the figures it came from;
/// then the bound rules on hand-made figures the corpus does not have.
/// </summary>
public sealed class DerivationTests
{
    private static Series SeriesOf(string metric) => SeriesFixtures.CorpusFigures.Series(metric, SeriesFixtures.DataOnly);

    private const string ComputeSentence = "According to the China Academy of Industrial Internet, China's intelligent computing power is expected to "
        + "reach 1,037.3 EFLOPS in 2025, marking a 43 percent increase from the previous year.";

    [Fact]
    public void A_43_percent_increase_from_the_previous_year_implies_the_2024_level()
    {
        var compute = SeriesOf("intelligent computing power");

        var stated = Assert.Single(compute.Stated);
        Assert.Equal(("2025", 1037.3, "EFLOPS"), (stated.Label, stated.Value, stated.Unit));
        var derived = Assert.Single(compute.DerivedPoints);
        Assert.Equal("2024", derived.Period);
        Assert.Equal(1037.3 / 1.43, derived.Value, 9);
        Assert.Equal(725.4, Math.Round(derived.Value, 1));
        Assert.Equal(ValueBound.Exact, derived.Bound);
        Assert.Equal("change implies base: 1,037.3 EFLOPS in 2025, \"43 percent increase from the previous year\", "
            + "so 2024 = 1,037.3 / (1 + 43/100) = 725.4 EFLOPS", derived.Rule);
        // Provenance: the level and the change, both in the first piece of 002, in the same sentence.
        Assert.Equal(["1,037.3 EFLOPS", "43 percent"], derived.Sources.Select(s => s.Text));
        Assert.All(derived.Sources, s => Assert.Equal(("002_39b1c7941e8ee6b6.txt", 1, ComputeSentence), (s.File, s.Piece, s.Sentence)));
        Assert.Equal([1482, 1516], derived.Sources.Select(s => s.Start));
        Assert.Equal(["2024", "2025"], compute.Points.Select(p => p.Label));
        Assert.Equal("2024", Assert.Single(compute.Changes).BasePeriod);
    }

    [Fact]
    public void Doubled_from_2024_implies_half_the_stated_level()
    {
        var users = SeriesOf("generative AI user base");

        var derived = Assert.Single(users.DerivedPoints);
        Assert.Equal(("2024", 257.5e6, ValueBound.Exact), (derived.Label, derived.Value, derived.Bound));
        Assert.Equal("change implies base: 515 million users in 2025-H1, \"doubled from 2024\", so 2024 = 515 million / 2 = 257.5 million users",
            derived.Rule);
        Assert.Equal(["515 million", "doubled"], derived.Sources.Select(s => s.Text));
        Assert.All(derived.Sources, s => Assert.Equal(("004_9455365b7787746f.txt", "China Economic Net (CE.cn)", "2025-11-25"), (s.File, s.Outlet, s.DateText)));
        Assert.Equal("China's generative AI user base hit 515 million by mid-year, a figure that doubled from 2024.", derived.Sentence);
        // "By February, the sector had drawn 250 million users": the sector is generative AI, so its figure joins the series.
        Assert.Equal([("2025-02", 250e6), ("2025-H1", 515e6)], users.Stated.Select(p => (p.Label, p.Value)));
    }

    [Fact]
    public void The_35_universities_of_2019_is_a_stated_point_of_its_own_not_a_derived_one()
    {
        var universities = SeriesOf("regular universities with artificial intelligence bachelor's degree programs");

        Assert.Empty(universities.DerivedPoints);
        Assert.Equal([("2019", 35.0), ("2025-04", 626.0)], universities.Points.Select(p => (p.Label, p.Value)));
        // The extractor gives "35" as its own figure: the article states it, in the same sentence as 626.
        var the35 = Assert.Single(universities.Points[0].Sources);
        Assert.Equal(("003_cc2193c6c1aefe32.txt", 5054, "35"), (the35.File, the35.Start, the35.Text));
        Assert.Contains("far exceeding the 35 in 2019", the35.Sentence);
        Assert.Equal(the35.Sentence, universities.Points[1].Sentence);
        Assert.Equal(("The Wall Street Journal", "2025-07-29"), (the35.Outlet, the35.DateText));
    }

    [Fact]
    public void Compound_growth_from_35_in_2019_to_626_in_2025_is_about_62_percent_a_year()
    {
        var universities = SeriesOf("universities with AI bachelor's programs");

        var growth = universities.GrowthRate("2019", "2025");

        Assert.Equal(6, growth.Years);
        Assert.Equal((Math.Pow(626.0 / 35, 1.0 / 6) - 1) * 100, growth.Rate, 9);
        Assert.Equal(62, Math.Round(growth.Rate));
        Assert.Equal(ValueBound.Exact, growth.Bound);
        Assert.Equal("(626 / 35)^(1/6) − 1 = 61.7% a year (2019 → 2025-04, 6 calendar years)", growth.Arithmetic);
        Assert.Equal((35.0, 626.0), (growth.From.Value, growth.To.Value));
        Assert.Equal(growth.Arithmetic, universities.GrowthRate()?.Arithmetic);
    }

    [Fact]
    public void More_than_a_40_percent_increase_makes_the_base_an_upper_bound()
    {
        var grid = SeriesOf("power grid");

        var derived = Assert.Single(grid.DerivedPoints);
        Assert.Equal(("2021/2025", ValueBound.Upper), (derived.Label, derived.Bound));
        Assert.Equal(56.4e9 / 1.4, derived.Value, 0);
        Assert.EndsWith("so 2021/2025 = 56.4 billion / (1 + 40/100) = < 40.29 billion USD; an upper bound because the change is \"more than a 40%\"",
            derived.Rule);
        Assert.Equal("< 40.29 billion USD", derived.ValueText);
        Assert.Equal(["$56.4 billion", "more than a 40%"], derived.Sources.Select(s => s.Text));
    }

    [Fact]
    public void A_lower_bound_level_gives_a_lower_bound_base_and_opposite_bounds_give_no_side()
    {
        const string sentence = "The park hosts more than 100 firms, up 25 percent from 2024.";
        var level = SeriesFixtures.Make("firms in the park", 100, "firm", sentence, "more than 100", period: "2025", qualifier: "more than");
        var change = SeriesFixtures.Make("firms in the park", 25, "percent", sentence, "25 percent", FigureKind.Change, "2025");
        var plain = new[] { level, change }.Series("firms in the park", SeriesFixtures.DataOnly).DerivedPoints.Single();
        Assert.Equal(("2024", 80.0, ValueBound.Lower), (plain.Label, plain.Value, plain.Bound));
        Assert.EndsWith("a lower bound because the level is \"more than 100\"", plain.Rule);

        const string both = "The park hosts more than 100 firms, up more than 25 percent from 2024.";
        var pulls = new[]
        {
            SeriesFixtures.Make("firms in the park", 100, "firm", both, "more than 100", period: "2025", qualifier: "more than"),
            SeriesFixtures.Make("firms in the park", 25, "percent", both, "more than 25 percent", FigureKind.Change, "2025", "more than"),
        }.Series("firms in the park", SeriesFixtures.DataOnly).DerivedPoints.Single();
        Assert.Equal(ValueBound.Indeterminate, pulls.Bound);
    }

    [Fact]
    public void A_fall_divides_by_what_is_left_and_a_bounded_fall_bounds_the_other_way()
    {
        const string sentence = "Venture funding fell to $40 billion in 2025, down more than 50 percent from the previous year.";
        var series = new[]
        {
            SeriesFixtures.Make("venture funding", 40e9, "USD", sentence, "$40 billion", period: "2025"),
            SeriesFixtures.Make("venture funding", -50, "percent", sentence, "more than 50 percent", FigureKind.Change, "2025", "more than"),
        }.Series("venture funding", SeriesFixtures.DataOnly);

        var base2024 = series.DerivedPoints.Single();
        Assert.Equal(("2024", 80e9), (base2024.Label, base2024.Value));
        // Down more than 50 percent: less than half is left, so the 2024 level was more than twice $40 billion.
        Assert.Equal(ValueBound.Lower, base2024.Bound);
        Assert.Contains("= 40 billion / (1 − 50/100) = > 80 billion USD", base2024.Rule);
    }

    [Fact]
    public void A_change_without_a_level_or_a_base_period_is_listed_with_the_reason_no_point_was_derived()
    {
        var venture = SeriesOf("Domestic venture funding");

        Assert.Empty(venture.Points);
        var change = Assert.Single(venture.Changes);
        Assert.Equal((-50.0, "2025-H1"), (change.Value, change.Period));
        Assert.Equal("no level of this metric in the same sentence, so no base is derived", change.Note);
    }

    [Theory]
    [InlineData("a 12 percent rise year on year", "12 percent", "2025", "2024")]
    [InlineData("up 8% compared with the same period last year", "8%", "2025-H1", "2024-H1")]
    [InlineData("tripled since March 2021", "tripled", "2025", "2021-03")]
    [InlineData("a 40% increase over the past three years", "40%", "2025", "2022/2024")]
    [InlineData("a 40% increase compared to the previous five years", "40%", "2026/2030", "2021/2025")]
    public void The_base_period_is_read_from_the_words_after_the_change(string words, string change, string period, string basePeriod)
    {
        var read = ChangeBaseReader.Read($"Sales reached 10 units, {words}.", change, period);

        Assert.Equal(basePeriod, read?.Period);
    }

    [Theory]
    [InlineData("2025", 2025.0)]
    [InlineData("2025-02", 2025.125)]
    [InlineData("2025-H1", 2025 + 5.5 / 12)]
    [InlineData("2026/2030", 2030.0)]
    [InlineData("2024/2025-02", 2025.125)]
    public void Periods_sort_by_a_year_number(string period, double year) => Assert.Equal(year, PeriodText.YearNumber(period)!.Value, 9);
}
