namespace NewsFigures.Tests.Extraction;

/// <summary>
/// What a figure states, on sentences invented for other fields than the corpus (farming, tourism, retail, publishing):
/// changes that a noun or "add" makes, shares that a rate or a target makes, and which future words make a forecast.
/// </summary>
public sealed partial class ExtractorExampleTests
{
    private static Figure FigureOf(string text, string figure, DateOnly? date = null) => Extract(text, date).Single(f => f.Text == figure);

    // the figure is a change of the value given (its sign says which way)
    private static void AssertChange(string sentence, string figure, double value)
    {
        var found = FigureOf(sentence, figure);
        Assert.Equal((FigureKind.Change, value), (found.Kind, found.Value));
    }

    [Theory]
    [InlineData("The museum recorded an increase of 4,000 visitors.", "4,000", 4000.0)]
    [InlineData("The mill posted the 500 tonne per day increase it had promised.", "500 tonne per day", 500.0)] // a rate, t/d
    [InlineData("Orchards lost ground, a fall of 2,000 hectares.", "2,000 hectares", -2000.0)]
    [InlineData("Earlier counts were cut, a net downward revision of 300.", "300", -300.0)]
    [InlineData("The monthly increase in grain exports stood at 4,000 tonnes.", "4,000 tonnes", 4000.0)]
    [InlineData("The downturn in enrolments was 17,000.", "17,000", -17000.0)]
    [InlineData("The bid for the orchard group is a premium of about 33% to its last closing price.", "about 33%", 33.0)]
    [InlineData("Buyers paid a 20% premium over the asking price.", "20%", 20.0)]
    [InlineData("There were 170,979 ferry crossings, a 2.2% increase (3,627 crossings), over the previous year.", "3,627", 3627.0)]
    [InlineData("A total of 18,980 ferry crossings ran, a 4.1% decrease — 747 crossings — on the previous year.", "747", -747.0)]
    [InlineData("Ferry waiting lists saw an 18% (11,971) decrease on 2021.", "18%", -18.0)] // past a count in brackets
    [InlineData("Ferry waiting lists saw an 18% (11,971) decrease on 2021.", "11,971", -11971.0)] // out of its own brackets
    [InlineData("Strong sales of several top-selling ferries boosted first-quarter profit 23 percent.", "23 percent", 23.0)] // a verb, its object, the figure
    public void A_figure_that_sizes_a_change_noun_is_a_change_whatever_it_counts(string sentence, string text, double value) =>
        AssertChange(sentence, text, value);

    [Theory]
    [InlineData("The deficit reached $90 billion, up about $12 billion, or 15%, from 2022.", "15%", 15.0)]
    [InlineData("Core prices stayed firm, but inflation, which had peaked in May, dropped to 1.7% in June.", "1.7%", 1.7)]
    [InlineData("Despite a 3.8% year-on-year drop in visitors, the park earned more.", "3.8%", -3.8)]
    [InlineData("Ferry trips posted a 5 percent year-on-year (YoY) decline in July.", "5 percent", -5.0)] // past the abbreviation
    [InlineData("Growth in regular pay was 6.6% in the year to November.", "6.6%", 6.6)] // the sentence's first word
    [InlineData("Museum visits fell 12,000 in May, the trust said.", "12,000", -12000.0)]
    [InlineData("This year 1,200 pupils sat the exam, 204 more than last year.", "204", 204.0)]
    [InlineData("Freight rates gained 3% or US$370 to reach US$14,028.", "US$370", 370.0)]
    [InlineData("Ferry sales were 25,000, just 0.3%, or 75 boats, ahead of 2018 levels.", "0.3%", 0.3)] // how far ahead
    [InlineData("Ferry sales were 25,000, just 0.3%, or 75 boats, ahead of 2018 levels.", "75", 75.0)]
    [InlineData("Ferry bookings ran 12% behind last year.", "12%", -12.0)]
    public void A_percent_restating_a_change_sizing_inflation_or_a_drop_after_a_compound_is_a_change(string sentence, string text, double value) =>
        AssertChange(sentence, text, value);

    [Fact]
    public void A_percent_in_brackets_after_a_figure_restates_it_a_counts_share_or_a_changes_size()
    {
        var figures = Extract("The queue had fallen to 299, but 226 (75%) were still waiting. Visits fell by 12,000 (5%) in May.");
        Assert.Equal(FigureKind.Share, figures.Single(f => f.Text == "75%").Kind);
        Assert.Equal((FigureKind.Change, -5.0), (figures.Single(f => f.Text == "5%").Kind, figures.Single(f => f.Text == "5%").Value));
    }

    [Fact]
    public void A_rate_the_sentence_named_as_a_price_keeps_its_percent_a_level()
    {
        var figure = FigureOf("The bank said it was lifting the repo rate, which it uses to lend to banks, to 7.75 per cent.", "7.75 per cent");
        Assert.Equal(FigureKind.Level, figure.Kind);
        // past a rate that a list of rates names by "the" alone
        var listed = Extract("The bank kept the deposit rate, the lending rate, and the rate of the main operation at 19.25 percent, 20.25 percent and 19.75 percent.");
        Assert.All(listed, f => Assert.Equal(FigureKind.Level, f.Kind));
    }

    [Fact]
    public void A_duration_joined_to_a_change_noun_is_how_long_it_lasted_and_the_level_a_drop_starts_from_a_level()
    {
        Assert.Equal((FigureKind.Level, 5.0), FigureOf("Fares fell to $3, a significant drop from a historic $5 a ticket in June.", "$5") is var from
            ? (from.Kind, from.Value) : default);
        Assert.Equal(FigureKind.Level, FigureOf("Bookings jumped after a seven-day surge in demand.", "seven").Kind);
    }

    [Fact]
    public void A_count_added_to_a_stock_is_a_change_and_so_is_the_next_count_the_verb_governs()
    {
        var figures = Extract("Hotels added 1,200 rooms in May and 800 in June.");
        Assert.All(figures, f => Assert.Equal(FigureKind.Change, f.Kind));
        Assert.Equal(FigureKind.Level, FigureOf("The minister added that 40 farms closed.", "40").Kind);
        Assert.Equal(FigureKind.Level, FigureOf("Farmers added 300 tonnes of storage.", "300 tonnes").Kind); // a measure installed
    }

    [Theory]
    [InlineData("Norvik added 28.1 million members, more than the 27.8 million it added in all of 2019.", "27.8 million")]
    [InlineData("Ferry lines expect to add 6 million members, fewer than the 8.8 million members they added in 2019.", "8.8 million")]
    public void A_count_a_clause_after_it_says_was_added_is_a_change(string sentence, string figure) =>
        Assert.Equal(FigureKind.Change, FigureOf(sentence, figure).Kind);

    [Fact]
    public void A_count_sales_improved_by_is_a_change_and_an_improved_thing_is_no_change()
    {
        Assert.Equal((FigureKind.Change, 3159.0), FigureOf("Aggregate industry sales improved by 3 159 units to 52 356 vehicles.", "3 159") is var up
            ? (up.Kind, up.Value) : default);
        Assert.Equal(FigureKind.Multiple, FigureOf("China's improved capacity is about 3.6 times that of the United States.", "about 3.6 times").Kind);
    }

    [Theory]
    [InlineData("Exports had registered a decline of 2,525 units, or 10.0 per cent, compared to a year earlier.", "10.0 per cent", -10.0)]
    [InlineData("Sales improved by 3 159 units or 6.4 per cent to 52 356 vehicles.", "6.4 per cent", 6.4)]
    [InlineData("Revenue fell 2.1%, or $40 million, to $1.9 billion.", "$40 million", -40_000_000.0)]
    [InlineData("The average tax bill is going up by $78 — or 5.7 per cent — over last year.", "5.7 per cent", 5.7)] // set off by dashes
    // the earlier rate the change is compared with, after the level it reached
    [InlineData("Loans grew by 6.1 per cent to $20.2bn, down from 7.7 per cent in September.", "7.7 per cent", 7.7)]
    public void A_figure_after_or_restating_a_change_is_that_change(string sentence, string figure, double value) =>
        Assert.Equal((FigureKind.Change, value), FigureOf(sentence, figure) is var restated ? (restated.Kind, restated.Value) : default);

