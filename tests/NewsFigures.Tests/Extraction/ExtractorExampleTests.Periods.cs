namespace NewsFigures.Tests.Extraction;

/// <summary>
/// Which time a figure's period comes from, on sentences invented for other fields than the corpus (farming, tourism,
/// shipping, retail): fiscal years and seasons, decades, spans that start at a year, times relative to the text's date,
/// and the times a figure must not borrow (across a contrast, from a clause of their own, a parenthesis, what something is likened to,
/// the base of a comparison or of a multiple).
/// </summary>
public sealed partial class ExtractorExampleTests
{
    private static readonly DateOnly September2018 = new(2018, 9, 25);

    private static string? PeriodOf(string text, string figure, DateOnly? date = null) => FigureOf(text, figure, date).Period;

    [Theory]
    [InlineData("The state's coal output stood at 12 million tonnes in 2004-05.", "12 million tonnes", "FY2005")]
    [InlineData("Club revenue was 90 million euros in 2016/17.", "90 million euros", "2016/2017")]
    [InlineData("The club sold 40,000 season tickets in the 2008-09 season.", "40,000", "2008/2009")]
    [InlineData("Tourism grew between 5% and 8% a year from the 1980s to the 2000s.", "8%", "1980/2009")]
    [InlineData("The lease will run for three years from 2016.", "three", "2016/2018")]
    // a quarter of a year written split is a quarter of the April-to-March financial year
    [InlineData("Port revenue in Q1 of 2018-19 is estimated at Rs 33.74 crore.", "Rs 33.74 crore", "2018-Q2")]
    [InlineData("Port revenue rose 8.2 per cent during the fourth quarter of the financial year 2018-19.", "8.2 per cent", "2019-Q1")]
    // a half of a year by its code
    [InlineData("Premiums rose 12.6% in 1H2024.", "12.6%", "2024-H1")]
    [InlineData("Ferry revenues grew from $3.7 billion in 1H 2020 to $4.6 billion in 1H 2021.", "$4.6 billion", "2021-H1")] // the year spaced
    [InlineData("Revenue rose 5% in H1 2024.", "5%", "2024-H1")]
    [InlineData("Profit fell 3% in H2 of 2023.", "3%", "2023-H2")]
    public void Fiscal_years_seasons_decades_and_spans_from_a_year(string sentence, string figure, string period)
    {
        Assert.Equal(period, PeriodOf(sentence, figure));
    }

    [Theory]
    [InlineData("The average rate rose to 4.65 percent last week.", "4.65 percent", "2018-09")]
    [InlineData("That is up from 3.83 percent a year ago.", "3.83 percent", "2017-09")]
    [InlineData("Sales of boats have dropped 1.5 percent in the past 12 months.", "1.5 percent", "2017-09/2018-09")]
    [InlineData("By the end of last year, the fleet reached 180 ships.", "180", "2017-12")]
    [InlineData("The port has a budget of £332 million for the current financial year.", "£332 million", "FY2019")] // April to March
    [InlineData("For the next financial year, the port expects a deficit of £27.1 million.", "£27.1 million", "FY2020")]
    [InlineData("There were 601 boats in the harbour yesterday.", "601", "2018-09")]
    [InlineData("The port raised its fees by 40 basis points with effect from tomorrow.", "40 basis points", "2018-09")]
    [InlineData("Berth fees rose 3% with effect from July 2018.", "3%", "2018-07")] // the day it takes effect, no base
    [InlineData("The appeal has raised more than £60m so far.", "more than £60m", "2018-09")]
    [InlineData("The appeal has raised £40m so far this year.", "£40m", "2018")] // "this year" dates it
    public void Weeks_days_before_years_ago_months_past_financial_years_and_the_end_of_last_year_resolve_against_the_text_date(string sentence, string figure, string period)
    {
        Assert.Equal(period, PeriodOf(sentence, figure, September2018));
    }

