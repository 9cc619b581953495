namespace NewsFigures.Tests.Extraction;

/// <summary>The hard cases of figure extraction, one sentence each, read the way a reader would.</summary>
public sealed partial class ExtractorExampleTests
{
    private static readonly DateOnly November2025 = new(2025, 11, 25);

    private static IReadOnlyList<Figure> Extract(string text, DateOnly? date = null) =>
        new FigureExtractor().Extract(text, new ExtractionContext(date));

    private static Figure Single(string text, DateOnly? date = null)
    {
        var figures = Extract(text, date);
        Assert.True(figures.Count == 1, $"expected one figure in \"{text}\", got: {string.Join("; ", figures.Select(f => f.Text))}");
        return figures[0];
    }

    [Theory]
    [InlineData("DeepSeek's seven-day surge drew crowds.", "seven", 7, "day")]
    [InlineData("Over two million farmers and herders have become ecological protectors.", "Over two million", 2_000_000, "farmer")]
    [InlineData("China has supported Africa in constructing over a hundred clean energy projects.", "over a hundred", 100, "project")]
    [InlineData("The plant hired twenty-five engineers.", "twenty-five", 25, "engineer")]
    [InlineData("China's AI strategy has coalesced around three pillars.", "three", 3, "pillar")]
    public void Reads_numbers_written_in_words(string sentence, string text, double value, string unit)
    {
        var figure = Single(sentence);
        Assert.Contains(text, figure.Text);
        Assert.Equal(value, figure.Value);
        Assert.Equal(unit, figure.Unit);
    }

    [Fact]
    public void Reads_one_third_as_a_share_in_percent()
    {
        var figure = Single("Nearly one-third of top AI experts hail from China.");
        Assert.Equal(100.0 / 3, figure.Value, 6);
        Assert.Equal(("percent", "nearly", FigureKind.Share), (figure.Unit, figure.Qualifier, figure.Kind));
        Assert.Equal("share of top AI experts", figure.Metric);
    }

    [Fact]
    public void Reads_half_as_a_fall_of_fifty_percent_when_something_is_cut_by_half()
    {
        var figure = Single("Chinese models undercut Western costs by half.");
        Assert.Equal((-50.0, "percent", FigureKind.Change), (figure.Value, figure.Unit, figure.Kind));
    }

    [Fact]
    public void Reads_doubled_as_a_change_of_two_times_that_takes_the_metric_and_period_of_the_figure_before()
    {
        var figures = Extract("China's generative AI user base hit 515 million by mid-year, a figure that doubled from 2024.", November2025);
        Assert.Equal(2, figures.Count);
        var (level, doubled) = (figures[0], figures[1]);
        Assert.Equal((515_000_000.0, "user", "2025-H1"), (level.Value, level.Unit, level.Period));
        Assert.Equal(("doubled", 2.0, "times", FigureKind.Change), (doubled.Text, doubled.Value, doubled.Unit, doubled.Kind));
        Assert.Equal(level.Metric, doubled.Metric);
        Assert.Equal("2025-H1", doubled.Period); // "from 2024" is the base, not the period
    }

    [Theory]
    [InlineData("China will invest $56.4 billion to build a power grid.", "$56.4 billion", 56.4e9, "USD")]
    [InlineData("The utility will invest US$2.5 billion in storage.", "US$2.5 billion", 2.5e9, "USD")]
    [InlineData("R&D spending exceeded 3.6 trillion RMB last year.", "3.6 trillion RMB", 3.6e12, "CNY")]
    [InlineData("The bank lent RMB 500 million to farmers.", "RMB 500 million", 5e8, "CNY")]
    [InlineData("Sales reached 20 billion yuan.", "20 billion yuan", 2e10, "CNY")]
    [InlineData("The fund raised €300 million.", "€300 million", 3e8, "EUR")]
    public void Reads_currencies_before_and_after_the_number(string sentence, string text, double value, string unit)
    {
        var figure = Single(sentence);
        Assert.EndsWith(text, figure.Text);
        Assert.Equal(value, figure.Value, 1e-6 * value);
        Assert.Equal(unit, figure.Unit);
    }