    [Fact]
    public void A_rate_a_change_verb_goes_at_is_a_change()
    {
        Assert.Equal(FigureKind.Change, FigureOf("Wheat yields grew at an annual rate of nearly 2 percent.", "nearly 2 percent").Kind);
        // a pace of the rate, or a comparative of pace before "at"
        Assert.Equal(FigureKind.Change, FigureOf("Tax collections grew at a slower rate of 5.0% in September.", "5.0%").Kind);
        Assert.Equal(FigureKind.Change, FigureOf("Non-funded income grew faster at 31 per cent.", "31 per cent").Kind);
    }

    [Fact]
    public void Both_ends_of_a_range_state_the_same_thing_with_the_same_sign()
    {
        var figures = Extract("Ticket sales are set to fall 4-6%.");
        Assert.Equal(new[] { (FigureKind.Change, -4.0), (FigureKind.Change, -6.0) }, figures.Select(f => (f.Kind, f.Value)));
        Assert.Equal(FigureKind.Change, FigureOf("Grain harvests rose between 5% and 10% a year.", "10%").Kind);
    }

    [Theory]
    [InlineData("The occupancy rate climbed to 81 percent.", "81 percent", FigureKind.Share)]
    [InlineData("The literacy rate in the province is 91 percent.", "91 percent", FigureKind.Share)]
    [InlineData("Rail's market share rose to 9 percent.", "9 percent", FigureKind.Share)]
    [InlineData("The chain holds a 30 percent share of the wine market.", "30 percent", FigureKind.Share)]
    [InlineData("The average mortgage rate rose to 5 percent.", "5 percent", FigureKind.Level)]
    [InlineData("A typical two-year ferry loan fix is now 3.03%.", "3.03%", FigureKind.Level)]
    [InlineData("Prior to the auction, 30-year note rates had risen to 2.024 percent.", "2.024 percent", FigureKind.Level)]
    public void A_share_or_a_rate_of_a_population_is_a_share_and_a_price_rate_a_level(string sentence, string text, FigureKind kind)
    {
        Assert.Equal(kind, FigureOf(sentence, text).Kind);
    }

    [Fact]
    public void A_target_set_against_a_share_is_a_share()
    {
        var figures = Extract("Only 64% of parcels arrived on time, against a target of 90%.");
        Assert.Equal(new[] { FigureKind.Share, FigureKind.Share }, figures.Select(f => f.Kind));
    }

    [Fact]
    public void A_clause_after_as_whose_verb_bounds_its_figure_takes_no_forecast_from_the_clause_before() =>
        Assert.Equal([FigureKind.Forecast, FigureKind.Level],
            Extract("Fixing ferry delays could cost £40bn as the waiting list tops 5m.").Select(f => f.Kind));

    [Fact]
    public void What_could_only_be_done_and_a_second_base_are_no_forecast()
    {
        Assert.Equal(FigureKind.Level, FigureOf("Against a quota of 1.772 mbpd, the country could only produce 1.158 mbpd.", "1.158 mbpd").Kind);
        var figures = Extract("The crop is forecast at 7.3 million tonnes versus 7.6 million tonnes last year and 11.2 million tonnes in 2021.");
        Assert.Equal(new[] { FigureKind.Forecast, FigureKind.Level, FigureKind.Level }, figures.Select(f => f.Kind));
    }

    [Fact]
    public void Will_makes_a_forecast_of_the_figure_it_governs_only()
    {
        var figures = Extract("The festival will pay $40 million of the total $90 million deal.");
        Assert.Equal(new[] { FigureKind.Forecast, FigureKind.Level }, figures.Select(f => f.Kind));
        Assert.Equal(FigureKind.Level, Single("The lease will run for ten years.").Kind);
        Assert.Equal(FigureKind.Level, FigureOf("The publisher said it will print $5 million of books for the right to sell 126 titles.", "126").Kind);
    }

    [Theory]
    [InlineData("Repairing the canals could cost $3 billion.", "$3 billion")]
    [InlineData("The ministry might have to spend $2 billion a year for up to four years.", "up to four")]
    [InlineData("The charity had been expected to raise $2 million.", "$2 million")]
    [InlineData("The park has 300 beds, with 120 cabins planned.", "120")]
    [InlineData("Farm revenue will rise to $5 billion.", "$5 billion")]
    [InlineData("The levy will stand at 4 percent.", "4 percent")]
    [InlineData("The port unveiled an Action Plan that includes €20 billion of ferry investment.", "€20 billion")] // a plan's contents
    [InlineData("The ferry port is on track to reach 2 million TEUs.", "2 million TEUs")] // where things are heading
    [InlineData("The ferry app saw a clear path to 1 billion users.", "1 billion")]
    public void Expectation_possibility_and_plans_make_a_forecast(string sentence, string text)
    {
        Assert.Equal(FigureKind.Forecast, FigureOf(sentence, text).Kind);
    }

    [Fact]
    public void A_noun_that_names_targets_makes_no_forecast()
    {
        Assert.Equal(FigureKind.Level, FigureOf("The $4 billion already spent on roads has failed to meet its own targets.", "$4 billion").Kind);
        Assert.Equal(FigureKind.Level, FigureOf("The park has 300 beds, with 120 cabins planned.", "300").Kind);
    }

    [Theory]
    [InlineData("The library is confident its final target of £10m will be reached.", "£10m")]
    [InlineData("We have passed £8m and will soon pass our £12m emergency target.", "£12m")]
    [InlineData("Our ambition is to bring losses down to 75 million litres a day by 2040.", "75 million litres a day")]
    [InlineData("The ministry lowered its wheat harvest expectations to 21 million tonnes.", "21 million tonnes")]
    [InlineData("Analysts were expecting earnings of 33 cents per share.", "33 cents")]
    [InlineData("The mill earned $1.89 per share, beating the $1.70 per share estimate.", "$1.70")]
    [InlineData("Revenue fell just short of Wall Street's prediction of $38 billion.", "$38 billion")]
    [InlineData("Profit beat an average estimate of €275m.", "€275m")]
    public void An_aim_or_an_expectation_makes_a_forecast(string sentence, string figure) =>
        Assert.Equal(FigureKind.Forecast, FigureOf(sentence, figure).Kind);

    [Theory]
    [InlineData("The mill earned £12m, well ahead of target.", "£12m")]
    [InlineData("The mill earned £12m, in line with expectations.", "£12m")]
    // "more than expected" compares with an expectation; the base of a comparison after a forecast is no forecast
    [InlineData("Ferry bookings fell more than expected after two straight months of gains.", "two")]
    [InlineData("The agency forecast a yield of 1.86 tonnes per hectare compared with 1.98 tonnes per hectare last season.", "1.98 tonnes per hectare")]
    [InlineData("Ferry exports could jump to 62.4 million tonnes from 44.7 million tonnes in 2020/21.", "44.7 million tonnes")] // where it starts
    [InlineData("Ferry revenue rose to $554.4 million and exceeded the state’s forecast by $36.8 million.", "$554.4 million")] // a forecast beaten
    [InlineData("The ferry line has led the path for five consecutive years.", "five")] // a "path for" leads nowhere ahead
    // an estimate sizes an amount, not the people who made it
    [InlineData("The median estimate of 85 economists surveyed by Bloomberg called for a rise.", "85")]
    // "estimate" as a verb: what trackers reckon was spent
    [InlineData("Industry trackers estimate the products spent more than ¥100 billion on marketing.", "more than ¥100 billion")]
    public void A_result_set_against_an_aim_is_no_forecast(string sentence, string figure) =>
        Assert.Equal(FigureKind.Level, FigureOf(sentence, figure).Kind);