    [Theory]
    [InlineData("Ferry crossings rose 4 percent in January-June 2019.", "4 percent", null, "2019-H1")]
    [InlineData("Hotel stays fell 3 per cent between April and June.", "3 per cent", "2018-09-25", "2018-Q2")]
    [InlineData("Cruise bookings reached 9,000 from June to July 2017.", "9,000", null, "2017-06/2017-07")]
    [InlineData("Port calls rose 6% in July-December.", "6%", "2018-09-25", "2017-H2")] // December is still to come in 2018
    [InlineData("Port calls rose 6% between April and June.", "6%", null, null)] // no year anywhere
    public void A_run_of_months_is_its_quarter_its_half_or_its_span(string sentence, string figure, string? date, string? period)
    {
        Assert.Equal(period, PeriodOf(sentence, figure, date is null ? null : DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Theory]
    [InlineData("Since 1995, tram ridership increased 25.1%.", "25.1%")]
    [InlineData("Tram ridership has increased 25.1% since 1995.", "25.1%")]
    [InlineData("The bank raised its rate by 50 basis points, its fifth hike since March.", "50 basis points")]
    [InlineData("Since the market peak in October 2007, ferry values have deflated by 41.4%.", "41.4%")] // inside its phrase
    public void A_time_after_since_is_where_a_change_counts_from_not_its_period(string sentence, string figure)
    {
        Assert.Null(PeriodOf(sentence, figure, September2018));
        Assert.Null(PeriodOf(sentence, figure));
    }

    [Fact]
    public void A_when_clause_right_after_a_since_time_is_of_that_time() =>
        Assert.Equal("2015-03", PeriodOf("Ferry volumes hit their lowest since March 2015 when they were put at 16,000 tonnes.", "16,000 tonnes"));

    [Fact]
    public void A_fall_compared_with_a_year_is_dated_by_its_level_not_by_the_base()
    {
        var figures = Extract("Wool exports came to 52 tonnes, a slight fall of 4 per cent compared with 2016.");
        Assert.All(figures, f => Assert.Null(f.Period));
        var investment = Extract("Investment was almost $279 billion, up from $274 billion in 2016.");
        Assert.Equal(new string?[] { null, "2016" }, investment.Select(f => f.Period));
    }

    [Fact]
    public void A_month_and_its_year_after_a_comma_are_one_base()
    {
        var figures = Extract("The composite price hit $579,800, up 0.63 per cent from September and a 14.6 per cent jump from October, 2015.");
        Assert.All(figures, f => Assert.Null(f.Period));
        Assert.Equal("2012-02", PeriodOf("Vehicle sales during February, 2012 came to 15 999 units.", "15 999"));
    }

    [Fact]
    public void No_time_is_borrowed_across_a_contrast_nor_by_a_multiple_from_its_base()
    {
        var figures = Extract("Visitors were down from 4,000 in the previous month, but around 35 times the number recorded a year earlier, in April 2020, which was 110.");
        Assert.Equal(new string?[] { null, null, "2020-04" }, figures.Select(f => f.Period));
    }

    [Theory]
    [InlineData("Bookings were 5.1 million at the end of April, the highest number since records began in August 2007.", "5.1 million")]
    [InlineData("Planners call for standards (target 2028), prioritizing 500 new parks.", "500")]
    [InlineData("Similar to the crisis of 2008-09, the drought was one of only two events when harvests failed.", "two")]
    public void A_time_of_its_own_clause_a_parenthesis_or_of_a_likeness_dates_no_other_figure(string sentence, string figure)
    {
        Assert.Null(PeriodOf(sentence, figure));
    }

    [Theory]
    [InlineData("The index fell 2.3% to 6,414, the biggest daily decline since November 2008.", "2.3%")]
    [InlineData("The FTSE 100 pushed towards 7,000 points for the first time since early 2020 on Thursday.", "7,000 points")]
    [InlineData("The bank bought dollars every trading day since May 2008 and bought 300 million on Friday.", "300 million")]
    public void A_since_that_frames_a_record_dates_no_figure(string sentence, string figure)
    {
        Assert.Null(PeriodOf(sentence, figure));
    }

    [Theory]
    [InlineData("Employers added 154,000 jobs in Q2 2023.", "154,000", "2023-Q2")]
    [InlineData("Output rose 4% in Q1 of 2024.", "4%", "2024-Q1")]
    [InlineData("Exports rose 3% in Q3.", "3%", "2024-Q3")]
    [InlineData("GDP rose 8.2 percent in Q1 of 2018-19.", "8.2 percent", "2018-Q2")] // a split year's quarter: of the April-March year
    [InlineData("Airlines carried 357.8 million passengers during the first six months of 2011.", "357.8 million", "2011-H1")]
    [InlineData("Chinese tourists raised spending by 28 per cent in the first nine months of 2013.", "28 per cent", "2013-01/2013-09")]
    [InlineData("Revenue grew 5.6 per cent in the opening nine months.", "5.6 per cent", "2024-01/2024-09")]
    [InlineData("During the first eight months of the year, exports rose 12%.", "12%", "2024-01/2024-08")]
    [InlineData("Sales through the first half of the year were down 1.7%.", "1.7%", "2024-H1")]
    [InlineData("Sales in the second half of 2023 were down 2.5%.", "2.5%", "2023-H2")]
    [InlineData("The port handled 33.78 million tonnes in the first 10 months this year, up 13.9 percent.", "13.9 percent", "2024-01/2024-10")]
    [InlineData("Sales in the first half last year were down 2.5%.", "2.5%", "2023-H1")]
    [InlineData("Arsenal reported a 3% decline in revenue for the first six months of 2010/11.", "3%", "2010/2011")] // a season, not 2010
    public void Quarters_by_their_code_and_the_first_months_of_a_year(string sentence, string figure, string period) =>
        Assert.Equal(period, PeriodOf(sentence, figure, new DateOnly(2024, 11, 5)));

    [Fact]
    public void The_first_half_of_a_season_is_no_half_year() =>
        Assert.Null(PeriodOf("The club sold 31,000 tickets in the first half of the season.", "31,000", new DateOnly(2024, 11, 5)));

    [Fact]
    public void A_year_and_a_colon_in_brackets_date_the_figure_after_them_only()
    {
        var figures = Extract("Turnover decreased by 4.5% to £21.8 million (2015: £22.9 million).");
        Assert.Equal(new string?[] { null, null, "2015" }, figures.Select(f => f.Period));
    }

    [Fact]
    public void The_same_period_a_figure_is_compared_to_dates_no_figure() =>
        Assert.Equal("2024-Q2", PeriodOf("Robbery rose by 1 per cent between April and June, compared to the same period the previous year.", "1 per cent",
            new DateOnly(2024, 7, 20)));

    [Theory]
    [InlineData("There were 67,000 burglaries between April and June, compared with 65,200 during the same period the previous year.", "65,200", "2023-Q2")]
    [InlineData("Exports reached $12 billion in August, against $10 billion a year earlier.", "$10 billion", "2023-08")]
    public void A_year_before_the_sentences_quarter_or_month_is_that_quarter_or_month_a_year_before(string sentence, string figure, string period) =>
        Assert.Equal(period, PeriodOf(sentence, figure, new DateOnly(2024, 10, 20)));

    [Fact]
    public void A_change_since_a_year_takes_no_other_time_of_its_sentence()
    {
        Assert.Null(PeriodOf("Some 1.2 million cars were sold in January alone, and battery prices have fallen by 40% since 2020.", "40%",
            new DateOnly(2025, 3, 3)));
    }

    [Fact]
    public void A_year_that_says_which_event_still_dates_a_figure_of_that_event()
    {
        Assert.Equal("2020", PeriodOf("Turnout was 66 percent in the election of 2020.", "66 percent"));
    }

    [Fact]
    public void A_possessive_year_dates_the_figure_of_the_noun_it_owns()
    {
        var figures = Extract("Farms have added an average of 20,000 workers, ahead of 2017’s average monthly growth of 18,000.");
        Assert.Equal(new string?[] { null, "2017" }, figures.Select(f => f.Period));
    }

    [Fact]
    public void Verbless_list_items_take_the_period_of_their_heading_until_a_sentence_with_a_verb()
    {
        var figures = Extract("Harvest figures for 2023/24:\n\nWheat 21 million tonnes (up 3%).\n\nBarley 4 million tonnes\n\n"
            + "Farmers had a good year and sold 7 million tonnes abroad.");
        Assert.Equal(new string?[] { "2023/2024", "2023/2024", "2023/2024", null }, figures.Select(f => f.Period));
    }

    [Theory]
    [InlineData("The ministry lowered its 2024 wheat harvest expectations to 21 million tonnes.", "21 million tonnes", "2024")]
    [InlineData("The mill beat its own 2017 record of 18 harvests.", "18", "2017")]
    [InlineData("2013 Population: 1.36 billion.", "1.36 billion", "2013")]
    // a year before a document names it; a time the sentence states wins
    [InlineData("The 2017 plan calls for 300 new ferries.", "300", null)]
    // a year that sees or brings something is a time
    [InlineData("After a weak decade, 2024 saw a slowdown, with average inflation reaching 0.9%.", "0.9%", "2024")]
    [InlineData("Its 2024 harvest expectations fell to 21 million tonnes in March 2025.", "21 million tonnes", "2025-03")]
    public void A_year_before_the_measure_dates_the_figure(string sentence, string figure, string? period) =>
        Assert.Equal(period, Extract(sentence).Single(f => f.Text == figure).Period);

    [Theory]
    // "the June quarter" is the quarter that ends in June, as Indian and Australian papers write
    [InlineData("Farm output grew 4.1 per cent in the June quarter.", "4.1 per cent", "2025-Q2")]
    [InlineData("Farm output grew 3.8 per cent in the March quarter.", "3.8 per cent", "2025-Q1")]
    // with its year before or after the month; "last quarter" then the quarter before the one named
    [InlineData("Joblessness fell to 3.9 per cent in the September 2018 quarter, down from 4.4 per cent last quarter.", "3.9 per cent", "2018-Q3")]
    [InlineData("Joblessness fell to 3.9 per cent in the September 2018 quarter, down from 4.4 per cent last quarter.", "4.4 per cent", "2018-Q2")]
    [InlineData("Copper output in the 2018 March quarter fell by 136,548 tonnes.", "136,548 tonnes", "2018-Q1")]
    // an ordinal quarter with its year right after, no "of"
    [InlineData("GDP growth slowed to 4.0 per cent in the third quarter 2024.", "4.0 per cent", "2024-Q3")]
    // a run of months named as a quarter takes the year written after it
    [InlineData("The previous best was 9.2 per cent in the July-September quarter in 2016.", "9.2 per cent", "2016-Q3")]
    // a fiscal year written with "fiscal"
    [InlineData("Interest costs rose to $659 billion in fiscal 2023.", "$659 billion", "FY2023")]
    [InlineData("Interest costs rose to $659 billion in fiscal year 2023.", "$659 billion", "FY2023")]
    public void Quarters_named_by_a_month_and_fiscal_years(string sentence, string figure, string period) =>
        Assert.Equal(period, Extract(sentence, November2025).Single(f => f.Text == figure).Period);

    [Theory]
    [InlineData("Results for the year ended 30 April 2016.\n\nTurnover fell to £21.8 million (2015: £22.9 million).", "FY2015")]
    [InlineData("Results for the fiscal year ending June 30, 2016.\n\nTurnover fell to £21.8 million (2015: £22.9 million).", "FY2015")]
    [InlineData("Results for the year ended 31 December 2016.\n\nTurnover fell to £21.8 million (2015: £22.9 million).", "2015")]
    [InlineData("Turnover fell to £21.8 million (2015: £22.9 million).", "2015")]
    public void A_year_labelling_a_comparative_is_the_fiscal_year_the_text_reports_on(string text, string period) =>
        Assert.Equal(period, PeriodOf(text, "£22.9 million"));

    [Fact]
    public void The_article_may_say_it_reports_a_fiscal_year_above_the_piece()
    {
        var figure = new FigureExtractor().Extract("Turnover fell to £21.8 million (2015: £22.9 million).", new ExtractionContext(ReportsFiscalYear: true))
            .Single(f => f.Text == "£22.9 million");
        Assert.Equal("FY2015", figure.Period);
        Assert.True(FiscalYear.IsReportedIn("Preliminary Results for the year ended 30 April 2016"));
    }

    [Theory]
    [InlineData("ABARES forecast Australia's 2013-14 wheat production at 25,399,000 tonnes.", "25,399,000 tonnes", "2013/2014")]
    [InlineData("The state spent £9.3bn in 2011-12.", "£9.3bn", "FY2012")]
    public void A_harvest_year_is_a_season_and_other_hyphenated_years_are_fiscal(string sentence, string figure, string period) =>
        Assert.Equal(period, PeriodOf(sentence, figure));

    [Theory]
    [InlineData("The trade surplus totaled EUR 11.8 billion versus EUR 16.7 billion in the same period last year.", "EUR 11.8 billion", null)]
    [InlineData("The trade surplus totaled EUR 11.8 billion versus EUR 16.7 billion in the same period last year.", "EUR 16.7 billion", "2024")]
    [InlineData("There were 141,700 burglaries, compared with 138,900 during the same period the previous year.", "141,700", null)]
    [InlineData("Cargo was up 13.9 percent from 29.66 million tonnes posted in the same period of 2023.", "13.9 percent", null)]
    [InlineData("Cargo was up 13.9 percent from 29.66 million tonnes posted in the same period of 2023.", "29.66 million tonnes", "2023")]
    public void The_base_of_a_comparison_owns_the_time_a_few_words_after_it(string sentence, string figure, string? period) =>
        Assert.Equal(period, PeriodOf(sentence, figure, new DateOnly(2025, 6, 1)));

    [Theory]
    [InlineData("Ferry sales were up 9% on 2012 at £4m.", "9%", null)] // the year after "on" is the base
    [InlineData("The port welcomed 5.4 million passengers in October 2013, a 3.5% rise on the period in 2012.", "3.5%", "2013-10")]
    [InlineData("Fares rose 5% on 1 April 2014.", "5%", "2014-04")] // a day after "on" is when it happened
    [InlineData("Fares rose 5% on April 1, 2014.", "5%", "2014-04")]
    [InlineData("The mill produced 9.3 Mt in January 2020, down 3.2% on January 2019.", "3.2%", "2020-01")] // a month and its year: a base
    [InlineData("Ridership was 7.38 million in January 2017, up 8.6% on January-2016.", "8.6%", "2017-01")] // joined by a hyphen too
    public void On_after_a_percent_change_opens_its_base(string sentence, string figure, string? period) =>
        Assert.Equal(period, PeriodOf(sentence, figure));

    [Theory]
    [InlineData("In 2015 the port's deficit totaled $439 million, $44 million less than the shortfall in 2014.", "$439 million", "2015")]
    [InlineData("The fare rise was smaller than 4 percent in 2014.", "4 percent", "2014")] // a figure between owns the time
    public void A_time_in_the_noun_phrase_after_than_dates_what_is_compared_with(string sentence, string figure, string period) =>
        Assert.Equal(period, PeriodOf(sentence, figure));

    [Fact]
    public void A_time_at_the_end_of_a_long_phrase_after_than_is_its_base() =>
        Assert.Null(PeriodOf("The average ferry fare is £531 lower than at the height of the fuel crisis at the start of 2023.", "£531",
            new DateOnly(2024, 2, 23)));

    [Theory]
    [InlineData("11.38 per cent", "2011-12")]
    [InlineData("10.16 per cent", "2011-11")]
    public void A_change_takes_the_period_of_the_figure_before_in_the_same_role(string figure, string period) =>
        Assert.Equal(period, PeriodOf("Food inflation eased to 10.40 per cent in December 2011 from 12.47 per cent in November 2011, but fuel inflation accelerated to 11.38 per cent from 10.16 per cent.", figure));

    [Theory]
    [InlineData("3.9 percent")]
    [InlineData("2.8 percent")]
    public void A_time_in_the_level_a_figure_is_measured_against_dates_that_level(string figure) =>
        Assert.Equal("2011-06", PeriodOf("The June 2011 ferry total was 3.9 percent above that of two years ago in June 2009, but 2.8 percent below the level of June 2008.", figure));

    [Fact]
    public void A_year_before_a_measure_with_a_digit_in_its_name_dates_the_figure() =>
        Assert.Equal("2013", PeriodOf("2013 CO2 emissions: 11 billion tons", "11 billion tons"));

    [Fact]
    public void A_year_earlier_does_not_count_back_from_the_year_a_record_is_measured_from() =>
        Assert.Null(FigureOf("The unemployment rate was 4.3%, down from 4.9% for a year earlier and the lowest since 1975.", "4.9%").Period);

    [Theory]
    [InlineData("3 per cent")]
    [InlineData("1 per cent")]
    public void A_change_list_passes_the_time_after_its_last_item_back_to_its_first(string figure) =>
        Assert.Equal("2009-Q2", PeriodOf("Burglary rose by 3 per cent, robbery by 1 per cent and theft by 5 per cent between April and June 2009.", figure));

    [Fact]
    public void A_time_passes_back_along_a_list_only_without_a_verb_between() =>
        Assert.Null(PeriodOf("Burglary rose by 3 per cent, while robbery fell by 1 per cent and theft by 5 per cent between April and June 2009.", "3 per cent"));

    [Fact]
    public void A_count_that_sizes_a_change_noun_takes_the_period_of_the_figure_before() =>
        Assert.Equal("2009-Q2", PeriodOf("There were 67,000 burglaries between April and June 2009, compared with 65,200 a year earlier, an increase of 1,800 offences.", "1,800"));
    [Fact]
    public void The_level_a_change_reaches_takes_the_changes_period() =>
        Assert.Equal("2016-08", FigureOf("Permits slipped 0.4 percent to 1.14 million in August 2016 as approvals tumbled 7.2 percent to a 402,000 rate.", "402,000").Period);
    [Theory]
    [InlineData("Norway made 4.8 million tons of steel in August 2020, or 8.4% more as compared to August of 2019.", "8.4%", "2020-08")]
    [InlineData("Ferries carried 35.7 million passengers in the first half of 2011, up 2.3 percent from the same period in 2010.", "2.3 percent", "2011-H1")]
    [InlineData("Norway made 4.8 million tons of steel in August 2020, down 20.6% as compared to the same point in 2019.", "20.6%", "2020-08")]
    [InlineData("Its share fell 8 percent compared to the same quarter in 2013, when its phones accounted for 32.1 percent.", "32.1 percent", "2013")]
    public void The_time_of_a_compared_period_is_the_bases_not_the_changes(string sentence, string figure, string period) =>
        Assert.Equal(period, PeriodOf(sentence, figure));
    [Fact]
    public void The_previous_month_counts_from_the_figures_month_not_from_its_base() =>
        Assert.Equal("2018-06", PeriodOf("The rent index increased 5.9 percent in July compared with a year earlier, down from a 6.4 percent "
            + "annual gain the previous month.", "6.4 percent", new DateOnly(2018, 9, 25)));

    [Theory]
    [InlineData("The canal, which opened in 1869, said revenue gained 31 percent in June.", "31 percent")]
    [InlineData("Fares rose 5 percent last year, after 3 percent in 2019.", "5 percent")]
    public void A_figures_own_time_that_no_date_resolves_leaves_it_undated_not_dated_by_another_time(string sentence, string figure) =>
        Assert.Null(FigureOf(sentence, figure).Period); // no article date: "June" and "last year" are of an unknown year

    [Fact]
    public void A_time_no_date_resolves_stays_in_the_metric() =>
        Assert.Equal("attendances that were recorded in May", FigureOf("A total of 2.08 million attendances were recorded in May.", "2.08 million").Metric);

    [Theory]
    [InlineData("It was higher than in 2019, the last year that exams were taken, when 25.4% of entries were awarded A grades.", "25.4%")]
    [InlineData("The number who passed is 1,18,936, which is 24,776 more than the last year, he added.", "24,776")]
    public void The_last_year_is_no_calendar_year_before_the_articles(string sentence, string figure) =>
        Assert.Null(PeriodOf(sentence, figure, new DateOnly(2021, 10, 8))); // "last year" alone would be 2020

    [Theory]
    [InlineData("The ratio of debt to income is 82 percent, just below the pre-pandemic level of 86 percent in 2019.", "82 percent", null)]
    [InlineData("Smartphones accounted for 66 percent of shipments, and Gartner predicted that share would rise to about 90 percent by 2018.", "66 percent", null)]
    [InlineData("A total of 51,765 robberies were reported, a 2% increase (1,035 cases) over the previous year.", "2%", "2018")]
    [InlineData("A total of 18,980 cases were reported, a 4.1% increase — 747 cases — over the previous year.", "4.1%", "2018")]
    [InlineData("Assets increased by 8.9% to reach a new record, totaling $23.6 trillion in 2021.", "8.9%", "2021")]
    public void A_figure_takes_the_time_of_the_figure_after_it_only_within_its_clause(string sentence, string figure, string? period) =>
        Assert.Equal(period, PeriodOf(sentence, figure, new DateOnly(2019, 6, 1)));

    [Fact]
    public void The_total_a_change_is_measured_against_is_a_level_of_its_own_time_and_lends_it_to_no_other_figure()
    {
        var found = Extract("Industry sales were $47.4 billion during the month of August 2022, a slight increase of 0.1% over the August "
            + "2021 total of $47.3 billion but a decrease of 3.4% compared to the July 2022 total of $49.0 billion.", new DateOnly(2022, 9, 7));
        Assert.Equal(["2022-08", "2022-08", "2021-08", "2022-08", "2022-07"], found.Select(f => f.Period));
        Assert.Equal([FigureKind.Level, FigureKind.Change, FigureKind.Level, FigureKind.Change, FigureKind.Level], found.Select(f => f.Kind));
        Assert.All(found, f => Assert.Equal("Industry sales during the month", f.Metric));
    }

    [Theory]
    [InlineData("July's starts were unrevised at a 1.21 million-unit pace.", "1.21 million", "2016-07", "starts")]
    [InlineData("Last year's output was 5 tonnes.", "5 tonnes", "2015", "output")]
    [InlineData("This year’s budget is $5 billion.", "$5 billion", "2016", "budget")]
    [InlineData("The seat load factor was 85.4%, up from last year's 85.3%.", "85.3%", "2015", "seat load factor")]
    [InlineData("Output was 184,264 tonnes, up 1 per cent compared to 2015's 182,269 tonnes.", "182,269 tonnes", "2015", null)]
    [InlineData("Ferry sales were weak, with February 2015's registrations – 3,586 new ferries – below target.", "3,586", "2015-02", null)] // set off by a dash
    public void A_possessive_time_dates_the_figure_of_the_noun_it_owns_and_stays_out_of_its_metric(string sentence, string figure, string period, string? metric)
    {
        var found = FigureOf(sentence, figure, new DateOnly(2016, 9, 20));
        Assert.Equal(period, found.Period);
        if (metric is not null) Assert.Equal(metric, found.Metric);
    }

    [Theory]
    [InlineData("Sales fell to 6 tonnes from last year's 8 tonnes.", "6 tonnes")] // the base's time, not the figure's
    [InlineData("Sales were 6 tonnes, against last year's 8 tonnes.", "6 tonnes")]
    [InlineData("Sales fell 4% from July's level.", "4%")]
    [InlineData("The loss of $427 million was warned of in July’s trading update.", "$427 million")]
    [InlineData("The changes in this month's prices have been a consequence of the average cost decreasing by 1.83 per cent.", "1.83 per cent")]
    [InlineData("Last year's price hike meant the average pack of 20 cigarettes would cost more.", "20")]
    public void A_possessive_time_dates_no_figure_but_the_one_it_owns(string sentence, string figure) =>
        Assert.Null(FigureOf(sentence, figure, new DateOnly(2016, 9, 20)).Period);

    [Fact]
    public void Theresa_Mays_is_no_month() =>
        Assert.Null(FigureOf("Theresa May's cabinet had 22 ministers.", "22", new DateOnly(2016, 9, 20)).Period);

    [Fact]
    public void A_time_a_level_was_last_seen_in_dates_no_figure() =>
        Assert.Null(PeriodOf("The report found that 73% of adults gambled, marking a return to levels last seen in 1999.", "73%",
            new DateOnly(2011, 2, 1)));

    [Theory]
    [InlineData("Sales were 5 tonnes in 2010, above the 2008 average of 4 tonnes.", "4 tonnes", "2008")]
    [InlineData("59% of adults bought tickets in 2010, lower than the 1999 rate of 65%.", "65%", "1999")]
    [InlineData("The projected 2025 harvest is 214.6 million fish, above the 2000-2023 average of 175 million fish.", "214.6 million", "2025")]
    [InlineData("Prices stand at $81 a barrel in 2024, stable compared to the 2023 price of $82 per barrel.", "$82", "2023")]
    [InlineData("The crop would be more than 9 million tonnes smaller than the 2015 crop of 159.6 million tonnes.", "more than 9 million tonnes", null)]
    public void A_year_before_the_measure_an_amount_is_of_dates_that_amount_alone(string sentence, string figure, string? period) =>
        Assert.Equal(period, PeriodOf(sentence, figure, new DateOnly(2011, 2, 1)));

    [Theory]
    [InlineData("Visitor arrivals from Australia for the year ended May 2019 exceeded 1.5 million.", "exceeded 1.5 million", "2019-05", "Visitor arrivals from Australia")]
    [InlineData("Sales in the year to March 2019 rose 5% to 900 units.", "5%", "2019-03", "Sales")]
    [InlineData("Annual net migration was estimated at 53,200 (± 900) in the year ended February 2019.", "53,200", "2019-02", "Annual net migration")]
    [InlineData("The unemployment rate held steady at 5.1% for the three months leading up to May.", "5.1%", "2019-05", "unemployment rate")]
    [InlineData("Revenue for the quarter ended June 30 was $5 billion.", "$5 billion", "2019-06", "Revenue")]
    [InlineData("The bureau said earnings jumped to 102.4 billion shillings for the period ending in June.", "102.4 billion shillings", "2019-06", "earnings")]
    [InlineData("It now expects group operating profit for the six months to September to grow to ¥270 billion.", "¥270 billion", "2018-09", "group operating profit")]
    public void The_year_a_time_ends_is_named_with_the_time_and_stays_out_of_the_metric(string sentence, string figure, string period, string metric)
    {
        var found = FigureOf(sentence, figure, new DateOnly(2019, 6, 20));
        Assert.Equal((period, metric), (found.Period, found.Metric));
    }

    [Fact]
    public void Each_figure_of_a_list_owns_the_year_to_the_time_after_it() =>
        Assert.Equal(["2016-03", "2015-03", "2014-03"], Extract("That compares with net gains of 67,619 in the year to March 2016, 56,275 in the "
            + "year to March 2015 and 31,914 in the year to March 2014.", new DateOnly(2019, 6, 20)).Select(f => f.Period));

    [Theory]
    [InlineData("Scooter sales rose 10 percent last month to 3,66,292 units as against 3,34,288 units a year ago.", "3,34,288", "2020-07")]
    [InlineData("Scooter sales were 3,66,292 units, against 3,34,288 units a year ago.", "3,34,288", "2020-08")] // no month of its own
    public void A_year_ago_counts_back_from_the_sentences_own_month(string sentence, string figure, string period) =>
        Assert.Equal(period, PeriodOf(sentence, figure, new DateOnly(2021, 8, 12)));

    [Fact]
    public void A_time_labels_the_figure_in_brackets_right_after_it() =>
        Assert.Equal(["2019", "2020"], Extract("Exports were only larger in 2019 (4.5 million tonnes) and 2020 (5 million tonnes).")
            .Select(f => f.Period));

    [Fact]
    public void A_time_right_after_a_figure_stays_that_figures_though_a_bracket_follows() =>
        Assert.Equal("2011", PeriodOf("Some 5.9 million people smoked in 2018 (14.4%), down from 7.7 million in 2011 (19.8%).", "7.7 million",
            new DateOnly(2019, 7, 1)));
    [Theory]
    [InlineData("Sales fell 3 percent, the bureau said on Tuesday.", "2018-10-02", "3 percent", "2018-10")]
    [InlineData("Sales fell 3 percent, the bureau said Sunday.", "2018-10-02", "3 percent", "2018-09")] // the Sunday before
    [InlineData("Earlier this month, prices rose 2 percent.", "2018-10-02", "2 percent", "2018-10")]
    [InlineData("Food inflation eased to 10.40 per cent in December, but non-food inflation accelerated to 11.38 per cent, the bureau "
        + "said Thursday.", "2012-01-20", "11.38 per cent", "2011-12")] // the day news is told dates only what nothing else does
    [InlineData("Black Friday sales rose 5 percent.", "2018-10-02", "5 percent", null)]
    public void A_weekday_and_this_month_name_the_month_news_is_told_in(string sentence, string date, string figure, string? period) =>
        Assert.Equal(period, PeriodOf(sentence, figure, DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture)));
    [Theory]
    [InlineData("The mine recovered after a disastrous 2012, with production soaring 43 percent to 297,340 tonnes in the first nine "
        + "months of this year.", "43 percent", "2013-01/2013-09")] // the new level's time, not the nearer year
    [InlineData("Net interest income rose by 20.51% from N234.746 billion to N282.907 billion in 2022.", "20.51%", "2022")] // past its base
    [InlineData("Net interest income rose by 20.51% from N234.746 billion to N282.907 billion in 2022.", "N234.746 billion", null)]
    [InlineData("Ferry giving fell by 20% in real terms, from £11bn to £9.3bn in 2012.", "£11bn", null)] // past words of manner
    [InlineData("Copper production in the January-to-October period increased 6.4 percent.", "6.4 percent", "2013-01/2013-10")]
    [InlineData("New car registrations fell by 21.2% in September to 330,295 units.", "330,295", "2013-09")] // past the change's own time
    [InlineData("Ferry bookings fell by 4 per cent in 2011 compared with 2010 to 236,980.", "236,980", "2011")] // and its base's time
    [InlineData("Premium income grew by 15 per cent from N282.9bn in 2015 to N726.2bn in 2022.", "15 per cent", "2022")] // past the base's time
    [InlineData("Ferry trips rose 1.5 percent year-on-year to 6,010 in June, a record so far in 2013.", "1.5 percent", "2013-06")] // past year-on-year
    [InlineData("The number living on $1.90 a day or less has declined, from 1.9 billion in 1990 to 736 million in 2015.", "$1.90", null)]
    public void A_change_takes_the_time_of_the_level_it_reaches(string sentence, string figure, string? period) =>
        Assert.Equal(period, PeriodOf(sentence, figure, new DateOnly(2013, 11, 30)));
    [Theory]
    [InlineData("770,715")] // the time of unknown year is its own
    [InlineData("5.5%")] // what it is more than is a base, however long its noun phrase
    public void A_run_of_months_in_a_text_of_no_date_is_a_time_of_unknown_year(string figure) =>
        Assert.Null(PeriodOf("Arrivals reached a total of 770,715 during the period of January to July, which is 5.5% more than the number "
            + "of visitor arrivals in the same period of 2016.", figure));

    [Fact]
    public void A_figure_after_than_keeps_the_time_after_it() =>
        Assert.Equal("2018-10", PeriodOf("Overall, 10.3% of patients waited more than three weeks for an appointment in October, compared to "
            + "9.4% in November 2017.", "10.3%", new DateOnly(2018, 12, 13)));

    [Theory]
    [InlineData("Ferries made 1,008 calls in the 4th quarter of 2017.", "2017-Q4")]
    [InlineData("Ferries made 1,008 calls in 3Q17.", "2017-Q3")]
    [InlineData("Ferries made 1,008 calls in 3Q 2017.", "2017-Q3")]
    [InlineData("Ferries made 1,008 calls in 4Q2016.", "2016-Q4")]
    [InlineData("Ferries made 1,008 calls in 3Q.", "2018-Q3")] // the quarter's digit and "Q" alone: of the article's year
    [InlineData("Ferries made 1,008 calls in the 2017 fourth quarter.", "2017-Q4")]
    [InlineData("Ferries made 1,008 calls in the June quarter of 2017.", "2017-Q2")] // of the year named, not the article's
    [InlineData("Ferries made 1,008 calls in the last quarter of 2017.", "2017-Q4")]
    [InlineData("Ferries made 1,008 calls in the final quarter of 2017.", "2017-Q4")]
    [InlineData("Ferries made 1,008 calls last quarter.", "2018-Q2")] // the quarter before the article's
    [InlineData("Ferries made 1,008 calls in the third-quarter of 2017.", "2017-Q3")] // hyphenated
    [InlineData("Ferries made 1,008 calls in the fourth quarter of last year.", "2017-Q4")] // was the article year's
    [InlineData("In the third quarter last year, ferries made 1,008 calls.", "2017-Q3")]
    [InlineData("Ferries made 1,008 calls in the second half of last year.", "2017-H2")]
    public void Quarters_written_with_digits_codes_the_year_before_or_as_the_last(string sentence, string period) =>
        Assert.Equal(period, PeriodOf(sentence, "1,008", new DateOnly(2018, 7, 20)));
    [Theory]
    [InlineData("In June alone, ferry trips reversed the 29.9 percent jump posted during the same month last year.", "29.9 percent", "2018-06")]
    [InlineData("Ferry trips rose 7.9% in June from 2.06 million in the same month last year.", "2.06 million", "2018-06")]
    [InlineData("In June, ferry crossings showed a 3.7 per cent increase over the same period last year.", "3.7 per cent", "2019-06")] // a base
    [InlineData("End-June ferry trips declined by 1 percent to 53,120 from 53,630 last year.", "53,630", "2018-06")] // "last year" after a base
    [InlineData("Between July and end-September 2019, 10,590 trips were made, compared with 9,556 last year.", "9,556", "2018-Q3")]
    public void The_same_month_or_quarter_last_year_is_that_part_of_the_year_before(string sentence, string figure, string? period) =>
        Assert.Equal(period, PeriodOf(sentence, figure, new DateOnly(2019, 8, 8)));
    [Theory]
    [InlineData("In June alone, ferry trips dropped 10.4 percent to 8,480, the biggest decline so far this year.")]
    [InlineData("In June, ferry trips rose 1.5 percent to 8,480, the fastest growth recorded thus far in 2019.")]
    public void The_span_a_superlative_ranks_over_dates_no_figure(string sentence) =>
        Assert.Equal("2019-06", PeriodOf(sentence, "8,480", new DateOnly(2019, 8, 8)));
    [Theory]
    [InlineData("Data showed 59,267 ferry trips from January 1 to May 4 nationwide.", "59,267", "2024-01/2024-05")]
    [InlineData("Ferry receipts from January 1 to June 30, 2023 have climbed to P212.467 billion.", "P212.467 billion", "2023-H1")] // no base
    [InlineData("Last winter, from October to December 2014, 92.6% of ferries were on time.", "92.6%", "2014-Q4")]
    public void A_run_of_months_after_from_is_a_span_with_its_days(string sentence, string figure, string period) =>
        Assert.Equal(period, PeriodOf(sentence, figure, new DateOnly(2024, 5, 24)));
    [Theory]
    [InlineData("Ferry trips dropped to 985 in the period under review from 1,017 recorded in the corresponding period in 2017.", "985",
        null)] // the corresponding period's year is the base's
    [InlineData("Ferry trips rose sharply, compared to the corresponding period in 2017 which recorded 38,190 trips.", "38,190", "2017")]
    [InlineData("Ferry use is higher than in 2017, which was 7%.", "7%", "2017")] // the clause a base's time opens is of that time
    [InlineData("Ferry trips grew by 13.8 per cent growth in August 2018 to 140,319 from 123,269 in the same month of 2017.", "140,319",
        "2018-08")] // past the change noun and its time
    public void The_corresponding_period_is_a_base_and_the_clause_it_opens_is_of_its_time(string sentence, string figure, string? period) =>
        Assert.Equal(period, PeriodOf(sentence, figure, new DateOnly(2018, 9, 20)));
    [Theory]
    [InlineData("The ferry deficit was 5.8% of revenue in FY2024.", "5.8%", "FY2024")]
    [InlineData("Ferry exports rose from 7.847m tonnes during FY20 to 9.314m tonnes in FY21.", "7.847m tonnes", "FY2020")]
    [InlineData("The budget estimates for the FY 2025-26 are proposed at Rs 74,427 crore.", "Rs 74,427 crore", "FY2026")] // split
    [InlineData("The ferry company posted a K1 billion profit in its 2021 financial year.", "K1 billion", "FY2021")] // the year first
    [InlineData("The ferry company made a profit of KSh24.47 billion for the financial year 2024/25.", "KSh24.47 billion", "FY2025")]
    [InlineData("Ferry trips rose 5 percent in FY 2023–24.", "5 percent", "FY2024")] // an en dash
    [InlineData("The ferries carried $11.06 billion in the fiscal 2015-16.", "$11.06 billion", "FY2016")]
    public void A_fiscal_year_by_its_code_is_named_by_the_year_it_ends_in(string sentence, string figure, string period) =>
        Assert.Equal(period, PeriodOf(sentence, figure, new DateOnly(2024, 5, 10)));
    [Theory]
    [InlineData("By 03:07 GMT, spot ferry fares rose 0.4% to $19.47.", "0.4%", "2023-06")]
    [InlineData("Ferry shares were up 1.2% at 1045 GMT.", "1.2%", "2023-06")]
    [InlineData("Ferry shares were down 2% at 1950 GMT.", "2%", "2023-06")] // an hour, no year
    [InlineData("Ferry shares traded at $8.10 as of 10:30 local time.", "$8.10", "2023-06")]
    [InlineData("The ferry left at 10:30 with 120 passengers.", "120", null)] // no zone: no market's clock
    public void An_hour_on_a_zone_clock_is_the_article_day(string sentence, string figure, string? period) =>
        Assert.Equal(period, PeriodOf(sentence, figure, new DateOnly(2023, 6, 8)));

    [Theory]
    [InlineData("EUR 17.7 billion", "2021-07")] // a month before the month the text spoke of, not before its date
    [InlineData("EUR 11.9 billion", "2020-08")]
    [InlineData("EUR 3.1 billion", "2020-08")] // "a year earlier"
    [InlineData("EUR 2.5 billion", "2020-05")] // the sentence names its own month: its own counts
    public void A_year_or_a_month_ago_counts_back_from_the_month_the_text_spoke_of(string figure, string period) =>
        Assert.Equal(period, PeriodOf("Ferry exports decreased 1.2 percent in August. The ferry surplus declined to EUR 13.0 billion from "
            + "EUR 17.7 billion a month ago. It fell to EUR 10.7 billion from EUR 11.9 billion a year ago. Fares were EUR 3.2 billion, "
            + "against EUR 3.1 billion a year earlier. Fees reached EUR 2.6 billion in May, up from EUR 2.5 billion a year ago.", figure,
            new DateOnly(2021, 10, 8)));

    [Theory]
    [InlineData("Ferry output fell 10 per cent to 99 million tonnes in 2020. Japan's output was 83 million tonnes, against 99 million "
        + "tonnes a year ago.", "99 million tonnes", 1, "2019")] // a year the text spoke of, before any month
    [InlineData("Ferry output was 99 million tonnes in 2020 and 9 million tonnes in August. Rail output was 8 million tonnes, against "
        + "7 million tonnes a year ago.", "7 million tonnes", 0, "2019-08")] // a month named after the year is the reference
    public void A_year_ago_counts_back_from_the_year_the_text_spoke_of(string text, string figure, int nth, string period) =>
        Assert.Equal(period, Extract(text, new DateOnly(2021, 1, 31)).Where(f => f.Text == figure).ElementAt(nth).Period);

    [Theory]
    [InlineData("The ferry line has now erased the $1.1 billion loss in 2021-2022 and the $5.5 billion deficit a year earlier.", "$5.5 billion", "2020/2021")] // not a year before "now"
    [InlineData("Ferry trips have now reached 5,000 in 2022, against 4,000 a year earlier.", "4,000", "2021")]
    public void A_year_earlier_counts_back_from_the_year_or_season_named_not_from_now(string sentence, string figure, string period) =>
        Assert.Equal(period, PeriodOf(sentence, figure, new DateOnly(2024, 5, 13)));

    [Theory]
    [InlineData("The median ferry fare was £10 in 2011-12, down from £11 the previous year.", "£11", "FY2011")]
    [InlineData("Ferry trips totalled 4,062 in FY21, up from 3,764 a year ago.", "3,764", "FY2020")]
    [InlineData("Ferry trips for 2019-20 finished down on the previous year at 8.775 million.", "8.775 million", "FY2020")] // a base
    public void The_year_before_a_fiscal_year_is_the_fiscal_year_before(string sentence, string figure, string period) =>
        Assert.Equal(period, PeriodOf(sentence, figure, new DateOnly(2021, 10, 8)));

    [Theory]
    [InlineData("Ferry exports increased to A$2.71bn ($1.93bn) in 2017-18, an increase of 11% compared to the 2016-17 period.", "A$2.71bn", "FY2018")]
    [InlineData("A total of 162,012 ferry trips were made, a 3.7% increase over the 2017/2018 financial year.", "162,012", null)]
    [InlineData("Ferry bookings ran 12% ahead of 2017.", "12%", null)] // what it leads
    [InlineData("Ferry bookings reached 2.5m, 370,000 up on Q1 of 2017.", "370,000", null)] // what it is up on
    public void A_year_after_the_article_of_a_comparison_is_its_base(string sentence, string figure, string? period) =>
        Assert.Equal(period, PeriodOf(sentence, figure, new DateOnly(2018, 10, 8)));

    [Theory]
    [InlineData("12,116", "FY2015")]
    [InlineData("12,277", "FY2016")]
    public void A_time_opening_the_clause_after_and_dates_that_clause_not_the_figure_before(string figure, string period) =>
        Assert.Equal(period, PeriodOf("In 2014-15, the number of ferries was 12,116 and in 2015-16 it has reached 12,277.", figure, new DateOnly(2018, 10, 8)));

    [Fact]
    public void A_year_with_a_footnotes_mark_after_a_comma_is_still_the_year()
    {
        var figures = Extract("The ferry line estimates the number will be closer to 64,000 by March 2025,2 but set no target.", new DateOnly(2024, 1, 5));
        Assert.Equal([("64,000", "2025-03")], figures.Select(f => (f.Text, f.Period)));
    }

    [Fact]
    public void An_index_base_year_dates_nothing_and_its_100_is_no_figure() =>
        Assert.Equal([("112.3", null)],
            Extract("The ferry tonnage index fell to 112.3 (2000=100) in the month.").Select(f => (f.Text, f.Period)));

    [Fact]
    public void A_year_with_a_footnotes_digit_run_into_it_is_still_the_year() =>
        Assert.Equal([("up to 81 per cent", "2014-H1")],
            Extract("A hike of up to 81 per cent to ferry fees in early 20145 has made crossings dearer.").Select(f => (f.Text, f.Period)));

    [Theory]
    [InlineData("58", "2019")]
    [InlineData("111", "2020")]
    public void A_time_before_a_change_whose_verb_is_left_out_dates_that_change(string figure, string period) =>
        Assert.Equal(period, PeriodOf("The fleet, which in 2019 increased by 58 ferries and in 2020 by 111 ferries, keeps growing.", figure,
            new DateOnly(2021, 4, 8)));

    [Theory]
    [InlineData("The ferry index is 15.2 percent below its April 2007 peak.", "15.2 percent")]
    [InlineData("Ferry use is 5% above their June 2019 level.", "5%")]
    public void The_time_of_what_a_figure_lies_below_or_above_dates_no_figure(string sentence, string figure) =>
        Assert.Null(PeriodOf(sentence, figure, new DateOnly(2018, 10, 8)));

    [Theory]
    [InlineData("Ferry delays were worse than in 2019 – the last year before the strikes – when 25.4% of trips ran late.", "25.4%", "2019")]
    [InlineData("The ferry increase since 2006—when the census counted 1,411 ferries—is of 210%.", "1,411", "2006")]
    [InlineData("The ferry increase since 2006—when the census counted 1,411 ferries—is of 210%.", "210%", null)] // after the aside
    public void A_time_dates_the_clause_when_opens_after_a_dash(string sentence, string figure, string? period) =>
        Assert.Equal(period, PeriodOf(sentence, figure, new DateOnly(2023, 8, 17)));

    [Fact]
    public void A_time_in_brackets_after_a_rate_written_with_a_slash_labels_it() =>
        Assert.Equal("2017-07", PeriodOf("In July 2018, demand pushed ferry fuel prices from the average US$36/MWh (July 2017) to US$112/MWh.",
            "average US$36", new DateOnly(2019, 1, 8)));

    [Theory]
    [InlineData("30%", null)]
    [InlineData("460", "2016-02")]
    public void The_time_of_the_figure_a_change_is_counted_on_dates_only_that_figure(string figure, string? period) =>
        Assert.Equal(period, PeriodOf("The ferry tally represents a 30% rise on the 460 recorded by the union on February 1, 2016.", figure,
            new DateOnly(2018, 1, 8)));

    [Theory]
    [InlineData("Since the ferry strike began in March, 28 of the lines have cut fares.", "28", null)]
    [InlineData("When records began in 2000-01, ferry occupancy averaged 84.7 per cent.", "84.7 per cent", "FY2001")] // "when" dates it
    public void A_since_clause_opening_the_sentence_keeps_its_time(string sentence, string figure, string? period) =>
        Assert.Equal(period, PeriodOf(sentence, figure, new DateOnly(2020, 4, 8)));

    [Theory]
    [InlineData("Ferry losses will reach £27.1 million in 2025 and will rise to £32.6 million the year after.", "2026")]
    [InlineData("For the next financial year, from April 2025, the ferry line predicts a deficit of £27.1 million and the gap will rise to "
        + "£32.6 million the year after.", "FY2027")]
    [InlineData("Ferry losses reached £27.1 million in 2023 and £32.6 million the following year.", "2024")]
    public void The_year_after_is_the_year_after_the_sentences_latest_year(string sentence, string period) =>
        Assert.Equal(period, PeriodOf(sentence, "£32.6 million", new DateOnly(2025, 2, 8)));

    [Theory]
    [InlineData("Norvik reported a 42% drop in ferry profit for the second quarter. Revenue for the quarter was $37 billion.", "2017-Q2")]
    [InlineData("Norvik reported a 42% drop in ferry profit for the second quarter. Revenue for the quarter ended in March was $37 billion.", "2017-03")] // its own end
    public void The_quarter_is_the_quarter_the_text_spoke_of(string text, string? period) =>
        Assert.Equal(period, PeriodOf(text, "$37 billion", new DateOnly(2017, 7, 27)));

    [Theory]
    [InlineData("Norvik's ferry orders received in 2019 dropped by 11 during October.", "2019-10")]
    [InlineData("Norvik's ferry orders dropped by 11 during October.", null)] // no year to read it against
    public void A_month_in_an_undated_text_is_of_the_year_its_sentence_named_before_it(string sentence, string? period) =>
        Assert.Equal(period, PeriodOf(sentence, "11"));

    [Theory]
    [InlineData("Of the 74 ferry crossings, 11 of them were cancelled in October.", "74", null)]
    [InlineData("Of the 74 ferry crossings, 11 of them were cancelled in October.", "11", "2021-10")]
    public void The_whole_an_opening_of_the_phrase_names_takes_no_time_of_the_clause_after_it(string sentence, string figure, string? period) =>
        Assert.Equal(period, PeriodOf(sentence, figure, new DateOnly(2021, 11, 8)));
}
