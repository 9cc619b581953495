namespace NewsFigures.Tests.SeriesTests;

/// <summary>Figures of one measure in other units join one series converted, each point recording how; another currency
/// joins only at a rate its own text states; different values for one period stay apart, flagged.</summary>
public sealed class UnitConversionTests
{
    private static CorpusFigure Compute(double value, string unit, string period, string file, string text) =>
        SeriesFixtures.Make("intelligent computing power", value, unit, $"Intelligent computing power reached {text} in {period}.", text,
            period: period, file: file);

    [Fact]
    public void Petaflops_join_an_exaflops_series_at_one_thousandth_and_record_it()
    {
        var series = new[]
        {
            Compute(1037.3, "EFLOPS", "2025", "901_a.txt", "1,037.3 EFLOPS"),
            Compute(788, "EFLOPS", "2024", "902_b.txt", "788 EFLOPS"),
            Compute(246000, "PFLOPS", "2023", "903_c.txt", "246,000 PFlops"),
        }.Series("intelligent computing power", SeriesFixtures.DataOnly);

        Assert.Equal("EFLOPS", series.Unit);
        Assert.Equal(["2023", "2024", "2025"], series.Points.Select(p => p.Label));
        var converted = series.Points[0];
        Assert.Equal(246, converted.Value, 9);
        Assert.Equal("EFLOPS", converted.Unit);
        Assert.Equal(new UnitConversion("PFLOPS", "EFLOPS", 0.001), converted.Conversion);
        Assert.Equal("PFLOPS to EFLOPS × 0.001", converted.Conversion!.ToString());
        // The source keeps what the text printed.
        Assert.Equal((246000.0, "PFLOPS"), (converted.Sources[0].Value, converted.Sources[0].Unit));
        Assert.All(series.Points.Skip(1), p => Assert.Null(p.Conversion));
    }

    [Fact]
    public void A_series_takes_the_unit_most_of_its_figures_use()
    {
        var series = new[]
        {
            Compute(300, "PFLOPS", "2021", "901_a.txt", "300 PFLOPS"),
            Compute(500, "PFLOPS", "2022", "902_b.txt", "500 PFLOPS"),
            Compute(2, "EFLOPS", "2023", "903_c.txt", "2 EFLOPS"),
        }.Series("intelligent computing power", SeriesFixtures.DataOnly);

        Assert.Equal("PFLOPS", series.Unit);
        Assert.Equal([300.0, 500.0, 2000.0], series.Points.Select(p => p.Value));
        Assert.Equal(new UnitConversion("EFLOPS", "PFLOPS", 1000), series.Points[2].Conversion);
    }

    [Theory]
    [InlineData("PFLOPS", "EFLOPS", 0.001)]
    [InlineData("EFLOPS", "PFLOPS", 1000)]
    [InlineData("MW", "GW", 0.001)]
    [InlineData("TWh", "GWh", 1000)]
    [InlineData("ton", "kg", 1000)]
    public void Units_of_one_measure_convert_by_their_prefixes(string from, string to, double factor) =>
        Assert.Equal(factor, UnitScales.Factor(from, to));

    [Theory]
    [InlineData("EFLOPS", "GW")]
    [InlineData("USD", "CNY")]
    [InlineData("EB", "EFLOPS")]
    [InlineData("model", "EFLOPS")]
    public void Units_of_different_measures_and_currencies_have_no_fixed_factor(string from, string to) =>
        Assert.Null(UnitScales.Factor(from, to));

    private static CorpusFigure Investment(double value, string unit, string period, string file, string sentence, string text) =>
        SeriesFixtures.Make("investment in computing centres", value, unit, sentence, text, period: period, file: file);

    [Fact]
    public void A_currency_without_a_rate_in_its_text_stays_a_series_of_its_own()
    {
        var figures = new[]
        {
            Investment(400e9, "USD", "2023", "901_a.txt", "Investment in computing centres was USD400 billion in 2023.", "USD400 billion"),
            Investment(520e9, "USD", "2025", "901_a.txt", "Investment in computing centres was USD520 billion in 2025.", "USD520 billion"),
            Investment(3.6e12, "CNY", "2024", "902_b.txt", "Investment in computing centres was CNY3.6 trillion in 2024.", "CNY3.6 trillion"),
        };

        var groups = figures.Metrics(SeriesFixtures.DataOnly);

        Assert.Equal(["USD", "CNY"], groups.Select(g => g.Unit));
        var dollars = figures.Series("investment in computing centres", SeriesFixtures.DataOnly);
        Assert.Equal("USD", dollars.Unit);
        Assert.Equal([400e9, 520e9], dollars.Points.Select(p => p.Value));
        Assert.All(dollars.Points, p => Assert.Null(p.Conversion));
        Assert.Equal("'investment in computing centres' matched 2 metrics; showing investment in computing centres in USD (2 figures); "
            + "also: investment in computing centres in CNY (1)", dollars.LookupNote);
    }

    [Fact]
    public void A_currency_joins_at_the_rate_its_text_gives_and_a_differing_value_for_a_period_is_flagged()
    {
        const string rateSentence = "Investment in computing centres was CNY3.6 trillion (USD497.1 billion) in 2024.";
        var figures = new[]
        {
            Investment(400e9, "USD", "2023", "901_a.txt", "Investment in computing centres was USD400 billion in 2023.", "USD400 billion"),
            Investment(520e9, "USD", "2025", "901_a.txt", "Investment in computing centres was USD520 billion in 2025.", "USD520 billion"),
            Investment(3.6e12, "CNY", "2024", "902_b.txt", rateSentence, "CNY3.6 trillion"),
            Investment(497.1e9, "USD", "2024", "902_b.txt", rateSentence, "USD497.1 billion"),
            Investment(4.2e12, "CNY", "2025", "902_b.txt", "Investment in computing centres reached CNY4.2 trillion in 2025.", "CNY4.2 trillion"),
        };

        var series = figures.Series("investment in computing centres", SeriesFixtures.DataOnly);

        Assert.Null(series.LookupNote);
        Assert.Equal("USD", series.Unit);
        // 2024: the yuan amount converts to exactly the dollar amount beside it, so the two fold into one point.
        var y2024 = Assert.Single(series.At("2024"));
        Assert.Equal(497.1e9, y2024.Value, 1);
        Assert.Equal(2, y2024.Sources.Count);
        // 2025: CNY4.2 trillion at 497.1/3600 is about USD579.9 billion, which is not the other text's USD520 billion.
        var y2025 = series.At("2025").OrderBy(p => p.Value).ToList();
        Assert.Equal(2, y2025.Count);
        Assert.All(y2025, p => Assert.True(p.Conflict));
        var converted = y2025[1];
        Assert.Equal(4.2e12 * 497.1 / 3600, converted.Value, 1);
        Assert.Equal(("CNY", "USD", rateSentence), (converted.Conversion!.FromUnit, converted.Conversion.ToUnit, converted.Conversion.RateSentence));
        Assert.Equal(497.1 / 3600, converted.Conversion.Factor, 12);
        Assert.Equal("2025", Assert.Single(series.Conflicts).Label);
    }
}