    [Theory]
    // set off by commas after the change verb, and after any verb for a percent
    [InlineData("The number of seriously injured cyclists also increased, by two per cent, to 2,660.", "two per cent", 2.0)]
    [InlineData("The trade deficit deteriorated by 25.9% to 852 billion shillings.", "25.9%", 25.9)]
    // a word that plays the change down, and "albeit" after the verb's comma, stand between "by" and its verb
    [InlineData("The jobless rate improved by only 0.3 percent in June.", "0.3 percent", 0.3)]
    // an aside in dashes after a year parts the change noun from its verb
    [InlineData("The rise since 2010—when the survey counted 900 otters—is of 45%.", "45%", 45.0)]
    [InlineData("The jobless rate improved again in June, albeit by only 0.3 percent.", "0.3 percent", 0.3)]
    // money "additional" or "extra" is added to what there was
    [InlineData("The museum would receive an additional $119 million next year.", "$119 million", 119e6)]
    [InlineData("Households will pay an extra £9.25 for their water each month.", "£9.25", 9.25)]
    [InlineData("Ferry terminals followed with an additional 312MW for a total of 1,370MW.", "312MW", 312.0)] // a measure too
    [InlineData("The deal added $50 billion this year to the $1.017 trillion the ferry fund spent in 2015.", "$50 billion", 50e9)] // to an amount
    [InlineData("The goal is to at least triple the ferry fleet's capacity.", "at least triple", 3.0)] // a verb after its qualifier
    [InlineData("Ferry nights were 392.8 million (+15 million over 2014, equal to 4.0 per cent).", "4.0 per cent", 4.0)] // restated
    [InlineData("Ferry traffic surpassed the set target of 32,151,000 tons by 1,628,255 tons.", "1,628,255 tons", 1628255.0)] // beaten
    [InlineData("Ferry revenue fell short of its target of $1 billion by $150 million.", "$150 million", -150e6)] // missed
    [InlineData("The Federal Ferry Office puts the increase in real wages at 2.9 percent.", "2.9 percent", 2.9)] // a change noun, then "at"
    // "cutting", "reducing" and "lose" are falls
    [InlineData("Among savings identified is cutting £10,000 for flowers at meetings.", "£10,000", -10000.0)]
    [InlineData("The utility is on track for reducing leakage by two million litres a day.", "two million litres a day", -2e6)]
    // list items under a heading that names a fall
    [InlineData("Job losses were recorded in these sectors: • Mining: 7,000 • Farming: 3,000.", "3,000", -3000.0)]
    // the change noun that governs the figure, before the one its clause opens with
    [InlineData("The December decrease in the deficit reflected a decrease in the goods deficit of $1.2 billion and an increase in the services surplus of $0.3 billion.", "$0.3 billion", 3e8)]
    // a change noun, what changed after "in", then "of" and the figure
    [InlineData("Wind power grew, driven by declines in onshore turbine prices of up to 45% since 2010.", "up to 45%", -45.0)]
    // a percent after an abbreviation in brackets restates the change
    [InlineData("Capacity increased by 152 gigawatts (GW) or 8.3% during 2015.", "8.3%", 8.3)]
    // an advance is a rise
    [InlineData("Economists called for a 160,000 advance in payrolls.", "160,000", 160000.0)]
    // a percent with its own sign
    [InlineData("Casablanca handled 10,306,293 passengers in 2019 (+5.9% year-on-year).", "5.9%", 5.9)]
    [InlineData("Sales rose 3% in Spain and -2% in Italy.", "2%", -2.0)]
    [InlineData("The average price represents a monthly change of –0.3%.", "0.3%", -0.3)] // an en dash printed for minus
    [InlineData("The average price shows an annual change of 1.1%.", "1.1%", 1.1)]
    [InlineData("Kerala received 260.7 mm against a normal 577.8 mm (minus 55 per cent).", "55 per cent", -55.0)]
    [InlineData("The carmaker posted a 16 percent year-over-year sales increase in May.", "16 percent", 16.0)]
    [InlineData("The cedi depreciated against the dollar by 22.5% this year.", "22.5%", -22.5)]
    // both ends of a range of changes
    [InlineData("Fares were higher, with increases ranging from 14% in the north to 60% in the south.", "14%", 14.0)]
    [InlineData("Fares were higher, with increases ranging from 14% in the north to 60% in the south.", "60%", 60.0)]
    [InlineData("The regulator will cut default offers by between 0.9 per cent and 9.7 per cent.", "0.9 per cent", -0.9)]
    [InlineData("It will reduce most offers – the maximum that retailers can charge – by 4 per cent.", "4 per cent", -4.0)]
    // the same cut again, after the whole it is a share of
    [InlineData("The firm plans to cut 2.5 percent of its workforce, roughly 19,000 jobs, this year.", "roughly 19,000", -19000.0)]
    [InlineData("Meta will cut 10 percent of its staff, or about 11,000 jobs.", "about 11,000", -11000.0)]
    // a change the verb carries on to the figure
    [InlineData("The index fell on Thursday, extending its drop in the past month to 12%.", "12%", -12.0)]
    [InlineData("The index stretched its retreat from an April high to more than 10%.", "more than 10%", -10.0)]
    [InlineData("The ferry price fell 17% on Friday, bringing its 7-day decline to 36%.", "36%", -36.0)] // past modifiers
    // a list of changes by, its verb left out after a semicolon
    [InlineData("Total ferry footfall increased by 8.0%; harbour footfall by 12.9% and pier footfall by 0.4%.", "0.4%", 0.4)]
    [InlineData("Ferry shares rose 3%, taking their gain this year to 25%.", "25%", 25.0)]
    // a list of changes past "compared to" and a participle between an adverb and its noun
    [InlineData("Car sales fell 4.1% for the recently redesigned Falcon and 2.6% for the larger Condor.", "2.6%", -2.6)]
    [InlineData("Grain prices rose 0.4% compared to the immediately preceding week and 6.1% compared to last year.", "6.1%", 6.1)]
    public void Changes_read_past_commas_lists_and_additions(string sentence, string text, double value) =>
        AssertChange(sentence, text, value);

    [Theory]
    [InlineData("The decline came from a decrease in prices of some goods, such as garments by 5.1% and crude oil by 38.4%.", "5.1%", -5.1)]
    [InlineData("Prices fell, for example, poultry meat by 16.4 percent and milk by 26.6 percent.", "16.4 percent", -16.4)]
    [InlineData("Exports grew across the board, including coffee by 12%.", "12%", 12.0)]
    public void An_example_and_its_by_after_such_as_size_the_change_named_before(string sentence, string text, double value) =>
        AssertChange(sentence, text, value);

    [Fact]
    public void A_noun_of_change_in_what_changed_then_of_names_a_change_past_the_window() =>
        Assert.Equal(FigureKind.Change, FigureOf("The margin corresponded to an increase in operating profit in local currencies of 14%.", "14%").Kind);

    [Theory]
    [InlineData("The plan was backed by 60% of voters.", "60%", FigureKind.Share)]
    // a word of change that modifies the noun counted
    [InlineData("The ferry fund closed 126 deals, including 28 growth or late-stage deals.", "28", FigureKind.Level)]
    // what a level is compared with, after "than"
    [InlineData("The ferry surplus was $1.08 billion, higher than the $770 million a year earlier.", "$770 million", FigureKind.Level)]
    // the next level of a run the verb orders
    [InlineData("The ferry debt ratio is expected to decline to 44.9 percent in 2019, followed by 43.5 percent in 2020.", "43.5 percent", FigureKind.Share)]
    [InlineData("The college has 26,000 students, with an additional 2,300 students in doctorate programs.", "2,300", FigureKind.Level)]
    [InlineData("Turnover decreased by 4.5% to £21.8 million (2015: £22.9 million)", "£22.9 million", FigureKind.Level)]
    // a verb of recording with "up" is no rise
    [InlineData("The insurance market chalked up premiums of UGX542.3bn in the half.", "UGX542.3bn", FigureKind.Level)]
    [InlineData("The club racked up debts of £80m last year.", "£80m", FigureKind.Level)]
    // a change verb after "and" is another verb's
    [InlineData("The centre handles 102 EFLOPS and cut training cycles by six months.", "102 EFLOPS", FigureKind.Level)]
    // a figure after a change's whole that is not the same change: another clause
    [InlineData("The firm cut 2.5 percent of its workforce, and 19,000 jobs remain.", "19,000", FigureKind.Level)]
    // the level a change noun's clause reaches, after the change's own figure
    [InlineData("Deaths fell 17 per cent, and a reduction of six per cent in slight injuries to 208,648.", "208,648", FigureKind.Level)]
    public void Near_misses_of_those_changes_keep_their_kind(string sentence, string text, FigureKind kind) =>
        Assert.Equal(kind, FigureOf(sentence, text).Kind);