    [Fact]
    public void Reads_a_multiple_with_its_qualifier_and_what_it_compares()
    {
        var figure = Single("Currently, China's power generation capacity is about 2.5 times that of the United States.", new DateOnly(2025, 7, 29));
        Assert.Equal(("about 2.5 times", 2.5, "times", "about", FigureKind.Multiple), (figure.Text, figure.Value, figure.Unit, figure.Qualifier, figure.Kind));
        Assert.Equal("China's power generation capacity relative to the United States", figure.Metric);
        Assert.Equal("2025-07", figure.Period); // "currently": the month of the article's date
    }

    [Fact]
    public void Reads_a_count_within_a_ranking_as_one_rank_figure()
    {
        var figure = Single("According to the website Artificial Analysis, 12 of the world's top 15 open-source AI models are from China.");
        Assert.Equal(("12 of the world's top 15", 12.0, "model", FigureKind.Rank), (figure.Text, figure.Value, figure.Unit, figure.Kind));
        Assert.Equal("open-source AI models", figure.Metric);
        Assert.Equal("Artificial Analysis", figure.Attribution);
    }

    [Fact]
    public void Reads_the_second_figure_a_comparison_carries_with_its_own_year()
    {
        var figures = Extract("Data released by the Ministry of Education in April showed that there are 626 regular universities "
            + "that have registered AI bachelor's degree programs, far exceeding the 35 in 2019.", new DateOnly(2025, 7, 29));
        Assert.Equal(2, figures.Count);
        Assert.Equal((626.0, "university", "2025-04"), (figures[0].Value, figures[0].Unit, figures[0].Period));
        Assert.Equal(("35", 35.0, "university", "2019", (string?)null), (figures[1].Text, figures[1].Value, figures[1].Unit, figures[1].Period, figures[1].Qualifier));
        Assert.Equal(figures[0].Metric, figures[1].Metric);
        Assert.All(figures, f => Assert.Equal("Ministry of Education", f.Attribution));
    }