    [Theory]
    [InlineData("Ferry bookings fell below 3,000 on Monday.", "below 3,000", FigureKind.Level)]
    [InlineData("The waiting list has risen above five million.", "above five million", FigureKind.Level)]
    [InlineData("Ferry bookings rose at an annual rate of just 1.2 percent.", "1.2 percent", FigureKind.Change)]
    [InlineData("The ferry debt ratio was slightly lower at 70.5% of revenue.", "70.5%", FigureKind.Share)] // where a comparison ends
    public void A_line_a_change_crosses_is_a_level_and_its_rate_a_change(string sentence, string text, FigureKind kind) =>
        Assert.Equal(kind, Extract(sentence).Single(f => f.Text == text).Kind);

    [Theory]
    [InlineData("Ferry tickets will turn 10% costlier as fuel rises.", "10%", 10.0)]
    [InlineData("This makes a ferry ticket £2.20 cheaper than at other ports.", "£2.20", -2.2)]
    public void Costlier_and_cheaper_are_changes(string sentence, string text, double value)
    {
        var figure = FigureOf(sentence, text);
        Assert.Equal((FigureKind.Change, value), (figure.Kind, figure.Value));
    }

    [Fact]
    public void An_expectation_in_a_clause_joined_by_and_is_that_clauses_own()
    {
        var figures = Extract("Eight ferries called at the port in January and the number of ferries visiting the port this year is expected to be 50.");
        Assert.Equal((FigureKind.Level, FigureKind.Forecast), (figures.Single(f => f.Text == "Eight").Kind, figures.Single(f => f.Text == "50").Kind));
    }

    [Theory]
    [InlineData("Tin advanced 0.6% to $34,075 a ton.")]
    [InlineData("Shipments to India dived 12 percent.")]
    [InlineData("Lithium prices plummeted 30% last year.")]
    [InlineData("Spot prices skyrocketed 300% in China.")]
    [InlineData("Exports leapt 20% in May.")]
    [InlineData("Money for expansion-stage deals fell by a more modest 27 percent.")]
    [InlineData("Ferry profits rose by a near-record 7.8% in the quarter.")] // a hyphened adjective
    [InlineData("Same-store ferry sales rose a better-than-expected 7.8 percent.")] // one of three words and two hyphens
    [InlineData("Online ferry sales rose by a seasonally adjusted 5.7 percent.")] // a participle after its adverb
    public void Verbs_of_sharp_change_and_a_figure_with_its_own_adjectives_state_a_change(string sentence) =>
        Assert.Equal(FigureKind.Change, Extract(sentence)[0].Kind);

    [Theory]
    [InlineData("Ferry revenue is expected to be around 8-13% higher than last year.")]
    [InlineData("Ferry traffic saw a 5-10% increase.")]
    [InlineData("Ferry fares were 14 to 60 percent higher than last year.")]
    public void Both_ends_of_a_range_before_a_comparative_or_a_change_noun_are_changes(string sentence) =>
        Assert.All(Extract(sentence), f => Assert.Equal(FigureKind.Change, f.Kind));

    [Fact]
    public void A_bare_number_to_a_larger_percent_after_a_verb_of_change_is_a_range_of_changes() =>
        Assert.All(Extract("Ferry unit revenues climbed 13 to 14 percent."), f => Assert.Equal(FigureKind.Change, f.Kind));

    [Theory]
    [InlineData("Ferry fares\n\nQuarterly change (seasonally adjusted): 2.2%")]
    [InlineData("Ferry fares, quarterly change (seasonally adjusted): 2.2%")]
    public void A_label_ending_in_a_change_noun_before_its_colon_states_a_change(string line) =>
        Assert.Equal(FigureKind.Change, Extract(line).Single().Kind);

    [Fact]
    public void A_colon_inside_a_sentence_after_a_change_noun_opens_no_label() =>
        Assert.Equal(FigureKind.Share, FigureOf("Ferry lines drew staff from abroad last year thanks to a research gain: nearly one-third of top ferry engineers hail from Norway.",
            "nearly one-third").Kind);

    [Theory]
    [InlineData("An even greater increase (127 GW) was recorded in ferry solar capacity.", "127 GW")] // alone in brackets
    [InlineData("Growth in ferry capacity of 29 GW was linked to wind.", "29 GW")] // the noun opening the sentence
    public void A_measure_sizing_a_noun_of_change_is_a_change(string sentence, string figure) =>
        Assert.Equal(FigureKind.Change, FigureOf(sentence, figure).Kind);

    [Theory]
    [InlineData("The ferry turnout of 65.4% falls within the range.")]
    [InlineData("The 65.4% turnout fell within the projected ferry range.")]
    public void A_figure_that_falls_within_a_range_lies_there_and_does_not_fall(string sentence) =>
        Assert.NotEqual(FigureKind.Change, Extract(sentence).Single().Kind);

    [Fact]
    public void A_plural_noun_of_change_sizes_its_figures_too() =>
        Assert.Equal([(FigureKind.Change, -6.0), (FigureKind.Change, -20.0)],
            Extract("The ministry forecasts lower ferry output, marking reductions of 6% and 20% respectively.").Select(f => (f.Kind, f.Value)));

    [Theory]
    [InlineData("Twenty-two states implemented ferry fare increases at the start of the year.")]
    [InlineData("All 10 ferry lines saw sales increase.")] // a verb of any form
    public void A_count_whose_verb_comes_before_a_noun_of_change_is_no_change(string sentence) =>
        Assert.Equal(FigureKind.Level, Extract(sentence).Single().Kind);

    [Theory]
    [InlineData("The sales growth in the period puts the ferry line on a market share of 9.1% (compared to 7.7% a year ago).", "9.1%")]
    [InlineData("The sales growth in the period puts the ferry line on a market share of 9.1% (compared to 7.7% a year ago).", "7.7%")]
    public void A_share_a_figure_sizes_outweighs_a_noun_of_change_before_it(string sentence, string figure) =>
        Assert.Equal(FigureKind.Share, FigureOf(sentence, figure).Kind);

    [Fact]
    public void A_list_that_respectively_and_a_comparative_close_is_a_list_of_changes() =>
        Assert.All(Extract("These ferry fares were 32.7 per cent, 25.6 per cent and 17.2 per cent, respectively, more expensive than a year ago."),
            f => Assert.Equal(FigureKind.Change, f.Kind));

    [Theory]
    [InlineData("Ferry exports reached 129,998 tonnes, surpassing the previous record of 123,464 tonnes set in March 2015 by 5%.", "5%")]
    [InlineData("This beat the previous ferry record set in April by almost 160,000 tonnes.", "almost 160,000 tonnes")]
    public void How_far_a_result_beats_a_record_set_before_is_a_change(string sentence, string figure) =>
        Assert.Equal(FigureKind.Change, FigureOf(sentence, figure).Kind);

    [Fact]
    public void Both_figures_of_a_pair_before_a_change_noun_are_changes_of_its_sign() =>
        Assert.Equal([(FigureKind.Change, -1.9), (FigureKind.Change, -4.9)],
            Extract("Ferry shipments fell, with a 1.9 per cent and 4.9 per cent drop recorded.").Select(f => (f.Kind, f.Value)));

    [Theory]
    [InlineData("Figures show circulation slipping 7 percent to 34.4 million.", -7)]
    [InlineData("Costs kept climbing by 18% a year.", 18)]
    public void A_participle_of_change_right_before_the_figure_states_a_change(string sentence, double value)
    {
        var figure = Extract(sentence)[0];
        Assert.Equal((FigureKind.Change, value), (figure.Kind, figure.Value));
    }

    [Fact]
    public void Slashed_by_two_thirds_is_a_fall_of_the_dividend()
    {
        var figure = Extract("In 2020, Shell slashed the dividend by two-thirds to $0.16.")[0];
        Assert.Equal((FigureKind.Change, "Shell dividend"), (figure.Kind, figure.Metric));
        Assert.Equal(-200.0 / 3, figure.Value, 6);
    }

    [Fact]
    public void A_percent_after_by_and_a_verbs_short_object_is_a_change_of_that_object()
    {
        var figure = Single("They believe the sequel will push admissions by 12% in August.");
        Assert.Equal((FigureKind.Change, "admissions"), (figure.Kind, figure.Metric));
    }

    [Fact]
    public void A_percent_after_by_that_counts_a_whole_stays_a_share() =>
        Assert.Equal(FigureKind.Share, Single("The plan was backed by 60% of voters.").Kind);

    [Theory]
    [InlineData("Capacity increased by 24 GW (5.2%) in Europe and 20 GW (6.3%) in North America.", "20 GW", FigureKind.Change)]
    [InlineData("Ferry capacity rose 5% to 3 GW and 4 GW were exported.", "4 GW", FigureKind.Level)] // a verb of its own
    [InlineData("Fares were $5 billion, which was down from the $6 billion seen a year earlier.", "$6 billion", FigureKind.Level)] // the base
    [InlineData("Ferry profit per share was 9.85 cents, up from last year's 8.76 cents.", "8.76 cents", FigureKind.Level)] // a time's between
    [InlineData("Fares were $3.2 billion, $228 million (or almost 8 percent) more than receipts in 2014.", "$228 million", FigureKind.Change)]
    [InlineData("The ferry line will be cutting 11% of its workforce, or 889 employees.", "11%", FigureKind.Change)] // "cutting", "slashing"
    [InlineData("Ferry cases soared to 733, up 197 from last week.", "197", FigureKind.Change)] // a count between "up" and "from"
    [InlineData("Ferry bookings reached 2.5m, 370,000 (17%) up on last year.", "370,000", FigureKind.Change)] // "up on" after it
    [InlineData("Ferry bookings reached 2.5m, 370,000 (17%) up on last year.", "17%", FigureKind.Change)]
    [InlineData("The figures show a 61 percent spike in the number of ferry deaths.", "61 percent", FigureKind.Change)]
    [InlineData("Fares were $3.2 billion, $228 million (or almost 8 percent) more than receipts in 2014.", "almost 8 percent", FigureKind.Change)]
    public void An_amount_that_goes_on_from_a_change_in_its_unit_changes_the_same_way(string sentence, string figure, FigureKind kind) =>
        Assert.Equal(kind, FigureOf(sentence, figure).Kind);

    [Theory]
    [InlineData("Those in band D housing would pay £1,571 a year.", "£1,571", FigureKind.Forecast)]
    [InlineData("Revenue will rise 5% to $3 billion.", "$3 billion", FigureKind.Forecast)]
    [InlineData("Revenue will rise 5% to $3 billion.", "5%", FigureKind.Change)]
    [InlineData("That means it would have earned 31 cents per share without the item.", "31 cents", FigureKind.Level)]
    public void Would_governs_its_figure_as_will_does_and_the_level_a_governed_change_reaches(string sentence, string figure, FigureKind kind) =>
        Assert.Equal(kind, FigureOf(sentence, figure).Kind);

    [Theory]
    [InlineData("The authority will need to make savings of around £32m.", "around £32m", FigureKind.Forecast)]
    [InlineData("The club will have to pay £5m in fees.", "£5m", FigureKind.Forecast)]
    [InlineData("The new plants will be large sites equipped with approximately 100,000 robots.", "approximately 100,000", FigureKind.Forecast)]
    [InlineData("The plants are large sites equipped with approximately 100,000 robots.", "approximately 100,000", FigureKind.Level)]
    [InlineData("The club will move to a ground of 30,000 seats.", "30,000", FigureKind.Level)] // "to" a noun, no verb
    public void Will_governs_the_verb_after_need_to_or_have_to_and_the_figure_with_brings(string sentence, string figure, FigureKind kind) =>
        Assert.Equal(kind, FigureOf(sentence, figure).Kind);

    [Theory]
    [InlineData("Typical bills will fall by £129 to £1,668.", "£1,668", FigureKind.Forecast)]
    [InlineData("It will show from 38 to 42 matches a year.", "42", FigureKind.Level)]
    // the change its restatement restates, and a noun of change after the figure, still carry the forecast
    [InlineData("The ferry fund would receive an additional $119 million, or 1.6%, to $7.46 billion.", "$7.46 billion", FigureKind.Forecast)]
    [InlineData("The harbour board would get a 6% boost, to $291 million.", "$291 million", FigureKind.Forecast)]
    [InlineData("The harbour board got a 6% boost, to $291 million.", "$291 million", FigureKind.Level)]
    public void Only_a_governed_change_carries_its_forecast_to_the_level_it_reaches(string sentence, string figure, FigureKind kind) =>
        Assert.Equal(kind, FigureOf(sentence, figure).Kind);

    [Theory]
    [InlineData("China has filed six times more patents in this field than the United States.", "six times", FigureKind.Multiple)]
    [InlineData("Sales were three times higher than a year ago.", "three times", FigureKind.Multiple)]
    [InlineData("Ferry fares in the South increased twice as fast as those in the North.", "twice", FigureKind.Multiple)]
    [InlineData("Ferry fares grew three times as much as wages.", "three times", FigureKind.Multiple)]
    [InlineData("Revenue grew four times.", "four times", FigureKind.Change)]
    public void Times_more_than_something_compares_and_is_a_multiple(string sentence, string figure, FigureKind kind) =>
        Assert.Equal(kind, FigureOf(sentence, figure).Kind);

    [Fact]
    public void What_makes_up_a_percent_of_a_whole_is_a_share_not_a_rise()
    {
        var figure = FigureOf("Exports make up 40 per cent of GDP.", "40 per cent");
        Assert.Equal((FigureKind.Share, "Exports share of GDP"), (figure.Kind, figure.Metric));
    }

    [Theory]
    [InlineData("The ferry market will grow 4% in 2018, but slip 1% in 2019.", "1%", -1)]
    [InlineData("Ferry output is set to tumble 21 per cent to 30.6 million tonnes.", "21 per cent", -21)]
    [InlineData("Ferry Sales Fall for 3rd Year. Q4 Was Ugly, with Tesla Plunging 46%", "46%", -46)] // a headline in title case
    [InlineData("Ferry advertising was surging ahead 10.7% year on year.", "10.7%", 10.7)]
    [InlineData("The ferry index retreated 46.27 points to 6,731.43.", "46.27 points", -46.27)]
    [InlineData("Ferry bookings sagged 16% in the quarter.", "16%", -16)]
    [InlineData("Ferry shares tanked 9% on Monday.", "9%", -9)]
    public void Every_form_of_a_verb_of_change_sizes_a_change(string sentence, string figure, double value)
    {
        var found = FigureOf(sentence, figure);
        Assert.Equal((FigureKind.Change, value), (found.Kind, found.Value));
    }

    [Theory]
    [InlineData("Ferries will account for 95 percent of growth in 2018 and 99 percent in 2019.", "95 percent", FigureKind.Share)]
    [InlineData("Ferries will account for 95 percent of growth in 2018 and 99 percent in 2019.", "99 percent", FigureKind.Share)]
    [InlineData("Ferry sales made up 40 percent of revenue, 9 percent more than in 2019.", "9 percent", FigureKind.Change)]
    public void The_whole_a_percent_is_of_sizes_no_change(string sentence, string figure, FigureKind kind) =>
        Assert.Equal(kind, FigureOf(sentence, figure).Kind);