    [Theory]
    [InlineData("Between 2021 and 2024, Xizang established 17 national-level green factories.", null, "2021/2024")]
    [InlineData("Its patents had ranked first in the world for five consecutive years to 2024.", null, "2020/2024")]
    [InlineData("Researchers evaluated more than 200 authors of papers written between 2024 and February 2025.", null, "2024/2025-02")]
    [InlineData("As of February 2025, the region had 163 high-tech enterprises.", null, "2025-02")]
    [InlineData("By February, the sector had drawn 250 million users.", "2025-11-25", "2025-02")]
    [InlineData("Domestic venture funding dipped 50 percent in early 2025.", null, "2025-H1")]
    [InlineData("The company sold 4,000 cars last year.", "2025-11-25", "2024")]
    [InlineData("The company sold 4,000 cars last year.", null, null)]
    [InlineData("Diesel sales fell to 1.2 million litres last month.", "2025-11-25", "2025-10")]
    [InlineData("Diesel sales fell to 1.2 million litres last month.", "2025-01-10", "2024-12")]
    [InlineData("Rail freight rose 3.1 percent in March, after a 2.4 percent rise the previous month.", "2025-04-20", "2025-02", "2.4 percent")]
    [InlineData("LAGOS, May 12 (Reuters) -- Nigeria's refinery processed 650,000 barrels.", "2025-05-12", null)]
    [InlineData("Any tariff below 5 percent is low, but many importers paid below 4 percent in the past five years.", "2025-05-12", null, "below 5 percent")]
    public void Resolves_periods_against_the_sentence_and_the_article_date(string sentence, string? date, string? period, string? text = null)
    {
        var articleDate = date is null ? (DateOnly?)null : DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture);
        var figure = text is null ? Single(sentence, articleDate) : Extract(sentence, articleDate).Single(f => f.Text == text);
        Assert.Equal(period, figure.Period);
    }

    [Fact]
    public void Spans_over_the_next_years_ending_in_a_year_and_calls_a_prediction_a_forecast()
    {
        var figures = Extract("Morgan Stanley researchers predict that within the next five years, ending in 2030, China will invest "
            + "$56.4 billion to build a power grid, which is more than a 40% increase compared to the previous five years.", new DateOnly(2025, 7, 29));
        Assert.Equal(2, figures.Count);
        Assert.Equal((FigureKind.Forecast, "2026/2030"), (figures[0].Kind, figures[0].Period));
        Assert.Equal(("more than a 40%", 40.0, "more than", FigureKind.Change, "2026/2030"),
            (figures[1].Text, figures[1].Value, figures[1].Qualifier, figures[1].Kind, figures[1].Period));
        Assert.Equal(figures[0].Metric, figures[1].Metric); // "which" refers back
        Assert.All(figures, f => Assert.Equal("Morgan Stanley researchers", f.Attribution));
    }

    [Fact]
    public void A_change_from_the_previous_year_has_the_period_of_the_level_it_follows()
    {
        var figures = Extract("According to the China Academy of Industrial Internet, China's intelligent computing power is expected to "
            + "reach 1,037.3 EFLOPS in 2025, marking a 43 percent increase from the previous year.");
        Assert.Equal(2, figures.Count);
        Assert.Equal(("1,037.3 EFLOPS", 1037.3, "EFLOPS", FigureKind.Forecast, "2025"),
            (figures[0].Text, figures[0].Value, figures[0].Unit, figures[0].Kind, figures[0].Period));
        Assert.Equal(("43 percent", 43.0, "percent", FigureKind.Change, "2025"),
            (figures[1].Text, figures[1].Value, figures[1].Unit, figures[1].Kind, figures[1].Period));
        Assert.All(figures, f => Assert.Equal("China's intelligent computing power", f.Metric));
        Assert.All(figures, f => Assert.Equal("China Academy of Industrial Internet", f.Attribution));
    }

    [Fact]
    public void A_qualifier_binds_only_to_the_number_right_after_it()
    {
        var figures = Extract("More than 30 technology transfer institutions, 120 universities and over 2,000 enterprises took part.");
        Assert.Equal(new string?[] { "more than", null, "over" }, figures.Select(f => f.Qualifier));
        Assert.Equal(new[] { "institution", "university", "enterprise" }, figures.Select(f => f.Unit));
    }

    [Theory]
    [InlineData("The Wall Street Journal, July 29 article, said so.")]
    [InlineData("The earthquake struck central Myanmar on March 28.")]
    [InlineData("On February 7, the center was inaugurated.")]
    [InlineData("By LIANG Yilian 10:54, August 26, 2025")]
    [InlineData("The market peaked between 5 pm and 6 pm on Monday.")]
    [InlineData("The doors open at 5.30 p.m. on Fridays.")]
    [InlineData("At 1112 GMT, the shares were quiet.")]
    [InlineData("dollar-544956_1280")]
    [InlineData("This brings potash back to May 2008 levels.")]
    [InlineData("On question 1, most respondents agreed.")]
    [InlineData("The pass rate is lower than 2022, when exams returned.")]
    [InlineData("Type 1 departments have missed the target again.")]
    [InlineData("Patients with type 2 diabetes wait longer.")]
    [InlineData("From page 1")]
    [InlineData("Models such as Kimi K2 from Moonshot AI were released.")]
    [InlineData("The Center said that DeepSeek-R1 demonstrates China's success.")]
    [InlineData("It built submarine cables and 4G/5G networks.")]
    [InlineData("Platforms are shielded by the Communications Decency Act (1996), Section 230.")]
    [InlineData("From K12 education to universities, schools set up AI courses.")]
    [InlineData("China adjusted the position of its FengYun-2H satellite.")]
    [InlineData("The National Technical Committee 260 on Cybersecurity was established.")]
    [InlineData("Its computing power is second only to the United States'.")]
    [InlineData("Its applications had ranked first in the world.")]
    [InlineData("China hosts the world's third-largest community of developers.")]
    [InlineData("He scored in the 21st minute.")]
    [InlineData("This aligns with the 2017 plan.")]
    [InlineData("Robots boxed at the 2025 World Artificial Intelligence Conference.")]
    [InlineData("Talent is proving to be one of China's greatest strengths.")]
    [InlineData("Zhejiang promoted one-stop services.")]
    [InlineData("A domestic market doubles as a vast testing ground.")]
    [InlineData("Clean electricity has benefited thousands of households.")]
    [InlineData("Over the past five years, China has pushed companies hard.")]
    [InlineData("Its international version was launched one year later.")]
    [InlineData("A Tien Kung Ultra robot runs during the 100-meter final.")]
    [InlineData("Copyright 2003-2025 China Economic Net. Last Updated: 2025-11-25 09:20")]
    [InlineData("Original: https://www.toutiao.com/article/7533457713548886563/")]
    [InlineData("Developers protect your rights: (1) assert copyright, (2) offer a license.")]
    [InlineData("The terms of sections 4 and 5 apply.")]
    [InlineData("3. Protecting users from anti-circumvention law.")]
    [InlineData("Windows 11 and the iPhone 15 Pro launched after COVID-19 hit G20 economies.")]
    [InlineData("It was ranked No. 1 in Q3 of FY2024 by 7-Eleven, an Industry 4.0 leader.")]
    [InlineData("Jets bought in the 1990s still fly.")]
    [InlineData("Arrivals rose most in the 65+, 25–34 and 55–64 year age groups.")]
    public void Finds_no_figure_in(string sentence) =>
        Assert.Empty(Extract(sentence, November2025).Select(f => f.Text));

    [Fact]
    public void Energy_news_added_capacity_and_its_growth()
    {
        var figures = Extract("China added 277 GW of solar capacity in 2024, up 28 percent from a year earlier, "
            + "the National Energy Administration said.", November2025);
        Assert.Equal(2, figures.Count);
        Assert.Equal((277.0, "GW", FigureKind.Level, "2024"), (figures[0].Value, figures[0].Unit, figures[0].Kind, figures[0].Period));
        Assert.Contains("solar capacity", figures[0].Metric);
        Assert.Equal((28.0, "percent", FigureKind.Change, "2024"), (figures[1].Value, figures[1].Unit, figures[1].Kind, figures[1].Period));
        Assert.Equal(figures[0].Metric, figures[1].Metric);
        Assert.All(figures, f => Assert.Equal("National Energy Administration", f.Attribution));
    }

    [Fact]
    public void Energy_news_a_fall_and_a_price()
    {
        var figures = Extract("Oil prices fell 3.2% to $71.40 a barrel, according to Reuters.");
        Assert.Equal((-3.2, "percent", FigureKind.Change), (figures[0].Value, figures[0].Unit, figures[0].Kind));
        Assert.Equal((71.40, "USD", FigureKind.Level), (figures[1].Value, figures[1].Unit, figures[1].Kind));
        // the change is of oil prices; the price reached is one per barrel
        Assert.Equal([("Oil prices", "Reuters"), ("Oil prices per barrel", "Reuters")], figures.Select(f => (f.Metric, f.Attribution)));
    }

    [Fact]
    public void Economy_news_a_level_reached_is_not_a_change()
    {
        // an unemployment rate is a part of the labour force: a share (data/dev/study/NOTES.md), the level reached not a change
        var figures = Extract("Unemployment dropped to 3.9% in March 2024 from 4.1% a year earlier.");
        Assert.Equal((3.9, FigureKind.Share, "2024-03"), (figures[0].Value, figures[0].Kind, figures[0].Period));
        // a year before March 2024 is March 2023
        Assert.Equal((4.1, FigureKind.Share, "2023-03"), (figures[1].Value, figures[1].Kind, figures[1].Period));
    }

    [Fact]
    public void Economy_news_a_forecast_by_a_future_year_and_quarterly_growth()
    {
        var gdp = Single("GDP is projected to reach 140 trillion yuan by 2030, economists at Goldman Sachs estimate.", November2025);
        Assert.Equal((1.4e14, "CNY", FigureKind.Forecast, "2030", "GDP"), (gdp.Value, gdp.Unit, gdp.Kind, gdp.Period, gdp.Metric));

        var growth = Extract("The economy grew 5.2 percent in the first quarter, while retail sales rose by 4.7%.", November2025);
        Assert.Equal(new[] { ("economy", 5.2), ("retail sales", 4.7) }, growth.Select(f => (f.Metric, f.Value)));
        Assert.All(growth, f => Assert.Equal((FigureKind.Change, "2025-Q1"), (f.Kind, f.Period)));
    }

    [Fact]
    public void Economy_news_a_rate_raised_by_basis_points_to_a_new_level()
    {
        var figures = Extract("Brazil's central bank raised its benchmark Selic rate by 50 basis points to 10.75% on Wednesday.");
        Assert.Equal((50.0, "basis point", FigureKind.Change), (figures[0].Value, figures[0].Unit, figures[0].Kind));
        Assert.Contains("benchmark Selic rate", figures[0].Metric);
        Assert.Equal((10.75, "percent", FigureKind.Level), (figures[1].Value, figures[1].Unit, figures[1].Kind));
        Assert.Equal(figures[0].Metric, figures[1].Metric);
    }

    [Fact]
    public void Energy_news_a_planned_cut_by_a_third_and_a_build_out_over_the_next_years()
    {
        var figures = Extract("The government plans to cut coal use by a third by 2030 and to build 150 nuclear reactors over the next 15 years.",
            November2025);
        Assert.Equal(("a third", FigureKind.Change, "2030"), (figures[0].Text, figures[0].Kind, figures[0].Period));
        Assert.Equal(-100.0 / 3, figures[0].Value, 6);
        Assert.Contains("coal use", figures[0].Metric);
        Assert.Equal((150.0, "reactor", FigureKind.Forecast, "2026/2040"), (figures[1].Value, figures[1].Unit, figures[1].Kind, figures[1].Period));
    }

    [Fact]
    public void Economy_news_a_multiple_now_and_the_multiple_it_rose_from()
    {
        var figures = Extract("Average house prices are now 7.7 times average earnings, up from 3.6 times in 1997.", November2025);
        Assert.Equal(new (double, FigureKind, string?)[] { (7.7, FigureKind.Multiple, "2025-11"), (3.6, FigureKind.Multiple, "1997") },
            figures.Select(f => (f.Value, f.Kind, f.Period)));
        Assert.All(figures, f => Assert.Equal("Average house prices", f.Metric));
    }

    [Fact]
    public void Economy_news_two_levels_of_a_count_years_apart_with_their_source()
    {
        var figures = Extract("About 1.3 billion people lived in extreme poverty in 2000, versus 700 million in 2019, the World Bank said.");
        Assert.Equal(new (double, string?, string?, string?)[] { (1.3e9, "person", "2000", "about"), (7e8, "person", "2019", null) },
            figures.Select(f => (f.Value, f.Unit, f.Period, f.Qualifier)));
        Assert.All(figures, f => Assert.Equal("World Bank", f.Attribution));
    }

    [Fact]
    public void Market_news_points_gained_and_the_level_reached()
    {
        var figures = Extract("The index rose 2.4 points to 3,215.6, while the yuan weakened 0.3 percent against the dollar.");
        Assert.Equal(new (double, string?, FigureKind, string)[]
            {
                (2.4, "point", FigureKind.Change, "index"), (3215.6, "point", FigureKind.Level, "index"), (-0.3, "percent", FigureKind.Change, "yuan"),
            },
            figures.Select(f => (f.Value, f.Unit, f.Kind, f.Metric)));
    }

    private const string EnergyArticle = """
        China's Clean Power Push Breaks Records

        China installed 277 gigawatts of solar capacity last year, more than the rest of the world combined, according to the National Energy Administration. Wind additions reached 80 GW, up 4.4 percent from 2023.

        Coal still generated about 58 percent of the country's electricity in 2024, down from 61 percent a year earlier. Analysts at BloombergNEF expect clean sources to supply half of all power by 2030.

        The State Grid plans to spend a record 650 billion yuan ($89.5 billion) on the network this year, nearly 10% more than in 2024. Some 1.2 million electric vehicles were sold in January alone, and battery prices have fallen by two-thirds since 2020.

        Oil imports dipped 1.9% to 553 million tonnes, while natural gas imports climbed 6.2 percent.
        """;

    [Fact]
    public void Energy_article_every_figure_with_its_unit_kind_and_period()
    {
        var figures = Extract(EnergyArticle, new DateOnly(2025, 3, 10));
        var expected = new (string Text, double Value, string? Unit, FigureKind Kind, string? Period)[]
        {
            ("277 gigawatts", 277, "GW", FigureKind.Level, "2024"),
            ("80 GW", 80, "GW", FigureKind.Level, null),
            ("4.4 percent", 4.4, "percent", FigureKind.Change, null),
            ("about 58 percent", 58, "percent", FigureKind.Share, "2024"),
            ("61 percent", 61, "percent", FigureKind.Share, "2023"), // coal's share of the electricity a year earlier
            ("half", 50, "percent", FigureKind.Share, "2030"),
            ("650 billion yuan", 650e9, "CNY", FigureKind.Forecast, "2025"),
            ("$89.5 billion", 89.5e9, "USD", FigureKind.Forecast, "2025"),
            ("nearly 10%", 10, "percent", FigureKind.Change, "2025"),
            ("Some 1.2 million", 1.2e6, "vehicle", FigureKind.Level, "2025-01"),
            ("two-thirds", -200.0 / 3, "percent", FigureKind.Change, null), // "since 2020" is where the fall counts from, no period
            ("1.9%", -1.9, "percent", FigureKind.Change, null),
            ("553 million tonnes", 553e6, "tonne", FigureKind.Level, null),
            ("6.2 percent", 6.2, "percent", FigureKind.Change, null),
        };
        Assert.Equal(expected.Select(e => (e.Text, e.Unit, e.Kind, e.Period)), figures.Select(f => (f.Text, f.Unit, f.Kind, f.Period)));
        Assert.All(expected.Zip(figures), pair => Assert.Equal(pair.First.Value, pair.Second.Value, 1e-9 * Math.Abs(pair.First.Value)));
        Assert.Equal("National Energy Administration", figures[0].Attribution);
        Assert.Equal(new[] { "Coal share of the country's electricity", "Coal share of the country's electricity" },
            figures.Skip(3).Take(2).Select(f => f.Metric));
        Assert.Equal(figures[11].Metric, figures[12].Metric); // "dipped 1.9% to 553 million tonnes": the level reached
    }

    [Fact]
    public void Offsets_point_at_the_figure_in_the_given_text()
    {
        const string text = "Intro line.\n\nHumanoid robots, numbering 10,000 units, now handle tasks in factories.";
        var figure = Single(text, November2025);
        Assert.Equal("10,000", text[figure.Start..figure.End]);
        Assert.Equal(("robot", "2025-11"), (figure.Unit, figure.Period));
        Assert.Equal("Humanoid robots, numbering 10,000 units, now handle tasks in factories.", figure.Sentence);
    }
}