    [Theory]
    [InlineData("Ferry spending rose to £79.3bn, £5.8bn above the same month last year.", 5.8e9)]
    [InlineData("Ferry spending fell to £79.3bn, £5.8bn below a year earlier.", -5.8e9)]
    public void An_amount_above_or_below_an_earlier_time_is_a_change(string sentence, double value)
    {
        var found = FigureOf(sentence, "£5.8bn");
        Assert.Equal((FigureKind.Change, value), (found.Kind, found.Value));
    }

    [Theory]
    [InlineData("Ferry gas injected is 15% (166 Bcf) less than the five-year average.", "15%", -15.0)]
    [InlineData("Monthly ferry sales were £1.1 billion (€1.25 billion) higher in December versus last year.", "£1.1 billion", 1.1e9)]
    public void A_figure_restated_in_brackets_before_a_comparative_is_a_change(string sentence, string figure, double value)
    {
        var found = FigureOf(sentence, figure);
        Assert.Equal((FigureKind.Change, value), (found.Kind, found.Value));
    }

    [Fact]
    public void A_duration_after_a_noun_of_change_and_of_sizes_the_change()
    {
        var fall = FigureOf("Ferry waits are now 6.8 years - a fall of two and a half months, in two years.", "two and a half");
        Assert.Equal((FigureKind.Change, -2.5), (fall.Kind, fall.Value));
    }

    [Fact]
    public void A_count_in_brackets_after_by_restates_the_percent_change_before_it()
    {
        var count = FigureOf("The ferry fleet grew, increasing 3.4 percent (by more than 6,800 boats) to 208,000.", "more than 6,800");
        Assert.Equal((FigureKind.Change, 6800.0), (count.Kind, count.Value));
    }

    [Theory]
    [InlineData("Over three quarters were in ferry towns.", "Over three quarters", 75.0)]
    [InlineData("Two thirds are ferry workers.", "Two thirds", 200.0 / 3)]
    public void A_fraction_opening_its_sentence_before_its_verb_is_a_share(string sentence, string figure, double value)
    {
        var share = FigureOf(sentence, figure);
        Assert.Equal((FigureKind.Share, value), (share.Kind, share.Value));
    }

    [Theory]
    [InlineData("19%")]
    [InlineData("6%")]
    public void Percents_in_brackets_after_make_up_a_share_are_shares(string figure) =>
        Assert.Equal(FigureKind.Share, FigureOf("Diesel and ferry fuels also make up a large share (19% and 6%, respectively).", figure).Kind);

    [Fact]
    public void The_level_a_governed_change_reaches_after_a_comma_is_a_forecast_of_the_same_thing()
    {
        var figure = FigureOf("Spending on science at NASA would grow by 6.6%, to $5.6 billion.", "$5.6 billion");
        Assert.Equal((FigureKind.Forecast, "Spending on science at NASA", "metric.level-after-change"), (figure.Kind, figure.Metric, figure.Rules!.Metric));
    }

    [Fact]
    public void The_level_an_increase_in_something_reached_is_a_level_of_that_thing()
    {
        var figure = FigureOf("The report showed an increase in passenger numbers to 7.2 billion for the year.", "7.2 billion");
        Assert.Equal((FigureKind.Level, "passenger numbers"), (figure.Kind, figure.Metric));
    }

    [Fact]
    public void A_second_verb_of_the_same_subject_expects_for_its_own_figures_only()
    {
        var figures = Extract("The region's wind capacity has risen from about 520 MW in 2020 to nearly 1.5 GW by 2025 and is projected to reach 6 GW by 2030.");
        Assert.Equal([FigureKind.Level, FigureKind.Level, FigureKind.Forecast], figures.Select(f => f.Kind));
    }

    [Fact]
    public void A_level_after_a_comma_is_reached_by_the_change_before_a_place_between_them()
    {
        var figure = FigureOf("Spending rose by 5.6% in the Office of Science, to $5.35 billion.", "$5.35 billion");
        Assert.Equal(("Spending", "metric.level-after-change"), (figure.Metric, figure.Rules!.Metric));
    }

    [Theory]
    [InlineData("Norvik agreed to Brightline's increased offer of $4.5 billion.", "$4.5 billion", FigureKind.Level)]
    [InlineData("It paid a reduced fee of £20.", "£20", FigureKind.Level)]
    [InlineData("The firm increased sales of $3 billion by 5%.", "5%", FigureKind.Change)]
    public void A_word_of_change_describing_the_noun_that_owns_the_figure_makes_no_change(string sentence, string figure, FigureKind kind) =>
        Assert.Equal(kind, FigureOf(sentence, figure).Kind);

    [Theory]
    [InlineData("The debt has swelled by more than $10 trillion since 2020.", "more than $10 trillion")]
    [InlineData("Claims ballooned by 40% in a year.", "40%")]
    public void Swelled_and_ballooned_are_verbs_of_change(string sentence, string figure) =>
        Assert.Equal(FigureKind.Change, FigureOf(sentence, figure).Kind);

    [Theory]
    [InlineData("Analysts were expecting earnings of 33 cents per share, on revenue of $11.04 billion.", FigureKind.Forecast)]
    [InlineData("The firm reported earnings of 33 cents per share, on revenue of $11.04 billion.", FigureKind.Level)]
    public void A_phrase_that_adds_what_a_forecast_came_with_is_part_of_the_forecast(string sentence, FigureKind kind) =>
        Assert.Equal(kind, FigureOf(sentence, "$11.04 billion").Kind);

    [Theory]
    [InlineData("Ferry freight could include 24.5 million tonnes of wheat, 30.9 million tonnes of corn and 5.2 million tonnes of barley.", "5.2 million tonnes", FigureKind.Forecast)]
    [InlineData("Ferry revenue could reach $5bn this year, and profit was $1bn.", "$1bn", FigureKind.Level)] // a verb of its own
    public void The_next_item_of_a_list_in_a_forecasts_unit_is_forecast_too(string sentence, string figure, FigureKind kind) =>
        Assert.Equal(kind, FigureOf(sentence, figure).Kind);

    [Theory]
    [InlineData("Exports rose 8.3% to USD 328.6 billion, accelerating from 4.4% in August.", "4.4%")]
    [InlineData("The Annual Headline Inflation rate for the ferry towns rose to 8.0 percent.", "8.0 percent")] // a statistic's title
    [InlineData("It had slowed down to 5.6 per cent in the April-June quarter.", "5.6 per cent")]
    public void A_percent_a_pace_verb_reaches_is_a_rate_of_change(string sentence, string figure) =>
        Assert.Equal(FigureKind.Change, FigureOf(sentence, figure).Kind);

    [Fact]
    public void A_cue_right_after_a_later_figure_expects_that_figure_only()
    {
        var figures = Extract("Revenue was $37 billion, down from $37.4 billion a year earlier and below the $40.1 billion expected by analysts.");
        Assert.Equal([FigureKind.Level, FigureKind.Level, FigureKind.Forecast], figures.Select(f => f.Kind));
    }

    [Theory]
    [InlineData("The average rate on a 30-year mortgage was 4.5 percent. That is up from 3.83 percent a year ago.", FigureKind.Level)]
    [InlineData("The average rate on a 30-year mortgage was 4.5 percent. Any rate below 5 percent is low.", FigureKind.Level)]
    [InlineData("Renewables supplied 45 percent of the power. That is up from 38 percent a year ago.", FigureKind.Share)]
    public void A_pronoun_speaking_of_a_price_rate_measured_before_states_a_level(string text, FigureKind kind) =>
        Assert.Equal(kind, Extract(text)[1].Kind);

    [Theory]
    [InlineData("Proposed final dividend of 0.10 pence per share.", "0.10 pence", FigureKind.Forecast)]
    [InlineData("The planned $2 billion plant is on hold.", "$2 billion", FigureKind.Forecast)]
    [InlineData("The board proposed a dividend of 5 pence.", "5 pence", FigureKind.Level)]
    public void A_proposed_or_planned_noun_holds_a_forecast(string sentence, string figure, FigureKind kind) =>
        Assert.Equal(kind, FigureOf(sentence, figure).Kind);

    [Fact]
    public void Forecasts_opening_the_sentence_forecast_its_figures() =>
        Assert.Equal([FigureKind.Forecast, FigureKind.Forecast], Extract("Forecasts had ranged from $5.16 billion to $5.62 billion.").Select(f => f.Kind));

    [Fact]
    public void A_signed_amount_or_count_in_brackets_is_a_change()
    {
        var figures = Extract("Wages rose 3.3% (+$0.99 to $31.06), and employment among men fell (-36,000; -0.5%).");
        Assert.Equal([(FigureKind.Change, 3.3), (FigureKind.Change, 0.99), (FigureKind.Level, 31.06), (FigureKind.Change, -36000), (FigureKind.Change, -0.5)],
            figures.Select(f => (f.Kind, f.Value)));
    }

    [Theory]
    [InlineData("Offences rose by 1,385, and stalking, up 1,135 crimes.", "1,135", FigureKind.Change)]
    [InlineData("The club picked up 1,135 members.", "1,135", FigureKind.Level)]
    public void A_count_after_a_comma_and_up_or_down_is_a_change(string sentence, string figure, FigureKind kind) =>
        Assert.Equal(kind, FigureOf(sentence, figure).Kind);

    [Theory]
    [InlineData("The council released its numbers, cutting wheat production by 1Mt to 78Mt.", "1Mt", -1e6)]
    [InlineData("Exports jumped, lifting the trade surplus by $2 billion to $90 billion.", "$2 billion", 2e9)]
    public void A_participle_of_moving_changes_its_object_by_a_figure(string sentence, string figure, double value) =>
        AssertChange(sentence, figure, value);

    [Theory]
    [InlineData("This trend offset the 2.6% downturn in imports of loaded containers.", "2.6%", -2.6, "imports of loaded containers")]
    [InlineData("Sales saw a 3% upturn in exports.", "3%", 3.0, "exports")]
    public void A_downturn_or_upturn_is_a_change_of_what_follows(string sentence, string figure, double value, string metric)
    {
        var found = FigureOf(sentence, figure);
        Assert.Equal((FigureKind.Change, value, metric), (found.Kind, found.Value, found.Metric));
    }

    [Theory]
    [InlineData("Output was 0.2 percent or 0.3 TWh lower than in 2016.", "0.2 percent", -0.2)]
    [InlineData("Sales were 4% or $2m higher than a year ago.", "4%", 4)]
    [InlineData("Loans numbered 10,500, again a monthly drop (of 11%) but up annually (by 26.5%).", "11%", -11)]
    [InlineData("Loans numbered 10,500, again a monthly drop (of 11%) but up annually (by 26.5%).", "26.5%", 26.5)]
    public void A_percent_restated_before_its_comparative_or_bracketed_with_of_or_by_is_a_change(string sentence, string figure, double value) =>
        AssertChange(sentence, figure, value);

    [Theory]
    [InlineData("It was a strong result, highlighted by the 175 per cent improvement in earnings.", "175 per cent", FigureKind.Change)]
    [InlineData("That's an improvement over the company's 12.1 percent share a year ago.", "12.1 percent", FigureKind.Share)]
    public void An_improvement_is_a_change_but_not_of_the_share_it_improves_over(string sentence, string figure, FigureKind kind) =>
        Assert.Equal(kind, FigureOf(sentence, figure).Kind);

    [Theory]
    [InlineData("Contributors rose by 109,451 workers (+ 0.5%) in November.", "0.5%", 0.5)]
    [InlineData("Unemployment fell (- 2.3%) in May.", "2.3%", -2.3)]
    public void A_sign_set_apart_right_inside_a_bracket_still_signs_a_change(string sentence, string figure, double value) =>
        AssertChange(sentence, figure, value);

    [Fact]
    public void The_figure_a_change_is_up_on_is_its_base_a_level() =>
        Assert.Equal(FigureKind.Level, FigureOf("Receipts came in at £37.58bn, up on the £35bn recorded a year earlier.", "£35bn").Kind);

    [Theory]
    [InlineData("Distributions grew slightly, by 4.2 percent, to $403.4 million.", "4.2 percent", FigureKind.Change)]
    [InlineData("Ferry income rose even faster, by 23 per cent, to £218m.", "23 per cent", FigureKind.Change)] // a comparative adverb
    [InlineData("Physical format sales fell sharply, 11.7 percent, in the developed markets.", "11.7 percent", FigureKind.Change)]
    [InlineData("The Marathon raised a record-breaking £63.7 million for charity.", "£63.7 million", FigureKind.Level)]
    public void A_figure_or_its_by_set_off_after_its_verb_is_a_change_and_money_raised_is_a_level(string sentence, string figure, FigureKind kind) =>
        Assert.Equal(kind, FigureOf(sentence, figure).Kind);

    [Theory]
    [InlineData("This is 4.8 percent above the revised May estimate of 1,135,000.", "1,135,000", FigureKind.Level)]
    [InlineData("This is 13.6 percent below the June 2015 estimate of 1,334,000.", "1,334,000", FigureKind.Level)]
    [InlineData("Sales missed the analysts' average estimate of 1,200,000.", "1,200,000", FigureKind.Forecast)]
    public void A_revised_or_dated_estimate_of_a_month_gone_by_is_a_level(string sentence, string figure, FigureKind kind) =>
        Assert.Equal(kind, FigureOf(sentence, figure).Kind);
    [Theory]
    [InlineData("Among financials, Alexander Forbes added 1.66% to R5.52, Liberty 3.51% to R107.13.", "1.66%")]
    [InlineData("Among financials, Alexander Forbes added 1.66% to R5.52, Liberty 3.51% to R107.13.", "3.51%")]
    [InlineData("Banks stood out, with the index adding 1.46%.", "1.46%")]
    public void A_percent_added_right_after_the_verb_is_a_change(string sentence, string figure) =>
        Assert.Equal(FigureKind.Change, FigureOf(sentence, figure).Kind);
    [Fact]
    public void A_percent_restating_a_change_per_unit_is_the_same_change() =>
        AssertChange("The average price is £9,086 per acre, a reduction of £170 per acre, or 1.8%, on the 2014 figure.", "1.8%", -1.8);

    [Theory]
    [InlineData("The most advantaged remain 2.4 times more likely to apply.")]
    [InlineData("Rents are 2.4 times higher than in 2010.")]
    public void Times_before_a_comparative_is_a_multiple(string sentence) =>
        Assert.Equal(FigureKind.Multiple, FigureOf(sentence, "2.4 times").Kind);
    [Theory]
    [InlineData("Food prices rose 5.1% in May, down from 6.3% in April.")]
    [InlineData("Food prices rose 5.1% in May, a slowdown from 6.3% in April.")]
    public void A_percent_a_change_is_down_from_is_its_earlier_rate(string sentence)
    {
        var earlier = FigureOf(sentence, "6.3%");
        Assert.Equal((FigureKind.Change, "Food prices"), (earlier.Kind, earlier.Metric));
    }
    [Fact]
    public void A_percent_in_brackets_after_a_compared_time_is_that_times_level_of_what_that_points_to()
    {
        var earlier = FigureOf("The pass rate has fallen to 97.3%. That’s lower than last year (98.4%).", "98.4%");
        Assert.Equal((FigureKind.Share, "pass rate"), (earlier.Kind, earlier.Metric));
    }

    [Fact]
    public void A_percent_in_brackets_after_the_level_a_change_went_to_restates_that_level()
    {
        var level = FigureOf("Cancelled ferry crossings declined to their lowest level in 2002 (less than 2 percent).", "less than 2 percent");
        Assert.Equal((FigureKind.Share, 2.0), (level.Kind, level.Value));
    }

    [Fact]
    public void A_second_time_compared_with_a_bare_level_in_brackets_is_a_percent_level_too()
    {
        var second = FigureOf("The ferry pass rate has fallen to 97.3%. That is lower than both last year (98.4%) and 2019 (97.6).", "97.6");
        Assert.Equal(("percent", FigureKind.Share, 97.6), (second.Unit, second.Kind, second.Value));
    }

    [Theory]
    [InlineData("Surplus fell to $538.6 billion, 3.3 percent lower than the $556.9 billion at year-end.", "$556.9 billion")]
    [InlineData("Sales were 5% higher than the $20 million recorded a year earlier.", "$20 million")]
    [InlineData("Ferry claims slipped to 218,000, a decrease of 4,000 from the previous week's revised level of 222,000.", "222,000")]
    public void The_base_a_change_is_compared_with_is_a_level_of_what_changed(string sentence, string figure)
    {
        var found = FigureOf(sentence, figure);
        Assert.Equal((FigureKind.Level, "metric.level-after-change"), (found.Kind, found.Rules!.Metric));
    }

    [Theory]
    [InlineData("Spending at NASA would grow by 6.6%, to $5.6 billion, and rise by 5.6% in the Office of Science, to $5.35 billion.", FigureKind.Forecast)]
    [InlineData("Sales grew by 6.6%, to $5.6 billion, and rose by 5.6% in Europe, to $5.35 billion.", FigureKind.Level)]
    public void A_verb_joined_by_and_without_a_subject_shares_the_modal_before_it(string sentence, FigureKind kind) =>
        Assert.Equal(kind, FigureOf(sentence, "$5.35 billion").Kind);

    [Fact]
    public void An_amount_worth_of_cuts_is_the_size_of_the_cut()
    {
        var cut = FigureOf("That is before we consider the impact of the £1.5billion worth of cuts to councils since 2011.", "£1.5billion");
        Assert.Equal((FigureKind.Change, -1_500_000_000d, "cuts to councils"), (cut.Kind, cut.Value, cut.Metric));
    }
    [Fact]
    public void A_count_in_the_cause_of_a_change_is_no_change()
    {
        var miners = FigureOf("The monthly drop in production was mainly due to lower supply from the country's two largest copper miners.", "two");
        Assert.Equal((FigureKind.Level, 2d), (miners.Kind, miners.Value));
    }

    [Fact]
    public void A_count_after_a_passive_verbs_by_is_who_did_it_not_a_change() =>
        Assert.Equal(FigureKind.Level, FigureOf("The rise is less than the five percent increase recommended by the government which has been "
            + "adopted by 84 councils.", "84").Kind);

    [Theory]
    [InlineData("The committee kept the one-day repurchase rate at 2.50%.", "2.50%", FigureKind.Level)]
    [InlineData("The central bank held its policy rate at 6.5%.", "6.5%", FigureKind.Level)]
    [InlineData("The Central Bank cut the Selic rate to 7%.", "7%", FigureKind.Level)]
    [InlineData("The committee lowered the Central Bank Rate (CBR) to 12.00 per cent.", "12.00 per cent", FigureKind.Level)] // as a title
    [InlineData("Standing Lending Facility Rate (SLFR) = 6.50%", "6.50%", FigureKind.Level)]
    [InlineData("The bank said 12% of its loans were bad.", "12%", FigureKind.Share)] // "bank" alone prices nothing
    public void A_central_banks_rate_named_before_rate_is_a_price_not_a_share(string sentence, string figure, FigureKind kind) =>
        Assert.Equal(kind, FigureOf(sentence, figure).Kind);

    [Theory]
    [InlineData("Provisional migrant arrivals were up 8300 to 147,300 in the year ended February 2019.", "8300", 8300)]
    [InlineData("Migrant arrivals of New Zealand citizens were down 1000.", "1000", -1000)]
    public void A_count_after_up_or_down_and_a_form_of_be_is_a_change(string sentence, string figure, double change)
    {
        var found = FigureOf(sentence, figure, new DateOnly(2019, 3, 20));
        Assert.Equal((FigureKind.Change, change), (found.Kind, found.Value));
    }

    [Fact]
    public void A_count_sizing_a_change_takes_the_time_of_the_level_it_reaches() =>
        Assert.Equal("2019-02", FigureOf("Provisional migrant arrivals were up 8300 to 147,300 in the year ended February 2019.", "8300",
            new DateOnly(2019, 3, 20)).Period);

    [Theory]
    [InlineData("The ferry company gained a trade surplus of $31.2 billion with Japan.", "$31.2 billion", FigureKind.Level)] // sizes the noun
    [InlineData("Ferry fares gained a total of 5% in the year.", "5%", FigureKind.Change)] // says by how much
    public void A_change_verb_over_a_noun_the_figure_sizes_leaves_it_a_level(string sentence, string figure, FigureKind kind) =>
        Assert.Equal(kind, FigureOf(sentence, figure).Kind);

    [Theory]
    [InlineData("The ferry line made total profits of 173 million rupees which fell 12.8 percent from a year earlier.", "173 million rupees")]
    [InlineData("Ferry revenue of $5 billion rose to $6 billion.", "$5 billion")]
    [InlineData("Ferry fares of $40 were up 5% on last year.", "$40")]
    public void A_change_verb_after_the_figure_with_a_figure_of_its_own_sizes_that_one(string sentence, string figure) =>
        Assert.Equal(FigureKind.Level, FigureOf(sentence, figure).Kind);

    [Fact]
    public void A_change_word_right_after_the_figure_is_its_own_though_a_level_follows() =>
        Assert.Equal(FigureKind.Change, FigureOf("Ferry fares settled 7 cents higher to $5.", "7 cents").Kind);

    [Fact]
    public void A_change_noun_after_a_percent_hyphened_to_its_figure_and_a_compound_makes_it_a_change()
    {
        var found = FigureOf("This followed a 17.3-percent year-on-year decline in ferry exports.", "17.3");
        Assert.Equal((FigureKind.Change, -17.3), (found.Kind, found.Value));
    }

    [Fact]
    public void The_figure_after_a_change_noun_and_over_is_the_base() =>
        Assert.Equal(FigureKind.Level, FigureOf("Ferry revenue was almost $18 billion, a 43 percent increase over the $12.5 billion generated in 2006.",
            "$12.5 billion").Kind);

    [Theory]
    [InlineData("The ferry appeal raised a record £61.5m this year.", "£61.5m")]
    [InlineData("A record £61.5m was raised for the ferry appeal.", "£61.5m")]
    [InlineData("Behind every £1 raised for the ferry appeal is a story.", "£1")]
    public void Money_raised_is_an_amount_however_the_record_or_the_passive_stands(string sentence, string figure) =>
        Assert.Equal(FigureKind.Level, FigureOf(sentence, figure).Kind);

    [Theory]
    [InlineData("The ferry catch is 36 tonnes, or 15 per cent, more than in 2015.", "36 tonnes", FigureKind.Change)]
    [InlineData("The ferry catch is 36 tonnes, or 15 per cent, more than in 2015.", "15 per cent", FigureKind.Change)]
    [InlineData("Ferry grain exports will be 39.7 million tonnes, or 0.1 million tonnes less than forecast in July.", "39.7 million tonnes",
        FigureKind.Forecast)] // the same measure twice: a level and its difference, no restatement
    public void A_restatement_set_off_by_commas_reaches_its_comparative(string sentence, string figure, FigureKind kind) =>
        Assert.Equal(kind, FigureOf(sentence, figure).Kind);

    [Fact]
    public void A_text_may_open_with_the_word_of_its_change() // the word before the first was once read, and threw
    {
        var found = Single("Up 2 percent from 2016, soybean output is forecast at record levels.");
        Assert.Equal((FigureKind.Change, 2.0), (found.Kind, found.Value));
    }
}
