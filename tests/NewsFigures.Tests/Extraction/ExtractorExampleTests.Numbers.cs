namespace NewsFigures.Tests.Extraction;

/// <summary>Which number phrases are figures, and the unit and qualifier each carries: invented sentences from fields
/// the dev corpus does not cover (museums, farming, rail, retail, wildlife, weather).</summary>
public sealed partial class ExtractorExampleTests
{
    [Theory]
    [InlineData("The museum's new wing cost €85m.", "€85m", 85e6, "EUR")]
    [InlineData("The rail upgrade will cost $3b.", "$3b", 3e9, "USD")]
    [InlineData("Streaming subscribers top 40 mln.", "top 40 mln", 40e6, "subscriber")]
    [InlineData("The festival's audience tops 2m.", "tops 2m", 2e6, null)]
    [InlineData("The farm sold 4.5bn eggs.", "4.5bn", 4.5e9, "egg")]
    [InlineData("The film took $92M in its first weekend.", "$92M", 92e6, "USD")]
    [InlineData("Steel output rose to 3 million 300 thousand tons.", "3 million 300 thousand tons", 3.3e6, "ton")] // as translated news writes it
    [InlineData("Ferry tolls rose to 50 thousand 855 crore rupees.", "50 thousand 855 crore rupees", 5.0855e11, "INR")] // thousands of crores
    [InlineData("The line has issued 6 crore 40 lakh ferry passes.", "6 crore 40 lakh", 6.4e7, "pass")] // crores and lakhs
    [InlineData("Defence was allocated Ksh 45B this year.", "Ksh 45B", 45e9, "KES")] // a capital only after money
    public void Reads_scales_written_short_after_the_number(string sentence, string text, double value, string? unit)
    {
        AssertRead(Single(sentence), text, unit, value);
    }

    [Theory]
    [InlineData("She won the 100m sprint in record time.")]
    [InlineData("The new bridge is 300m long.")]
    public void Metres_are_no_millions(string sentence) => Assert.DoesNotContain(Extract(sentence), f => f.Value >= 1e6);

    [Theory]
    [InlineData("Wheat yields are now twice those of 1990.", "twice", null)]
    [InlineData("The harvest fetched more than double the price of the last one.", "more than double", "more than")]
    public void Reads_twice_and_double_as_multiples(string sentence, string text, string? qualifier)
    {
        var figure = Single(sentence);
        Assert.Equal((text, 2.0, "times", qualifier, FigureKind.Multiple), (figure.Text, figure.Value, figure.Unit, figure.Qualifier, figure.Kind));
    }

    [Theory]
    [InlineData("Visitors came twice a week.")]
    [InlineData("The ferry runs nearly twice a day.")]
    [InlineData("The hotel offers a double room.")]
    [InlineData("The new roof could double the hall's life.")]
    public void Twice_a_week_and_a_double_room_are_no_multiples(string sentence) => Assert.Empty(Extract(sentence));

    [Fact]
    public void A_two_for_one_offer_is_no_figure() => Assert.Empty(Extract("The ferry line ran 2-for-1 offers all winter."));

    [Theory]
    [InlineData("The ferry operators geared up in the latter half of the year.")]
    [InlineData("The former half of the season was quiet for the ferry.")]
    public void The_latter_or_former_half_is_a_period_not_a_share(string sentence) => Assert.Empty(Extract(sentence));

    [Theory]
    [InlineData("The refinery processes 250,000b/d of crude.", "250,000b/d", 250_000, "bpd")]
    [InlineData("The refinery processes 1.2mb/d of crude.", "1.2mb/d", 1_200_000, "bpd")]
    [InlineData("The quota rose to 1.83mbpd in September.", "1.83mbpd", 1_830_000, "bpd")]
    [InlineData("Output was 2.1 mmbpd.", "2.1 mmbpd", 2_100_000, "bpd")]
    [InlineData("Exports reached 650 kbpd.", "650 kbpd", 650_000, "bpd")]
    [InlineData("The refinery processes 90,000 barrels per day.", "90,000 barrels per day", 90_000, "bpd")]
    [InlineData("The telescope's sensor logs 40 reads/s at night.", "40 reads/s", 40, "reads/s")]
    [InlineData("The sensor logs ~5 × 10^6 reads/s at night.", "~5 × 10^6 reads/s", 5e6, "reads/s")]
    [InlineData("The farms yielded 1.86 tonnes per hectare of barley.", "1.86 tonnes per hectare", 1.86, "t/ha")]
    [InlineData("The utility supplies 86 million litres a day to the town.", "86 million litres a day", 86e6, "L/d")]
    [InlineData("Lorries on the bypass averaged 52 kilometres per hour.", "52 kilometres per hour", 52, "km/h")]
    [InlineData("The expected yield is 5,43 t/ha for white maize.", "5,43 t/ha", 5.43, "t/ha")]
    [InlineData("Beans yielded 950 kg/ha last season.", "950 kg/ha", 950, "kg/ha")]
    public void Reads_rates_with_their_unit_inside_the_span(string sentence, string text, double value, string unit)
    {
        AssertRead(Single(sentence), text, unit, value);
    }

    [Theory]
    [InlineData("The smelter shipped 232,423 metric tons of zinc.", "232,423 metric tons", 232_423, "tonne")]
    [InlineData("The pass rate has fallen by 5.7% points since 2021.", "5.7% points", 5.7, "percentage point")]
    public void Reads_metric_tons_as_tonnes_and_percent_points_as_percentage_points(string sentence, string text, double value, string unit)
    {
        AssertRead(Single(sentence), text, unit, value, sizeOnly: true);
    }

    [Fact]
    public void A_bounded_wait_that_picks_out_what_an_earlier_figure_counts_is_no_figure_of_its_own()
    {
        var texts = Extract("The clinic counted 471 patients on trolleys, with 252 waiting over nine hours.").Select(f => f.Text);
        Assert.Equal(["471", "252"], texts);
        // the earlier count may be written in words
        Assert.Equal(["eight"], Extract("The clinic recorded eight patients waiting more than two years.").Select(f => f.Text));
        // how long something lasts is a figure: "for up to four years" of spending
        Assert.Contains(Extract("The fund may spend $2 billion a year for up to four years."), f => f.Text == "up to four");
    }

    [Theory]
    [InlineData("Almost one in every six adults uses the app.", "Almost one in every six", 100.0 / 6)]
    [InlineData("Six of the top ten holders are Chinese, with four in the top five.", "four in the top five", 4)]
    public void Reads_one_in_every_n_as_a_share_and_n_in_the_top_m_as_a_rank(string sentence, string text, double value)
    {
        var figure = Extract(sentence).Single(f => f.Text == text);
        Assert.Equal(value, figure.Value, 1e-6);
    }

    [Theory]
    [InlineData("The airline delivered 20 commercial aircraft in June.", "20", "aircraft")]
    [InlineData("Figures show there were 2145 households in temporary flats.", "2145", "household")]
    public void Reads_invariant_plurals_and_year_like_counts(string sentence, string text, string unit)
    {
        var figure = Single(sentence);
        Assert.Equal((text, unit), (figure.Text, figure.Unit));
    }

    [Theory]
    [InlineData("The mill reported a net profit of Rs943.136 million for the quarter.", "Rs943.136 million", "INR")]
    [InlineData("Revenue rose to RM11.06 billion.", "RM11.06 billion", "MYR")]
    [InlineData("Output was worth Rp5.2 trillion.", "Rp5.2 trillion", "IDR")]
    [InlineData("The ferry board said pounds 12m saved from its budget would be spent.", "pounds 12m", "GBP")] // an old archive's pound sign
    public void A_currency_written_before_its_amount_stuck_or_as_a_word_is_read(string sentence, string text, string unit)
    {
        var figure = Single(sentence);
        Assert.Equal((text, unit), (figure.Text, figure.Unit));
    }

    [Fact]
    public void Rs_is_the_texts_own_rupee_when_it_names_its_country()
    {
        const string pakistani = "A Karachi mill told the Pakistan Stock Exchange its profit rose to Rs943 million.";
        Assert.Equal("PKR", Single(pakistani).Unit);
        Assert.Equal("INR", Single("A Mumbai mill said its profit rose to Rs943 million.").Unit);
    }

    [Theory]
    [InlineData("Copper output fell to 232,423 metric tons in September. Output was 2.76 million tons last year.", "tonne")]
    [InlineData("Steel output fell to 8.5 million tons in August. Output was 94.8 million tons last year.", "ton")] // only "tons"
    public void Tons_are_metric_in_a_text_that_says_metric_tons(string text, string unit) =>
        Assert.Equal(unit, Extract(text).Last().Unit);

    [Theory]
    [InlineData("Ferry use fell to 5.1% from 5.3.", "5.3", "percent")] // the base of a percent level
    [InlineData("Headline inflation declined to 66.0 percent in October from 69.8 in September.", "69.8", "percent")]
    [InlineData("Ferry use eased from 50.2 to 49.7 percent.", "50.2", "percent")]
    [InlineData("Ferry growth was 6.75 percent this year, compared to 7.1 in 2017.", "7.1", "percent")]
    [InlineData("Ferry growth was 6.75 percent, against 7.1 a year earlier.", "7.1", "percent")]
    [InlineData("Road deaths were 99, an increase of 4.2 per cent from 95.", "95", "death")] // after a change, the old level
    public void A_bare_number_compared_with_a_percent_level_is_a_percent(string sentence, string figure, string unit) =>
        Assert.Equal(unit, FigureOf(sentence, figure).Unit);

    [Theory]
    [InlineData("The Nikkei rose 1.2% to 38,500.", "38,500")]
    [InlineData("The benchmark Sensex fell 300 points to 72,100.", "72,100")]
    [InlineData("The Dow Jones Industrial Average gained 0.5% to 39,000.", "39,000")]
    public void A_stock_index_by_its_name_is_measured_in_points(string sentence, string figure) =>
        Assert.Equal("point", FigureOf(sentence, figure).Unit);

    [Theory]
    [InlineData("The investment supported a nationwide customer base of 28.4 million.", "28.4 million", "customer")]
    [InlineData("The ferry line's passenger base of the region grew to 2.1 million.", "2.1 million", "passenger")] // the subject's
    [InlineData("The ferry line added 9,000 berths, bringing its customer base to 1.3 million.", "1.3 million", "customer")]
    [InlineData("The report showed that the total ferry passenger base of the region grew to 2.1 million.", "2.1 million", "passenger")]
    public void A_base_of_a_bare_count_names_what_it_counts(string sentence, string figure, string unit) =>
        Assert.Equal(unit, FigureOf(sentence, figure).Unit);

    [Fact]
    public void A_metric_ton_in_a_hyphenated_compound_is_a_tonne() =>
        Assert.Equal("tonne", FigureOf("Boats landed 88 percent of the 2.78 million-metric-ton quota.", "2.78 million").Unit);

    [Fact]
    public void The_kwacha_is_malawis_in_a_text_about_malawi()
    {
        Assert.Equal("MWK", Extract("A Blantyre bank in Malawi posted a profit of K5.1 billion, up from K4.4 billion.").First().Unit);
        Assert.Null(Extract("The K2 is the second-highest mountain; the K9 unit has 12 dogs.").FirstOrDefault(f => f.Unit is "ZMW" or "MWK"));
    }

    [Fact]
    public void A_bare_dollar_is_the_texts_own_dollar_when_it_names_its_country()
    {
        const string australian = "Insurance Australia Group lifted its payout. The Sydney-based insurer booked a $427 million loss "
            + "but kept its guidance, and shares on the ASX rose 20 cents. It also repaid US$50 million of notes.";
        var figures = Extract(australian);
        Assert.Equal("AUD", figures.Single(f => f.Text == "$427 million").Unit);
        Assert.Equal("AUD", figures.Single(f => f.Text == "20 cents").Unit);
        Assert.Equal("USD", figures.Single(f => f.Text == "US$50 million").Unit);
        // one passing mention is no context: the dollar stays American
        Assert.Equal("USD", Extract("The Australian-born chief said revenue rose to $3 billion.").Single(f => f.Text == "$3 billion").Unit);
        // a sentence that names the US dollar keeps it
        Assert.Equal("USD", Extract(australian + " US dollar spot gold prices reached a record $2,532 an ounce.").Single(f => f.Text == "$2,532").Unit);
        // a text about another country, naming Australia as a source of visitors, means the US dollar
        const string lankan = "Tourist arrivals to Sri Lanka rose, led by visitors from Australia and India. Sri Lanka earned $174.9 million "
            + "from tourism, and Sri Lanka's hotels filled as arrivals from Australia doubled.";
        Assert.Equal("USD", Extract(lankan).Single(f => f.Text == "$174.9 million").Unit);
        // a country named first far below the lead is one of the text's items, not whose dollars it counts
        string worldwide = "Ferry accidents worldwide cost $9 billion last year, a harbour study found.\n\n"
            + string.Concat(Enumerable.Repeat("Most ferries in the study sailed in crowded straits, and most losses came from old hulls.\n\n", 12))
            + "In New Zealand, a ferry fire at Wellington cost $40 million.";
        Assert.Equal("USD", Extract(worldwide).Single(f => f.Text == "$9 billion").Unit);
    }

    [Fact]
    public void A_count_in_brackets_is_a_figure_and_a_small_number_opening_an_item_is_not()
    {
        Assert.Contains(Extract("Rail deaths rose, with the number of staff killed (113), the highest in years."), f => f.Text == "113" && f.Value == 113);
        Assert.DoesNotContain(Extract("The plan asks for (2) new depots by spring."), f => f.Value == 2);
    }

    [Fact]
    public void A_money_loss_is_an_amount_even_with_its_scale_hyphenated()
    {
        var figure = Single("The brewer booked a $770-million loss on the sale of its cider arm.");
        Assert.Equal(("$770-million", 770e6, FigureKind.Level), (figure.Text, figure.Value, figure.Kind));
    }

    [Fact]
    public void A_full_stop_that_lost_its_space_still_ends_the_sentence()
    {
        var figures = Extract("Ferry traffic rose in 2013, the port authority says.The number of arrivals grew by five per cent.");
        Assert.Equal("The number of arrivals grew by five per cent.", figures.Single().Sentence);
        Assert.Null(figures.Single().Period); // the year of the sentence before no longer dates it
        // an abbreviation's full stops are no sentence end
        Assert.Single(Extract("Fares rose 5 per cent, e.g.The Ferry line said."));
    }

    [Fact]
    public void A_caption_in_brackets_names_no_subject_it_said_can_stand_for()
    {
        var figures = Extract("Harbourline Ferries carried 4 million people.\n\n(Photo credit: Wikipedia)\n\nIt said revenue rose 5 per cent.");
        Assert.Equal("Harbourline Ferries", figures.Last().Attribution);
    }

    [Fact]
    public void An_abbreviated_month_keeps_its_day_in_the_sentence_and_out_of_the_figures()
    {
        var figure = Single("Officials counted 159 cases of mumps between Jan. 1 and Aug. 24 this year, the highest in a decade.");
        Assert.Equal(("159", "case"), (figure.Text, figure.Unit));
        Assert.StartsWith("Officials counted", figure.Sentence);
        Assert.EndsWith("the highest in a decade.", figure.Sentence);
    }

    [Theory]
    [InlineData("The ferry growth rate picked up to 17.8% in May.", "17.8%", null)] // "picked up", then "to" the level
    [InlineData("Ferry fares rose by up to 5%.", "up to 5%", "up to")]
    public void Up_after_a_verb_it_ends_is_no_qualifier(string sentence, string text, string? qualifier)
    {
        var figure = Single(sentence);
        Assert.Equal((text, qualifier), (figure.Text, figure.Qualifier));
    }

    [Fact]
    public void Reads_cents_as_dollars()
    {
        var figures = Extract("Bus fares rose 25 cents to $2.75.");
        Assert.Equal(("25 cents", "USD"), (figures[0].Text, figures[0].Unit));
        Assert.Equal(0.25, figures[0].Value, 9);
        // exactly what a reader writes, not 0.9500000000000001 (a hundredth divides by a hundred)
        Assert.Equal(0.95, Extract("Fares rose to 95 cents.").Single().Value);
    }

    [Theory]
    [InlineData("The harvest reached 3.2 million tonnes.", "tonne")]
    [InlineData("The mill ground 600 tons of grain.", "ton")]
    [InlineData("The village mini-grid supplied 2 million units of electricity.", "kWh")]
    [InlineData("The new machine reaches 40 petaflops.", "PFLOPS")]
    [InlineData("Signals reach the station within 3 ms.", "ms")]
    [InlineData("The port moved 12 million TEU.", "TEU")]
    public void Reads_measures_in_their_usual_symbol(string sentence, string unit) => Assert.Equal(unit, Single(sentence).Unit);

    [Theory]
    [InlineData("The firm declared an interim dividend of 12p per share.", "12p", 0.12, "GBP")]
    [InlineData("The shares closed at 149.24p.", "149.24p", 1.4924, "GBP")]
    [InlineData("The mine produced 527,115 oz of gold.", "527,115 oz", 527_115, "ounce")]
    [InlineData("The port handled 26.148 million metric tonne of cargo.", "26.148 million metric tonne", 26_148_000, "tonne")]
    public void Reads_pence_ounces_and_metric_tonnes(string sentence, string text, double value, string unit) =>
        AssertRead(Single(sentence), text, unit, value);

    [Fact]
    public void The_number_of_a_percentage_is_a_percent() =>
        Assert.Equal(("97.67", "percent", FigureKind.Share),
            Single("The region posted a high pass percentage of 97.67.") is var f ? (f.Text, f.Unit, f.Kind) : default);

    [Fact]
    public void A_percent_that_lost_its_space_is_read() =>
        Assert.Equal(("67per cent", 67.0, "percent"), Single("Stan Kroenke owns 67per cent of the club.") is var f ? (f.Text, f.Value, f.Unit) : default);

    [Fact]
    public void A_number_with_thousands_separators_after_a_name_counts() =>
        Assert.Equal(["45,385", "13,181", "10.48%", "7,867"],
            Extract("Lagos recorded 45,385 cases, Abuja 13,181 (10.48%) and Delta 7,867.").Select(f => f.Text));

    [Theory]
    [InlineData("The price of petrol would increase by 81c/l.", "81c", 0.81)]
    [InlineData("Paraffin rose by 42.20c/l.", "42.20c", 0.422)]
    [InlineData("The 6c difference is due to wages.", "6c", 0.06)]
    public void Reads_cents_written_as_a_c_after_the_digits(string sentence, string text, double value) =>
        Assert.Equal((text, value), Single(sentence) is var cents ? (cents.Text, cents.Value) : default);

    [Fact]
    public void Cents_written_with_a_c_are_in_the_money_of_the_texts_other_amounts()
    {
        var found = Extract("Petrol will cost R20.07 a litre and diesel R17.92 a litre. Petrol rose by 81c/l.");
        Assert.Equal(["ZAR", "ZAR", "ZAR"], found.Select(f => f.Unit));
    }

    [Theory]
    [InlineData("Ferry sales rose to R168.0 billion and trading profit to R10.3 billion. Earnings per share were 952.5 cents.", "ZAR")]
    [InlineData("Ferry sales rose to £168.0 million and trading profit to £10.3 million. A ticket costs 95 cents.", "USD")] // pence
    public void Cents_in_words_are_in_the_money_of_the_texts_other_amounts_when_its_hundredths_are_cents(string text, string unit) =>
        Assert.Equal(unit, Extract(text).Single(f => f.Text.EndsWith("cents", StringComparison.Ordinal)).Unit);

    [Theory]
    [InlineData("The mine produced 164 koz of gold in the quarter.", "164 koz", 164_000.0)]
    [InlineData("Output reached 871koz in 2019.", "871koz", 871_000.0)]
    [InlineData("Reserves rose to 1.2 Moz.", "1.2 Moz", 1_200_000.0)]
    public void Thousands_and_millions_of_ounces_are_read_as_ounces(string sentence, string text, double value) =>
        Assert.Equal((text, value, "ounce"), Single(sentence) is var f ? (f.Text, f.Value, f.Unit) : default);

    [Theory]
    [InlineData("The ferry show drew 8.5 million viewers (adults 18-49: 1.9).", new[] { "8.5 million", "1.9" })]
    [InlineData("Ferry ratings among viewers 25-54 rose 12%.", new[] { "12%" })]
    public void An_age_range_right_after_the_people_it_bounds_is_no_figure(string sentence, string[] figures) =>
        Assert.Equal(figures, Extract(sentence).Select(f => f.Text));

    [Theory]
    [InlineData("22-2-2020 Ferry traffic rose 5%.", new[] { "5%" })] // a day and month joined to their year
    [InlineData("In comparison to '13-14, ferry revenue increased by 7%.", new[] { "7%" })] // a season's years written short
    [InlineData("Speaking on April 30,2020, the ferry chief said traffic rose 2.7%.", new[] { "2.7%" })] // no space after the comma
    [InlineData("The ferry port handled 9,240 TEUs (20-foot containers) in May.", new[] { "9,240 TEUs" })] // a container's size class
    [InlineData("Ferry storage will hit 40 per cent, the stage two trigger.", new[] { "40 per cent" })] // a stage named in words
    [InlineData("Ten year average ferry fare: £23.2.", new[] { "£23.2" })] // the span of an average, unhyphenated
    [InlineData("On day 26 of the ferry auction, sales had doubled.", new[] { "doubled" })] // a place in a run of days
    [InlineData("A ferry operator swapped 11 orders for the 737 Max to the 787.", new[] { "11" })] // a model beside a model
    [InlineData("Posted 29 January '18: the ferry carried 14 cars.", new[] { "14" })]
    public void Dates_short_years_container_sizes_stages_average_spans_places_in_a_run_and_models_are_no_figures(string sentence, string[] figures) =>
        Assert.Equal(figures, Extract(sentence).Select(f => f.Text));

    [Theory]
    [InlineData("The ferry port handled 78.106 million tonnes more than 2017.", new[] { "78.106 million tonnes" })] // compared with a year
    [InlineData("The ferry port handled 1.3% more than 2013.", new[] { "1.3%" })] // and after a percent
    [InlineData("The ferry port welcomed more than 2017 visitors.", new[] { "more than 2017" })] // a count
    public void A_year_a_figures_comparative_compares_with_is_no_figure(string sentence, string[] figures) =>
        Assert.Equal(figures, Extract(sentence).Select(f => f.Text));

    [Theory]
    [InlineData("Ferry fuel exports reached a total of 52 billion m3 in 2023.", "52 billion m3", 52e9, "m3")]
    [InlineData("The ferry terminal covers 15,000 m2.", "15,000 m2", 15_000.0, "m2")]
    public void Square_and_cubic_metres_may_stand_apart_from_the_number_or_after_its_scale(string sentence, string text, double value, string unit) =>
        Assert.Equal((text, value, unit), Single(sentence) is var f ? (f.Text, f.Value, f.Unit) : default);

    [Theory]
    [InlineData("Ferry cargo will be between 315 million and 335 million tons this year.")]
    [InlineData("Ferry cargo rose from 315 million to 335 million tons.")]
    public void A_range_start_with_its_own_scale_is_in_the_unit_of_its_end(string sentence) =>
        Assert.Equal(["ton", "ton"], Extract(sentence).Select(f => f.Unit));

    [Theory]
    [InlineData("The ferry reservoirs held a combined 4.9 million acre-feet of water.", "4.9 million acre-feet", 4.9e6)]
    [InlineData("The ferry lake holds 7,834,331 acre-ft.", "7,834,331 acre-ft", 7_834_331.0)]
    public void Acre_feet_measure_water(string sentence, string text, double value) =>
        Assert.Equal((text, value, "acre-foot"), Single(sentence) is var f ? (f.Text, f.Value, f.Unit) : default);

    [Theory]
    [InlineData("Ferry electricity use reached 1,734 BU in the year.", "1,734 BU", 1.734e12)]
    [InlineData("Ferry electricity use was 45 MU on Monday.", "45 MU", 45e6)]
    public void Billion_and_million_units_written_as_codes_are_kilowatt_hours(string sentence, string text, double value) =>
        Assert.Equal((text, value, "kWh"), Single(sentence) is var f ? (f.Text, f.Value, f.Unit) : default);

    [Theory]
    [InlineData("The new terminal covers 157,000m2 of floor space.", "157,000m2", 157_000.0, "m2")] // no millions
    [InlineData("The new terminal covers 157,000 square metres.", "157,000 square metres", 157_000.0, "m2")]
    [InlineData("The park covers 17,881km2.", "17,881km2", 17_881.0, "km2")]
    public void Square_metres_and_kilometres_written_with_their_power(string sentence, string text, double value, string unit) =>
        Assert.Equal((text, value, unit), Single(sentence) is var f ? (f.Text, f.Value, f.Unit) : default);

    [Fact]
    public void The_level_a_change_starts_from_counts_what_the_level_it_reaches_counts() =>
        Assert.Equal("homicide", FigureOf("The toll rose from 618 to 642 homicides in 2010.", "618").Unit);

    [Fact]
    public void An_amount_another_replaced_is_in_the_money_of_the_one_that_replaced_it() =>
        Assert.Equal("USD", FigureOf("Ferry debt will be $904 billion instead of the more than one trillion we inherited.", "more than one trillion").Unit);

    [Fact]
    public void An_amount_compared_with_money_is_in_that_money() =>
        Assert.Equal("KES", FigureOf("Ferry fares rose to 15 billion compared to Sh24.7 billion a year earlier.", "15 billion").Unit);

    [Fact]
    public void A_comparative_in_brackets_that_writes_no_money_is_in_the_money_before_it()
    {
        var labelled = FigureOf("Turnover was 400.3 million euros (Q1/2002: 391.1 million).", "391.1 million");
        Assert.Equal(("EUR", "2002-Q1"), (labelled.Unit, labelled.Period));
        // the same money in brackets restates no conversion: the year before's level, not the change before it
        var alone = FigureOf("EBITDAR weakened by 56 per cent to 18.2 million euros (41.5 million).", "41.5 million");
        Assert.Equal(("EUR", FigureKind.Level), (alone.Unit, alone.Kind));
    }

    [Fact]
    public void A_rand_amount_may_group_its_thousands_by_a_space() =>
        Assert.Equal(("R6 636.6 million", 6_636_600_000.0, "ZAR"), Single("Sales came to R6 636.6 million in April.") is var r ? (r.Text, r.Value, r.Unit) : default);

    [Fact]
    public void A_rand_amount_priced_per_unit_needs_no_decimals() =>
        Assert.Equal(("exceeds R20", 20.0, "ZAR"), Single("Petrol exceeds R20/l for the first time.") is var r ? (r.Text, r.Value, r.Unit) : default);

    [Theory]
    [InlineData("Cocoa touched USD 9,000 per ton.", "USD 9,000", 9000, "USD")]
    [InlineData("Cocoa touched over USD10,000 per ton.", "over USD10,000", 10_000, "USD")]
    [InlineData("Profit rose to CNY3.6 trillion.", "CNY3.6 trillion", 3.6e12, "CNY")]
    [InlineData("Steel output reached 144.8 million mt in August.", "144.8 million mt", 144_800_000, "tonne")]
    [InlineData("The average download speed was 69.4 Mbit/s in March.", "69.4 Mbit/s", 69.4, "Mbps")]
    [InlineData("Fibre lines reached 1 Gbit/s.", "1 Gbit/s", 1, "Gbps")]
    public void Reads_currency_codes_spaced_or_stuck_to_the_digits_and_mt_after_a_scale(string sentence, string text, double value, string unit) =>
        AssertRead(Single(sentence), text, unit, value);

    [Fact]
    public void A_euro_sign_after_the_amount_is_its_currency() =>
        AssertRead(Single("Ferry fuel cost 88.2 €/MWh in 2024."), "88.2 €", "EUR", 88.2);

    [Theory]
    [InlineData("Rates to Genoa rose by 9% to US$2070 per container.")]
    [InlineData("Ferry fuel was just below US$ 1900 / tonne.")] // spaced from its symbol too
    public void A_price_that_looks_like_a_year_dates_nothing(string sentence) =>
        Assert.All(Extract(sentence), f => Assert.Null(f.Period));

    [Fact]
    public void A_video_resolution_is_no_price() => Assert.Empty(Extract("The film streams in 720p on every phone."));

    [Fact]
    public void A_million_stuck_to_digits_before_from_and_an_amount_is_no_distance()
    {
        var figures = Extract("The firm said revenue fell to 130.1m from 136.5m.");
        Assert.Equal(new[] { 130_100_000d, 136_500_000d }, figures.Select(f => f.Value));
    }

    [Theory]
    [InlineData("Humanoid robots, numbering 10,000 units, now handle tasks in factories.", "robot")]
    // a verb before the units counts nothing, nor does a noun that has the units
    [InlineData("Figures from the trade body shows 106,265 units were registered during the month.", "unit")]
    [InlineData("It means the year would finish some 30,000 units up.", "unit")]
    [InlineData("Starts in buildings with at least five units fell.", "unit")]
    // nor does a source, nor a word of a name
    [InlineData("Official figures show the market reached 40,200 units.", "unit")]
    [InlineData("There have been 876 laboratory confirmed measles cases in England.", "case")]
    [InlineData("Officials paid out 120 prizes last year.", "prize")]
    [InlineData("The pub ran 40 quizzes last year.", "quiz")]
    [InlineData("There were 84,897 inmates behind bars on Friday.", "inmate")]
    [InlineData("Around 12,000 fishermen were active last year.", "fisherman")]
    [InlineData("The storms spawned 5,710 tornadoes last year.", "tornado")]
    [InlineData("The ferry crash cost 44 lives last year.", "life")]
    [InlineData("The ferry fleet landed 15.7 million salmon last year.", "salmon")] // a plural like its singular
    [InlineData("The ferry port serves 210-plus destinations worldwide.", "destination")] // "-plus" says "or more"
    [InlineData("Ferry terminal permits fell to a 402,000 unit-rate.", "unit")] // housing units at an annual rate
    public void Units_count_the_plural_noun_they_stand_for_or_units(string sentence, string unit) => Assert.Equal(unit, Single(sentence).Unit);
    [Fact]
    public void Units_count_a_noun_phrase_that_starts_after_a_verb_of_saying() =>
        Assert.Equal("aggregate industry sales", FigureOf("It said aggregate industry sales had improved by 3 159 units.", "3 159").Metric);

    [Theory]
    [InlineData("Ferry club membership has reached 3.17 million, up about 450,000 from 2017.", "3.17 million", "member")] // a body of members
    [InlineData("Ferry club membership has reached 3.17 million, up about 450,000 from 2017.", "about 450,000", "member")] // the change after it
    [InlineData("The ferry paper's readership fell to 200,000.", "200,000", "reader")]
    public void A_membership_counts_members_and_the_change_after_it_too(string sentence, string figure, string unit) =>
        Assert.Equal(unit, FigureOf(sentence, figure).Unit);

    [Fact]
    public void A_number_word_restated_in_digits_in_brackets_reads_its_unit_after_them() =>
        Assert.Equal("plant", FigureOf("Ferry output was 3 million tonnes. The firm has three (3) plants.", "three").Unit);

    [Theory]
    [InlineData("2013 Population: 1.36 billion", "1.36 billion", "person")]
    [InlineData("The ferry town has a population of 40,000.", "40,000", "person")]
    [InlineData("The wild tiger population of 2,967 grew.", "2,967", null)] // a population of a named kind: left to the noun
    public void A_population_of_no_named_kind_counts_people(string sentence, string figure, string? unit) =>
        Assert.Equal(unit, FigureOf(sentence, figure).Unit);

    [Fact]
    public void Numbers_opening_a_sentence_count_the_word_before_them() =>
        Assert.Equal("passenger", FigureOf("Passenger numbers showed a rise of four per cent, rising from 7,118 to 7,379.", "7,379").Unit);

    [Theory]
    [InlineData("Ferry sales reached 28,473 units in the half.", "ferry")] // the units are what is sold
    [InlineData("Global kayak shipments grew 20 percent to hit 301,000 units.", "kayak")]
    [InlineData("Industry sales improved by 3,159 units.", "sale")] // no thing sold named
    [InlineData("Year to date registrations reached 2,066,411 units at the ferry port.", "registration")] // nor a span to date
    public void Units_sold_or_shipped_count_the_thing_sold(string sentence, string unit) =>
        Assert.Equal(unit, Extract(sentence).First(f => f.Unit != "percent").Unit);

    [Theory]
    [InlineData("The Society of Motor Manufacturers and Traders said demand fell 11.2% last month to 163,541 units.", "163,541")]
    [InlineData("It is a big rise for ferries, as 4 years ago approximately 250,000 units were sold.", "approximately 250,000")] // nor a time
    public void Units_count_no_word_of_a_name(string sentence, string figure) =>
        Assert.Equal("unit", FigureOf(sentence, figure).Unit);

    [Theory]
    [InlineData("The dam produced 96 terawatt-hours in 2024.", "96 terawatt-hours", 96, "TWh")]
    [InlineData("The dam produced 134.1 terawatt hours in 2024.", "134.1 terawatt hours", 134.1, "TWh")]
    [InlineData("Inflation showed an increase of 0.47 percent points.", "0.47 percent points", 0.47, "percentage point")]
    [InlineData("Inflation is 6.22 per cent points higher.", "6.22 per cent points", 6.22, "percentage point")]
    [InlineData("The battery stores 5 megawatt hours.", "5 megawatt hours", 5, "MWh")]
    [InlineData("The gallery trades at 20x earnings.", "20x", 20, "times")]
    [InlineData("The state spent Rs 500 crore on rural roads.", "Rs 500 crore", 5e9, "INR")]
    [InlineData("The state spent ₹2 lakh crore on rural roads.", "₹2 lakh crore", 2e12, "INR")]
    [InlineData("The bank trimmed its rate by 25 bps.", "25 bps", 25, "basis point")]
    [InlineData("Trains run at 350 km/h on the new line.", "350 km/h", 350, "km/h")]
    [InlineData("Some 535,000t of lamb was exported.", "Some 535,000t", 535000, "tonne")]
    [InlineData("The mill shipped 60kt of pulp.", "60kt", 60000, "tonne")]
    public void Reads_compound_measures_indian_scales_and_short_units(string sentence, string text, double value, string unit)
    {
        AssertRead(Single(sentence), text, unit, value, sizeOnly: true);
    }

    [Theory]
    [InlineData("One in five adults now cycles to work.", "One in five", 20)]
    [InlineData("Nine in 10 farms use drones.", "Nine in 10", 90)]
    public void Reads_one_in_five_as_a_share(string sentence, string text, double value)
    {
        var figure = Single(sentence);
        Assert.Equal((text, "percent", FigureKind.Share), (figure.Text, figure.Unit, figure.Kind));
        Assert.Equal(value, figure.Value, 6);
    }

    [Theory]
    [InlineData("The museum expects £2-3bn of donations.", "£2", 2e9, "GBP")]
    [InlineData("Visits grew between 2 and 3 percent.", "2", 2, "percent")]
    [InlineData("Yields rose from 5 to 7 million tonnes.", "5", 5e6, "tonne")]
    [InlineData("The ferry levy varies from 1.5 to five euros a night.", "1.5", 1.5, "EUR")] // an end in words
    [InlineData("Ferry fares range between four and 10 euros.", "four", 4, "EUR")]
    [InlineData("Ferry tolls range from two to five euros.", "two", 2, "EUR")]
    [InlineData("Tourism saw a three-fold rise.", "three-fold", 3, "times")]
    [InlineData("Summers are 1.5°C warmer.", "1.5°C", 1.5, "°C")]
    [InlineData("Ferry catches peaked at 11.3 millions tonnes.", "11.3 millions tonnes", 11.3e6, "tonne")] // a plural scale
    [InlineData("Online ferry sales rose to $13.3 bil during the quarter.", "$13.3 bil", 13.3e9, "USD")] // "bil" for billion
    [InlineData("The ferry IPO raised ₹3,043 cr.", "₹3,043 cr", 3.043e10, "INR")] // "cr" for crore
    [InlineData("Qatar's ferry terminal exports 77.2 MTPA.", "77.2 MTPA", 77.2, "MTPA")] // million tonnes a year
    [InlineData("Ferry emissions reached 15.1 GtCO2e in 2023.", "15.1 GtCO2e", 15.1, "GtCO2e")] // tonnes of CO2 equivalent
    [InlineData("The ferry port hit 32.6 million 20-foot-equivalent units.", "32.6 million 20-foot-equivalent units", 32.6e6, "TEU")]
    [InlineData("The ferry port installed 2.6 GWdc of solar panels.", "2.6 GWdc", 2.6, "GW")]
    [InlineData("Turnout fell 3 pp in the north.", "3 pp", 3, "percentage point")]
    [InlineData("The ferry line's share rose 0.2 points to 16.9 per cent.", "0.2 points", 0.2, "percentage point")] // a share's points
    public void Reads_ranges_and_short_units(string sentence, string text, double value, string unit)
    {
        AssertRead(Extract(sentence).First(), text, unit, value, sizeOnly: true);
    }

    [Fact]
    public void A_clock_time_with_a_point_before_its_zone_is_no_figure() =>
        Assert.Equal(["£5"], Extract("Ferry fares rose to £5, last modified on Mon 2 May 2022 05.09 BST.").Select(f => f.Text));

    [Fact]
    public void An_abbreviated_scale_in_a_model_name_is_no_figure() =>
        Assert.Equal(["$1,317"], Extract("The cheapest car to insure was the Honda CR-V, at $1,317.").Select(f => f.Text));

    [Fact]
    public void A_span_of_time_is_no_count_a_later_bare_number_continues() =>
        Assert.Null(Extract("The ferry office closes after 184 years. The total fell by about 500 in the weeks after.")
            .Single(f => f.Text == "about 500").Unit);

    [Theory]
    [InlineData("Ferry fares rose eight-point-two percent.", "eight-point-two percent", 8.2, "percent")]
    [InlineData("The ferry fare is two-thousand-83 dollars.", "two-thousand-83 dollars", 2083, "USD")]
    [InlineData("The peak fare was 21-thousand-47-dollars in 1981.", "21-thousand-47-dollars", 21047, "USD")]
    [InlineData("The dearest ferry berth costs over 33-hundred dollars.", "over 33-hundred dollars", 3300, "USD")]
    public void Reads_numbers_spelled_out_for_broadcast(string sentence, string text, double value, string unit)
    {
        AssertRead(Extract(sentence).Single(), text, unit, value, sizeOnly: true);
    }

    [Theory]
    [InlineData("Four of the nine museums reopened in May.", "Four", "museum")]
    [InlineData("Yet in 12 of 30 provinces, rainfall fell.", "12", "province")]
    [InlineData("The latter two of those festivals were cancelled.", "two", "festival")]
    [InlineData("Courts have closed six of all the 40 inquiries.", "six", "inquiry")]
    [InlineData("Seventeen out of the 18 ferry firms made a profit.", "Seventeen", "firm")]
    public void A_part_counts_what_its_whole_counts(string sentence, string text, string unit)
    {
        var figure = Extract(sentence).First();
        Assert.Equal((text, unit), (figure.Text, figure.Unit));
    }

    [Theory]
    [InlineData("The carrier has passed the 50 million 5G subscriber milestone.", "subscriber")]
    [InlineData("Ticket sales crossed a 2 million visitor mark in June.", "visitor")]
    [InlineData("Two ferry lines joined the 10 million passenger club.", "passenger")]
    public void The_noun_before_a_milestone_is_what_the_number_counts(string sentence, string unit)
    {
        Assert.Equal(unit, Extract(sentence).Last().Unit);
    }

    [Fact]
    public void A_capitalized_phrase_after_and_is_no_noun_of_the_number_before_it()
    {
        var figure = FigureOf("The ferry market was down 11% to 137,000 and Spanish registrations were flat at 121,000.", "137,000");
        Assert.Equal((null, "ferry market"), (figure.Unit, figure.Metric));
    }

    [Fact]
    public void Numbers_of_two_scales_joined_by_and_are_no_pair_before_one_noun() =>
        Assert.Equal("passenger", Extract("The ferry passenger base crossed 700 million and two more operators joined.").First().Unit);

    [Fact]
    public void The_whole_of_n_of_m_without_an_article_is_no_figure_of_its_own()
    {
        var figures = Extract("Yet in 12 of 30 provinces, rainfall fell.");
        Assert.Equal(["12"], figures.Select(f => f.Text));
    }

    [Fact]
    public void The_first_number_of_a_range_takes_the_unit_written_after_the_second()
    {
        var figures = Extract("The retailer expects sales to grow 3-5% this year.");
        Assert.Equal([("3", "percent"), ("5%", "percent")], figures.Select(f => (f.Text, f.Unit)));
    }

    [Fact]
    public void A_decimal_that_opens_a_range_is_no_model_number()
    {
        var figures = Extract("Capacity is projected to reach 4.5-6 GW by 2030, while a Boeing 787-9 jet was delivered.");
        Assert.Equal([("4.5", "GW"), ("6 GW", "GW")], figures.Select(f => (f.Text, f.Unit)));
    }

    [Theory]
    [InlineData("There are now 29 ferry states above the minimum wage of 7.25 per hour.", "7.25", null)] // a whole count lends no unit to a fraction
    [InlineData("The rate was 22.8 ferry trips per 1,000 people, down from 24.5 in 2005.", "24.5", "trip")] // a rate does
    public void A_fraction_borrows_no_unit_from_a_whole_count(string sentence, string figure, string? unit) =>
        Assert.Equal(unit, FigureOf(sentence, figure).Unit);

    [Fact]
    public void A_count_a_hundred_times_smaller_lends_no_unit_past_a_larger_one() =>
        Assert.Equal("officer", FigureOf("There are 149,572 ferry officers in the 43 ferry forces— a 21,139 increase on the baseline.", "21,139").Unit);

    [Theory]
    [InlineData("Museum visitors in Paris rose to 40,000.", "visitor")]
    [InlineData("The number of nesting pairs on the island reached 1,200.", "pair")]
    [InlineData("The numbers of new ferries built have increased each year to stand at 1,446 in 2017.", "ferry")] // "numbers of"
    [InlineData("The stock of ferries in the Netherlands increased by over 7,700 last year.", "ferry")] // "stock of"
    [InlineData("Ticket numbers rose 4 per cent to 80,000.", "ticket")]
    [InlineData("Total new rail passes for the nine months were about 2.1 million.", "pass")]
    [InlineData("Deaths reached 31, the ferry inquiry heard.", "death")] // a one-word subject written with its capital
    [InlineData("The report showed an increase in ferry passenger numbers to 7.2 billion.", "passenger")] // "numbers" heading the metric
    [InlineData("Crews of two years left. Total ferry numbers in June 2007 decreased by 211,800 to 6,704,100.", "ferry")] // past the subject's time
    [InlineData("The port had the highest number of stranded passengers on ferries, at 48.", "passenger")] // ", at" closes the phrase
    [InlineData("Figures show a slight drop in ferry applications in the city down from 1403 to 1373.", "application")] // what dropped
    [InlineData("Ferry analysts had expected a rise in claims to 315,000.", "claim")] // what rose, not who expected it
    public void A_bare_number_counts_what_its_subject_counts(string sentence, string unit) =>
        Assert.Equal(unit, Extract(sentence).Last().Unit);

    [Theory]
    [InlineData("The Real declined, sinking 3.2% to 1.8551.", "BRL")]
    [InlineData("The yen weakened to 110.25 per dollar.", "JPY")]
    [InlineData("The dollar index rose to 104.", "point")] // the dollar is no exchange rate of its own: an index is in points
    public void A_bare_number_a_currency_reaches_is_an_exchange_rate_in_that_currency(string sentence, string? unit) =>
        Assert.Equal(unit, Extract(sentence).Last().Unit);

    [Fact]
    public void A_clause_that_says_what_it_counts_borrows_no_unit_from_another()
    {
        var last = Extract("The company sold 35.2 million iPhones last quarter, while the number of iPads sold declined 9% to 13.2 million.").Last();
        Assert.Equal(("13.2 million", "ipad", "iPads"), (last.Text, last.Unit, last.Metric));
    }

    [Theory]
    [InlineData("The number of nesting pairs reached 1,200 in May.\n\nThis is down from 1,450 a year earlier.")]
    [InlineData("The zoo drew 2.1 million visitors in 2024.\n\nThe equivalent figure for 2019 was 1.8 million.")]
    [InlineData("The reserve counted 300 cranes in March, up from 240 in February, which was 40 more than in January.")]
    public void A_bare_number_that_refers_back_counts_what_the_sentence_before_counted(string text)
    {
        var figures = Extract(text);
        Assert.Equal(figures[0].Unit, figures[^1].Unit);
        Assert.NotNull(figures[^1].Unit);
    }

    [Theory]
    [InlineData("Countries made big strides over a stretch of two decades from 2000 to 2019 with the death toll reducing from 680000 to 384000.", "680000", "death")]
    [InlineData("Over five years park visitors rose from 12000 to 18000.", "18000", "visitor")]
    [InlineData("The average wait rose from 18 years to 21.", "21", "year")]
    public void A_span_of_years_lends_its_unit_only_to_the_number_right_after_it(string sentence, string figure, string unit) =>
        Assert.Equal(unit, Extract(sentence).Single(f => f.Text == figure).Unit);

    [Fact]
    public void A_bare_number_with_a_subject_of_its_own_borrows_nothing_from_the_sentence_before()
    {
        var figures = Extract("The zoo drew 2.1 million visitors in 2024.\n\nIts rating rose to 4.5 last year.");
        Assert.Null(figures[^1].Unit);
    }

    [Theory]
    [InlineData("Wheat exports exceeded 30 million tonnes.", "exceeded")]
    [InlineData("The collection surpassed 5,000 items.", "surpassed")]
    [InlineData("Rangers counted ~40 species.", "~")]
    [InlineData("The network has >200 stations.", ">")]
    [InlineData("The drive drew 500+ volunteers.", "+")]
    [InlineData("Harvests have not grown by better than a 2 percent pace.", "better than")]
    [InlineData("Milk sold at a national average of $3.20 a gallon.", "average")]
    [InlineData("Some 300 farms joined the scheme.", "some")]
    [InlineData("An estimated 4,000 swifts nest in the tower.", "estimated")]
    [InlineData("Donations came to upwards of $2 million.", "upwards of")]
    public void Keeps_the_qualifier_as_the_text_writes_it(string sentence, string qualifier) =>
        Assert.Equal(qualifier, Single(sentence).Qualifier);

    [Theory]
    [InlineData("Wheat exports exceeded 30 million tonnes.", ValueBound.Lower)]
    [InlineData("The network has >200 stations.", ValueBound.Lower)]
    [InlineData("The drive drew 500+ volunteers.", ValueBound.Lower)]
    [InlineData("Streaming subscribers top 40 mln.", ValueBound.Lower)]
    [InlineData("Rangers counted ~40 species.", ValueBound.Approximate)]
    [InlineData("Some 300 farms joined the scheme.", ValueBound.Approximate)]
    public void A_qualifier_kept_as_written_still_bounds_the_value(string sentence, ValueBound bound) =>
        Assert.Equal(bound, Single(sentence).Bound);

    [Fact]
    public void A_plus_after_a_number_stays_in_its_span()
    {
        var figure = Single("The drive drew 500+ volunteers.");
        Assert.Equal(("500+", 500.0, "volunteer"), (figure.Text, figure.Value, figure.Unit));
    }

    [Theory]
    [InlineData("Rainfall was the lowest in 20 years, the weather office said.")]
    [InlineData("Rainfall hit its lowest level in more than 40 years.")]
    [InlineData("Grain prices touched a 52-week high.")]
    [InlineData("Cocoa hit a 20-month nearest-futures low.")]
    [InlineData("The bank raised oil prices for the first time in three years.")]
    [InlineData("The index is well above its five-year average.")]
    [InlineData("It was the orchestra's biggest tour in its 90-year history.")]
    [InlineData("Rail use fell in the first six months of the year.")]
    [InlineData("Visits rose in the nine-month period.")]
    [InlineData("Rainfall for the nine months was below normal.")]
    [InlineData("The average 10-year bond yield rose.")]
    [InlineData("Ferry firms borrow on two- and five-year fixed rates.")] // the first of a pair of terms too
    [InlineData("Yields on the ferry line's two- and 10-year notes rose.")]
    [InlineData("Bids for the 91-day bill rose.")]
    [InlineData("Three-month nickel on the exchange closed higher.")]
    [InlineData("Stations ran out of 93 unleaded and 95 grade petrol.")]
    [InlineData("They lived through riots when they were in grades 10 and 11.")]
    [InlineData("Hearty congratulations to the schools for their grade 12 results.")]
    [InlineData("The region kept its lead in the CBSE class 12 exams.")]
    [InlineData("The survey covered women between the ages of 15 and 44.")]
    [InlineData("The ferry survey covered children in the age-group 0-6 and the age group of 7-14 years.")]
    [InlineData("Ferry use among adults (15+) fell.")]
    [InlineData("The ferry captain, a father of two in Oslo, retired.")] // the size of a person's family
    [InlineData("Stations ran out of RON 95 on Monday.")]
    [InlineData("He wore the No 9 shirt for the club.")]
    [InlineData("No 1 ferry builder Norvik saw orders slow.")]
    [InlineData("Ferry use rose among borrowers between 30 and 39 years old.")]
    [InlineData("News of better-than-expected 2008 crossings lifted ferry shares.")]
    [InlineData("News of better than expected 2008 crossings lifted ferry shares.")]
    [InlineData("Critics wrote a review or two.")]
    [InlineData("The plan follows the Second Ten-Year Programme of the ministry.")]
    [InlineData("Shares in the FTSE 100 closed higher.")]
    [InlineData("The S&P 500 hit its highest close for 14 months.")]
    [InlineData("Sales of the iPhone 6 and 6 Plus lifted the quarter.")]
    [InlineData("The ferry line will gain from the launch of the iPhone 12 series.")] // a product's name in camel case
    [InlineData("Ferry passengers bought PlayStation 5 devices.")]
    [InlineData("The ferry line has its own Galaxy Note 7 woes.")] // a product line's edition
    [InlineData("Ferry staff moved to Office 365 subscriptions on Windows 11 laptops.")]
    [InlineData("Ferry passengers played NBA 2K20 and NBA 2k23.")] // digits run on after a stuck scale letter: a title's code
    [InlineData("The big four ferry lines have grown.")] // a group named by its size
    [InlineData("For ferry times call Greg Johnson (305) 539-6570.")] // an area code in brackets
    [InlineData("The ferry office moved to 1050 Caribbean Way, Miami.")] // a house number
    [InlineData("The ferry board approved the budget 10-1.")] // a vote's tally
    [InlineData("The number of 911 calls about ferries keeps climbing.")] // an emergency line
    [InlineData("Executive Order 14154 paused further ferry grants.")] // a numbered order's name
    [InlineData("Ferry gas stocks in the Lower 48 states remain high.")] // the contiguous states by name
    [InlineData("It is not yet clear what level three restrictions would mean for ferry users.")] // a level of restrictions
    [InlineData("In a 5-0 vote, the ferry board agreed.")]
    [InlineData("The Big Three ferry makers have grown.")]
    [InlineData("For bookings call Tel: +44 (0) 20 7946 0321 today.")]
    [InlineData("The survey covers people aged 15 to 64 in the region.")]
    [InlineData("The survey interviewed adults over 16 in Scotland, England and Wales.")]
    [InlineData("Most of the crowd were parents with children under the age of 12.")]
    [InlineData("Every city but Nagpur saw a decrease in PM 2.5 levels.")]
    [InlineData("Ferry routes have expanded over the past five to eight years.")]
    [InlineData("Watch more of our videos on Freeview channel 276.")]
    [InlineData("The airline took delivery of its Boeing 737 Max jets.")]
    [InlineData("A Boeing 737-700 takes off from Tampa.")]
    [InlineData("Results for the CBSE Class 10 examination were published.")]
    [InlineData("Ferry trips were popular among children in year 6 and with Year 9 pupils.")]
    [InlineData("Obesity affects children ages 2 to 5 in the county.")]
    [InlineData("The clinic monitors vaccine coverage among children 19 to 35 months of age.")]
    [InlineData("The ferry line reported results for the three months that ended Dec. 2.")]
    [InlineData("The 12-month moving sum of ferry trade was a record.")]
    [InlineData("The port's three-month rolling average of arrivals was a record.")]
    public void Frames_names_and_idioms_are_no_figures(string sentence) => Assert.Empty(Extract(sentence));

    [Theory]
    [InlineData("The reserve lost 17,881 sq km of forest.", "17,881 sq km", 17_881, "km2")]
    [InlineData("Ferry fires burned 38 square miles this year.", "38 square miles", 38, "mi2")]
    [InlineData("The ferry terminal has 400 sq ft of shops.", "400 sq ft", 400, "ft2")]
    [InlineData("Ferry gas storage was 2,930 billion cubic feet in July.", "2,930 billion cubic feet", 2.93e12, "ft3")]
    [InlineData("Ferry gas in storage totaled 3,209 Bcf as of July 12.", "3,209 Bcf", 3209, "bcf")]
    [InlineData("Each rack performs 1 quintillion floating point operations per second.", "1 quintillion floating point operations per second", 1e18, "FLOPS")]
    [InlineData("The town has about one-fifth as many buses as the city.", "about one-fifth", 0.2, "times")]
    public void Reads_areas_flops_written_out_and_fractions_that_compare(string sentence, string text, double value, string unit)
    {
        AssertRead(Single(sentence), text, unit, value, sizeOnly: true);
    }

    [Fact]
    public void A_countdowns_place_before_a_name_and_a_dash_is_no_figure() =>
        Assert.Equal(["$59.1M", "$60.5M"],
            Extract("The best-paid ferry captains\n\n10 Ola Dahl – $59.1M\n\n9 Per Lund – $60.5M\n\nBoth sail the fjord.").Select(f => f.Text));

    [Fact]
    public void A_signed_number_in_brackets_after_a_percent_moves_it_by_points()
    {
        var figures = Extract("The ferry poll has CON 36%(-6), LAB 40%(nc), LDEM 8%(+1).");
        Assert.Equal([("36%", 36, "share"), ("6", -6, "change"), ("40%", 40, "share"), ("8%", 8, "share"), ("1", 1, "change")],
            figures.Select(f => (f.Text, f.Value, f.Kind.ToString().ToLowerInvariant())));
        Assert.All(figures.Where(f => f.Kind == FigureKind.Change), f => Assert.Equal("percentage point", f.Unit));
    }

    [Theory]
    [InlineData("Last year 614,348 Americans took a ferry.", "614,348")]
    [InlineData("Ferries carried 1.69 million Russians in June.", "1.69 million")]
    public void The_people_of_a_country_counted_are_people(string sentence, string text) =>
        Assert.Equal("person", Extract(sentence).Single(f => f.Text == text).Unit);

    [Theory]
    [InlineData("The ferry line reported a 2.1 billion-rand gain.", "2.1 billion-rand", 2.1e9, "ZAR")]
    [InlineData("The port has a 5 billion-dollar plan for ferries.", "5 billion-dollar", 5e9, "USD")]
    public void A_currency_named_in_a_compound_is_the_amounts_currency(string sentence, string text, double value, string unit) =>
        AssertRead(Single(sentence), text, unit, value, sizeOnly: true);

    [Theory]
    [InlineData("The ferry line joined the billion-dollar club in 2019.")]
    [InlineData("The state leased the multi-billion-dollar ferry scheme.")]
    public void A_scale_word_alone_before_a_currency_names_a_class_of_size(string sentence) => Assert.Empty(Extract(sentence));

    [Theory]
    [InlineData("A magnitude 6.7 earthquake shook Port Ferrow and sank two ferries.", "6.7", "earthquake magnitude")]
    [InlineData("The Ferrow earthquake, a 6.9 magnitude earthquake in 1995, sank two ferries.", "6.9 magnitude", "magnitude of the Ferrow earthquake")]
    [InlineData("The magnitude 8 Ferrow earthquake in 2008 sank two ferries.", "8", "magnitude of the Ferrow earthquake")]
    [InlineData("The quake measured 7.8 on the Richter scale and sank two ferries.", "7.8 on the Richter scale", "magnitude of the quake")]
    public void An_earthquakes_magnitude_measures_the_quake_and_lends_no_unit(string sentence, string text, string metric)
    {
        var figures = Extract(sentence);
        var magnitude = figures.Single(f => f.Text == text);
        Assert.Equal(("magnitude", metric), (magnitude.Unit, magnitude.Metric));
        Assert.Equal("ferry", figures.Single(f => f.Text == "two").Unit);
    }

    [Fact]
    public void How_long_a_record_took_stays_a_figure()
    {
        var figure = Extract("The fastest-growing chain doubled its shops in two years.").Last();
        Assert.Equal(("two", "year"), (figure.Text, figure.Unit));
    }

    [Fact]
    public void A_span_counted_since_an_event_stays_a_figure()
    {
        var figure = Single("In the 60 years since the museum opened, its collection grew.");
        Assert.Equal(("60", "year"), (figure.Text, figure.Unit));
    }

    [Fact]
    public void A_text_cut_off_on_a_number_gives_no_figure()
    {
        Assert.Empty(Extract("With wards under strain, bed occupancy across the region stood at more than 9"));
        Assert.Single(Extract("With wards under strain, bed occupancy across the region stood at more than 9 percent."));
        Assert.Single(Extract("Total attendance was 39,000"));
    }

    [Theory]
    [InlineData("Orchard yields fell by 12pc this autumn.", "12pc", 12)]
    [InlineData("Ferry bookings show a 22.5pc jump.", "22.5pc", 22.5)]
    [InlineData("The share of pupils who failed is 1.63 pc.", "1.63 pc", 1.63)]
    public void Reads_pc_after_digits_as_percent(string sentence, string text, double value)
    {
        var figure = Single(sentence);
        Assert.Equal((text, "percent"), (figure.Text, figure.Unit));
        Assert.Equal(value, Math.Abs(figure.Value), 9);
    }

    [Fact]
    public void A_range_with_the_currency_on_both_ends_takes_the_scale_of_the_second()
    {
        var figures = Extract("Museum ticket income rose from £12.5 to £20.1 million.");
        var first = figures.Single(f => f.Text == "£12.5");
        Assert.Equal("GBP", first.Unit);
        Assert.Equal(12_500_000, first.Value, 1e-3);
    }

    [Fact]
    public void Double_after_a_form_of_be_is_a_multiple()
    {
        var figure = Extract("The harvest reached 40 tonnes, which is double the 20 tonnes picked in 2020.").Single(f => f.Text == "double");
        Assert.Equal((2.0, "times", FigureKind.Multiple), (figure.Value, figure.Unit, figure.Kind));
    }

    [Theory]
    [InlineData("Organic flour sold for $4.20 per 500-gram bag.", "$4.20")]
    [InlineData("The producer price will be GHC228 for a 30kg bag.", "GHC228")]
    public void A_size_after_per_or_for_a_names_the_unit_a_price_is_quoted_in(string sentence, string price) =>
        Assert.Equal([price], Extract(sentence).Select(f => f.Text));
    [Theory]
    [InlineData("The city bought 40 new EVs for its parks service.", "vehicle")]
    [InlineData("The bakery fair drew 300 SMEs from the region.", "enterprise")]
    public void A_plural_abbreviation_counts_the_noun_it_stands_for(string sentence, string unit) =>
        Assert.Equal(unit, Single(sentence).Unit);
    [Theory]
    [InlineData("Watch: Garden Tips in 60 Seconds")]
    [InlineData("Our series Europe by Rail in 10 Days returns.")]
    public void A_capitalized_time_unit_inside_a_line_is_a_title(string sentence) => Assert.Empty(Extract(sentence));
    [Fact]
    public void A_bare_number_counts_the_subject_of_the_participle_before_it() =>
        Assert.Equal("visitor", Extract("Ticket income grew on the back of visitors rising 8% to 40,000.").Single(f => f.Text == "40,000").Unit);
    [Fact]
    public void A_bare_number_in_parentheses_counts_the_subject_of_its_clause() =>
        Assert.Equal("visitor", Extract("So far this year, visitors are up 4% (40,000).").Single(f => f.Text == "40,000").Unit);
    [Fact]
    public void A_percent_off_something_is_below_it() =>
        Assert.Equal(-30, Single("Lumber prices are now 30% off their spring peak.").Value, 9);
    [Fact]
    public void A_bare_number_set_off_by_commas_counts_the_noun_before_it() =>
        Assert.Equal("hiker", Extract("The largest number of hikers, 12,000, walked the northern trail.").Single(f => f.Text == "12,000").Unit);

    // The figure's text and unit, and its value (only its size where the sign is the kind rules' business) to 1e-9.
    [Theory]
    [InlineData("Exports to Asia fell five-percent, they were down six-percent in Europe.", "five-percent", "Exports to Asia")]
    [InlineData("Nationwide, exports were down 6.8-percent.", "6.8-percent", "exports")]
    public void A_hyphened_percent_with_no_noun_after_it_is_a_plain_percent(string sentence, string figure, string metric)
    {
        var found = FigureOf(sentence, figure);
        Assert.Equal(("percent", metric), (found.Unit, found.Metric));
    }

    [Theory]
    [InlineData("The public budget saw revenues of 22.26 billion lei.", "22.26 billion lei", "RON")]
    [InlineData("Exports earned 5 billion taka.", "5 billion taka", "BDT")]
    [InlineData("The deficit reached 900 billion forints.", "900 billion forints", "HUF")]
    public void A_currency_named_in_words_that_one_country_uses_is_its_code(string sentence, string figure, string unit) =>
        Assert.Equal(unit, FigureOf(sentence, figure).Unit);

    [Fact]
    public void Paise_are_hundredths_of_a_rupee()
    {
        var found = FigureOf("The Commission has allowed a 5 paise per unit increase in energy prices.", "5 paise");
        Assert.Equal(("INR", 0.05), (found.Unit, Math.Round(found.Value, 4)));
    }

    [Theory]
    [InlineData("Uganda exported 617,171 60-kg bags of coffee in October.", "617,171", "bag")]
    [InlineData("The port handled 5,000 40-foot containers.", "5,000", "container")]
    [InlineData("The harvest will rise to a record 60.2 million 60kg bags.", "60.2 million", "bag")] // no hyphen
    [InlineData("The port handled 1.43 million twenty foot equivalent units.", "1.43 million twenty foot equivalent units", "TEU")] // the TEU without its hyphen
    [InlineData("The farms held 1.42 million head of market lambs.", "1.42 million", "head")] // livestock by the head
    public void A_size_written_before_the_counted_noun_is_part_of_it(string sentence, string text, string unit)
    {
        var counted = Assert.Single(Extract(sentence));
        Assert.Equal((text, unit), (counted.Text, counted.Unit));
    }

    [Theory]
    [InlineData("Basic earnings per share stood at 182 kobo in 2022.", "182 kobo", "NGN", 1.82)]
    [InlineData("Ferry earnings per share stood at 9.85 sen.", "9.85 sen", "MYR", 0.0985)] // a ringgit's
    [InlineData("Ferry fuel cost 53¢/lb.", "53¢", "USD", 0.53)] // the cent sign
    public void Kobo_and_sen_are_hundredths_of_a_naira_and_a_ringgit(string sentence, string text, string unit, double value)
    {
        var found = FigureOf(sentence, text);
        Assert.Equal((unit, value), (found.Unit, Math.Round(found.Value, 4)));
    }

    private static void AssertRead(Figure figure, string text, string? unit, double value, bool sizeOnly = false)
    {
        Assert.Equal((text, unit), (figure.Text, figure.Unit));
        Assert.Equal(value, sizeOnly ? Math.Abs(figure.Value) : figure.Value, 1e-9 * value);
    }

    [Theory]
    [InlineData("Ferry registrations, including those for cabins, were down to 1,499 in June.", "1,499", "registration")]
    // an amount that is no count gives no unit
    [InlineData("Ferry revenues, including those for cabins, were down to 1,499 in June.", "1,499", null)]
    // a plural before the head makes it a verb ("stats aligns")
    [InlineData("The BBC noted that this stats aligns with the 6452 plan.", "6452", null)]
    // a count restated as a percent is no list of two percents
    [InlineData("Work was cited by 294,000 or 46% of the 636,000 people who moved.", "294,000", null)]
    // "per cent" written into a compound
    [InlineData("The islands saw a 4-per-cent increase to 162 million tourists.", "4", "percent")]
    // job losses, gains and cuts count jobs
    [InlineData("The mill announced job losses of 1,200 on Monday.", "1,200", "job")]
    [InlineData("Farm work fell away last year. These farms recorded job losses: • Dairy: 9,600 • Orchards: 6,800 • Grain: 1,200", "6,800", "job")]
    // an index's level is in points
    [InlineData("The Harbour Freight index fell 2.3% to 63,414.22 on Friday.", "63,414.22", "point")]
    [InlineData("Average Quality Index this year is 259.60, which has increased from 246.71.", "246.71", "point")]
    // "the death toll" counts deaths
    [InlineData("The flood's death toll has risen to 37.", "37", "death")]
    // (a plural joined to the next by "and" is in its prepositional phrase: "to national museums and ferry terminals")
    [InlineData("Visitor numbers to national museums and ferry terminals reached 5.4 million in 2017.", "5.4 million", "visitor")]
    // and "volumes" of a thing count the thing
    [InlineData("Ferry parcel volumes in December were 115 million.", "115 million", "parcel")]
    public void A_bare_number_counts_the_plural_noun_heading_its_metric(string sentence, string figure, string? unit) =>
        Assert.Equal(unit, Extract(sentence).Single(f => f.Text == figure).Unit);

    [Theory]
    [InlineData("Kenya imported goods worth Kshs. 1.3 trillion in 2021.", "Kshs. 1.3 trillion", 1.3e12, "KES")]
    [InlineData("Exports were KSh 490 billion.", "KSh 490 billion", 4.9e11, "KES")]
    [InlineData("The state spent Rs. 40 lakh on roads.", "Rs. 40 lakh", 4e6, "INR")]
    [InlineData("The bank's profit was NZ$348 million.", "NZ$348 million", 3.48e8, "NZD")]
    [InlineData("Chinese tourists spent $US102 billion in 2012.", "$US102 billion", 1.02e11, "USD")]
    [InlineData("Chinese tourists spent $A116.59 billion in 2012.", "$A116.59 billion", 1.1659e11, "AUD")]
    [InlineData("Ferry revenue in 2016 was $US 3.2bn.", "$US 3.2bn", 3.2e9, "USD")]
    [InlineData("Dairy exports reached $NZ14 billion.", "$NZ14 billion", 1.4e10, "NZD")]
    [InlineData("Remittances reached ₱1.2 billion in July.", "₱1.2 billion", 1.2e9, "PHP")]
    [InlineData("The brewer's profit reached ₦3.1 billion.", "₦3.1 billion", 3.1e9, "NGN")]
    [InlineData("The board pays farmers GHC7,600 per tonne.", "GHC7,600", 7600, "GHS")]
    [InlineData("The holding firm's shares rose to P827.50.", "P827.50", 827.5, "PHP")] // not a page
    [InlineData("Tourism receipts reached P212.47 billion.", "P212.47 billion", 2.1247e11, "PHP")]
    [InlineData("The bank's shares gained 20 centavos.", "20 centavos", 0.2, "PHP")]
    [InlineData("The miner paid GH¢5 million in royalties.", "GH¢5 million", 5e6, "GHS")]
    [InlineData("The fund held 2.5 billion CHF.", "2.5 billion CHF", 2.5e9, "CHF")]
    [InlineData("The deficit widened to 852 billion shillings.", "852 billion shillings", 8.52e11, "KES")]
    [InlineData("The mine cost 4 billion rand to build.", "4 billion rand", 4e9, "ZAR")]
    [InlineData("The carrier posted a Sh35.7 billion profit.", "Sh35.7 billion", 3.57e10, "KES")]
    [InlineData("The carrier remitted Sh 58.85 billion in duties.", "Sh 58.85 billion", 5.885e10, "KES")]
    [InlineData("Diesel will retail at Sh 97.86 a litre.", "Sh 97.86", 97.86, "KES")] // spaced, with decimals
    [InlineData("Petrol now costs Sh 1,200 per gallon.", "Sh 1,200", 1200.0, "KES")] // spaced, with thousands
    [InlineData("The Lusaka lender posted a K1 billion profit.", "K1 billion", 1e9, "ZMW")] // the kwacha's K
    [InlineData("The budget assumes spending of BZ$1.2bn.", "BZ$1.2bn", 1.2e9, "BZD")] // a dollar's country before its sign
    [InlineData("Revenue rose to TT$500 million.", "TT$500 million", 5e8, "TTD")]
    [InlineData("The airline earned NT$3.5 billion.", "NT$3.5 billion", 3.5e9, "TWD")]
    [InlineData("Earnings rose to US dollars 202.7 million.", "US dollars 202.7 million", 2.027e8, "USD")] // the name before the amount
    [InlineData("Revenue increased to k3.9 billion.", "k3.9 billion", 3.9e9, "ZMW")] // in lower case before a scale
    [InlineData("Imports reached 12 trillion rupiah.", "12 trillion rupiah", 1.2e13, "IDR")]
    [InlineData("Gaming revenue totaled 17.3 billion patacas.", "17.3 billion patacas", 1.73e10, "MOP")]
    [InlineData("The budget is 177.9 billion kwacha.", "177.9 billion kwacha", 1.779e11, "ZMW")]
    [InlineData("The bank raised 10 billion birr.", "10 billion birr", 1e10, "ETB")]
    [InlineData("The deficit hit 30 billion shekels.", "30 billion shekels", 3e10, "ILS")]
    [InlineData("The retailer earned 5 billion kronor.", "5 billion kronor", 5e9, "SEK")]
    public void Reads_currencies_written_as_abbreviations_codes_and_names(string sentence, string text, double value, string unit) =>
        AssertRead(Single(sentence), text, unit, value);

    [Theory]
    [InlineData("Grindings fell to 183,413 MT.", "183,413 MT", 183413.0)]
    [InlineData("Output is seen at 4.38 MMT.", "4.38 MMT", 4.38e6)] // million metric tonnes
    [InlineData("Morocco is estimated to produce 3.8 mmt of wheat.", "3.8 mmt", 3.8e6)]
    [InlineData("The companies produced 4.49 mt in March.", "4.49 mt", 4.49e6)] // as Indian papers write million tonnes
    [InlineData("Exports reached 144.8 million mt.", "144.8 million mt", 1.448e8)] // after a scale, metric tonnes
    public void Commodity_desks_and_papers_write_tonnes_in_codes(string sentence, string text, double value) =>
        AssertRead(Single(sentence), text, "tonne", value);

    [Theory]
    [InlineData("Prices have risen US$15-25/m³ this year.", "25", 25, "USD")]
    [InlineData("Broken rice reached US$550-575 per tonne.", "US$550", 550, "USD")]
    [InlineData("Broken rice reached US$550-575 per tonne.", "575", 575, "USD")]
    [InlineData("Sales hit $100-150 million.", "$100", 100_000_000, "USD")]
    public void Both_ends_of_a_price_range_are_in_its_currency(string sentence, string text, double value, string unit) =>
        AssertRead(Extract(sentence).Single(f => f.Text == text), text, unit, value);

    [Theory]
    [InlineData("The data come from more than 4 000 monitoring stations.", "more than 4 000", 4000)]
    [InlineData("The mine produced 6 500 oz of gold.", "6 500 oz", 6500)]
    [InlineData("The ferry scheme netted the city R1 089 015.32 last year.", "R1 089 015.32", 1089015.32)] // the last group with decimals
    [InlineData("The country has 1 250 000 people.", "1 250 000", 1_250_000)]
    // separators a space follows, two groups at least
    [InlineData("Kenya's total population is 47, 564, 296.", "47, 564, 296", 47_564_296)]
    public void Reads_thousands_grouped_by_a_space(string sentence, string text, double value)
    {
        var figure = Single(sentence);
        Assert.Equal((text, value), (figure.Text, figure.Value));
    }

    [Fact]
    public void A_score_with_decimals_after_an_index_name_is_its_level_in_points()
    {
        var figure = Extract("The pass rate in 20 schools is 99.06 per cent and its Quality Index 386.65, the official added.").Single(f => f.Text == "386.65");
        Assert.Equal((386.65, "point"), (figure.Value, figure.Unit));
        Assert.Empty(Extract("Its rival runs Windows 11 on every desk.")); // a name's number stays a name's
    }

    [Fact]
    public void A_fraction_restated_as_a_percent_in_brackets_before_its_of_is_a_figure()
    {
        var figures = Extract("More than a quarter (27.2%) of UK entries were awarded an A grade.");
        Assert.Equal([("More than a quarter", 25.0), ("27.2%", 27.2)], figures.Select(f => (f.Text, f.Value)));
    }

    [Theory]
    [InlineData("Rents were up by one per cent on last year.", "one per cent")]
    [InlineData("Spending fell one percent in July.", "one percent")]
    [InlineData("Margins narrowed by one percentage point.", "one percentage point")]
    [InlineData("The ferry fare slipped by just one-percent.", "one-percent")]
    public void One_is_a_figure_as_a_percent(string sentence, string text) =>
        Assert.Equal((text, 1.0), Single(sentence) is var one ? (one.Text, Math.Abs(one.Value)) : default);

    [Theory]
    [InlineData("The unemployment rate was 25,5% in the quarter.", "25,5%", 25.5)]
    [InlineData("The working-age population was 36,1-million in the quarter.", "36,1-million", 36_100_000)]
    [InlineData("Unemployment stood at 5,40million people.", "5,40million", 5_400_000)]
    // a group of three after the comma still separates thousands
    [InlineData("The mine employs 1,250 people.", "1,250", 1250)]
    public void Reads_a_decimal_comma_with_one_or_two_digits_after_it(string sentence, string text, double value)
    {
        var figure = Single(sentence);
        Assert.Equal((text, value), (figure.Text, figure.Value));
    }

    [Theory]
    [InlineData("Passenger journeys totalled 1·74bn in the year.", "1·74bn", 1_740_000_000)]
    [InlineData("Passenger income was £5·9bn.", "£5·9bn", 5_900_000_000)]
    public void Reads_a_raised_point_as_the_decimal_point(string sentence, string text, double value)
    {
        var figure = Single(sentence);
        Assert.Equal((text, value), (figure.Text, figure.Value));
    }

    [Theory]
    [InlineData("The appeal raised $20,701,272 million this year.", "$20,701,272 million", 20_701_272)]
    [InlineData("The appeal raised 1,500 million yuan.", "1,500 million yuan", 1_500_000_000)]
    public void A_number_written_out_to_the_millions_takes_no_scale_word(string sentence, string text, double value)
    {
        var figure = Single(sentence);
        Assert.Equal((text, value), (figure.Text, figure.Value));
    }

    [Fact]
    public void Numbers_listed_with_commas_are_not_one_number() =>
        Assert.Equal(new[] { "12", "140", "160", "200 points" }, Extract("The teams scored 12, 140, 160 and 200 points.").Select(f => f.Text));

    [Fact]
    public void A_count_before_an_aircraft_model_is_not_grouped_with_it() =>
        Assert.Equal(new[] { "15", "18" }, Extract("The orders included 15 737 Max jets and 18 747s.").Select(f => f.Text));

    [Fact]
    public void Reads_hectolitres() => Assert.Equal("hectolitre", Single("AB InBev sold 146 million hectoliter in the quarter.").Unit);

    [Fact]
    public void A_scale_stuck_to_digits_after_a_currency_code_is_millions_before_from() =>
        Assert.Equal(new[] { 133_100_000d, 213_200_000d }, Extract("Pre-tax profit fell to GBP133.1m from GBP213.2m.").Select(f => f.Value));

    [Theory]
    [InlineData("Forty five million pounds were raised.", "Forty five million pounds", 45_000_000)]
    [InlineData("Twenty one people died.", "Twenty one", 21)]
    [InlineData("Train tickets have become around four-and-a-half times dearer.", "around four-and-a-half times", 4.5)]
    [InlineData("Motoring costs are two and a half times higher.", "two and a half times", 2.5)]
    public void Reads_tens_and_units_written_apart_and_a_half_more(string sentence, string text, double value)
    {
        var figure = Single(sentence);
        Assert.Equal((text, value), (figure.Text, figure.Value));
    }

    [Theory]
    [InlineData("In comparison with the week of 14-20 May 2017, occupancy fell 0.5%.")]
    [InlineData("Floods between 11 and 13 August 2014 killed 20 people.")]
    public void The_first_day_of_a_range_of_days_is_no_figure(string sentence) => Assert.Single(Extract(sentence));

    [Fact]
    public void Reads_a_bit_rate_written_out() => Assert.Equal("Mbps", Single("Average speeds reached 85 megabits per second.").Unit);

    [Theory]
    [InlineData("A temperature of 40.2 C was recorded at Heathrow.", "40.2 C", "°C")]
    [InlineData("The western city of Nantes recorded 42C on Tuesday.", "42C", "°C")]
    [InlineData("The mercury rose to 104 degrees Fahrenheit.", "104 degrees Fahrenheit", "°F")]
    [InlineData("The mercury rose to 40 degrees Celsius.", "40 degrees Celsius", "°C")]
    public void Reads_temperatures_written_with_a_lone_letter_or_in_words(string sentence, string text, string unit)
    {
        var figure = Single(sentence);
        Assert.Equal((text, unit), (figure.Text, figure.Unit));
    }

    [Fact]
    public void A_footnote_mark_after_a_percent_is_no_figure() =>
        Assert.Equal(["5.2%"], Extract("This takes into account a rate of inflation of 5.2%1, and bills will rise.").Select(f => f.Text));

    [Theory]
    [InlineData("Ferry crews have fallen by 4,000 since 2010[1][2].", "4,000")]
    [InlineData("Ferry crews total 52,000, worsening the shortages[4].", "52,000")]
    [InlineData("Ferry fares rose 5% [3] last year.", "5%")] // spaced apart too
    [InlineData("The Ferry Passenger Survey (FPS)4 counts over one million passengers.", "over one million")] // run onto a bracket
    public void A_note_number_in_square_brackets_is_no_figure(string sentence, params string[] figures) =>
        Assert.Equal(figures, Extract(sentence).Select(f => f.Text));

    [Fact]
    public void A_grade_with_its_sign_is_no_temperature() =>
        Assert.DoesNotContain(Extract("Some 44,792 had C plain, 61,026 C-(Minus) and 80,952 had D+ (Plus)."), f => f.Unit == "°C");

    [Fact]
    public void A_noun_is_not_counted_past_another_number() => // the base of the change counts the cars, not the years after it
        Assert.Equal("car", Extract("There are 1.5 million electric cars, up from 400,000 just four years ago.").Single(f => f.Text == "400,000").Unit);

    [Theory]
    [InlineData("Johnson and Stein drew 10 and 4 percent, respectively.", "10")]
    [InlineData("Prices rose 3 or 4 percent.", "3")]
    [InlineData("Prices of sugar, flour and rice rose by 5.3, 5.1 and 4.9 per cent, respectively.", "5.3")]
    [InlineData("Prices of sugar, flour and rice rose by 5.3, 5.1 and 4.9 per cent, respectively.", "5.1")]
    public void The_numbers_of_a_list_written_with_one_percent_sign_are_percents(string sentence, string text) =>
        Assert.Equal("percent", Extract(sentence).Single(f => f.Text == text).Unit);

    [Theory]
    [InlineData("Ferry fares jumped 7 and 5 cents, respectively.", "7", "USD", 0.07)]
    [InlineData("Ferry fares rose 3 or 4 pence.", "3", "GBP", 0.03)]
    public void The_numbers_of_a_list_written_with_one_cents_or_pence_are_cents_or_pence(string sentence, string text, string unit, double value)
    {
        var found = Extract(sentence).Single(f => f.Text == text);
        Assert.Equal((unit, value), (found.Unit, Math.Round(found.Value, 4)));
    }

    [Theory]
    [InlineData("Revenues rose to a record £3.6billion.", "£3.6billion", 3.6e9, "GBP")]
    [InlineData("Its cash position was £4.3million.", "£4.3million", 4.3e6, "GBP")]
    public void Reads_a_scale_word_stuck_to_the_digits(string sentence, string text, double value, string unit) =>
        AssertRead(Single(sentence), text, unit, value);

    [Theory]
    [InlineData("More than 500 start-ups closed their doors in 2023.", "start-up")]
    [InlineData("The city has 3,000 e-scooters.", "e-scooter")]
    [InlineData("The firm sold 20 AI-related chips.", "chip")]
    public void A_hyphenated_noun_with_a_short_part_is_counted_whole(string sentence, string unit) =>
        Assert.Equal(unit, Single(sentence).Unit);

    [Theory]
    [InlineData("It was a 10 year project to improve ferries.", "year")]
    [InlineData("It was a five year plan for ferries.", "year")]
    public void A_duration_before_a_noun_with_its_hyphen_left_out_counts_its_time_unit(string sentence, string unit) =>
        Assert.Equal(unit, Single(sentence).Unit);

    [Theory]
    [InlineData("Nine out of ten workers would like the option.", "Nine out of ten", 90, "percent")]
    [InlineData("Only two out of 10 ferry users would like the option.", "two out of 10", 20, "percent")]
    [InlineData("A 65-year-old could expect to live 13-and-a-half years.", "13-and-a-half", 13.5, "year")]
    public void Reads_out_of_ten_as_a_share_and_a_half_after_digits(string sentence, string text, double value, string unit) =>
        AssertRead(Single(sentence), text, unit, value);

    [Fact]
    public void A_slide_is_a_fall() => Assert.Equal(-1.8, Extract("Spot yuan fell to 6.43, following a 1.8 per cent slide on Tuesday.").Single(f => f.Text == "1.8 per cent").Value);

    [Fact]
    public void Reads_barrels_of_oil_equivalent() => Assert.Equal("boe", Single("Shell reserves at end-2015 were 11.747bn boe.").Unit);

    [Theory]
    [InlineData("Lending share rose to 9.8 percent from8.9 percent.", "8.9 percent", "percent")]
    [InlineData("The poll interviewed 7756adults in May.", "7756", "adult")]
    public void A_space_lost_between_a_word_and_a_number_still_leaves_a_figure(string sentence, string figure, string unit) =>
        Assert.Equal(unit, Extract(sentence).Single(f => f.Text == figure).Unit);

    [Theory]
    [InlineData("The K12 curriculum covers 4G networks.")]
    [InlineData("Visit room B12 at 10am.")]
    public void Codes_that_run_letters_and_digits_together_are_still_no_figures(string sentence) =>
        Assert.Empty(Extract(sentence));

    [Fact]
    public void A_range_of_round_numbers_is_no_model_number_and_its_start_counts_what_its_end_counts()
    {
        var figures = Extract("The plant employs 300-400 workers.");
        Assert.Equal([("300", "worker", "plant workers"), ("400", "worker", "plant workers")], figures.Select(f => (f.Text, f.Unit, f.Metric)));
    }

    [Theory]
    [InlineData("Ferry output in Punjab is around 28 to 30 maunds per acre.", "maund")]
    [InlineData("The ferry is running two to three weeks ahead of normal.", "week")]
    public void The_start_of_a_range_with_to_counts_what_its_end_counts(string sentence, string unit) =>
        Assert.Equal(unit, Extract(sentence)[0].Unit);

    [Fact]
    public void The_level_a_change_starts_from_is_no_range_start() =>
        Assert.Equal("ferry", FigureOf("Fares rose from 5 to 10 ferries.", "5").Unit);

    [Fact]
    public void An_aircraft_variant_after_its_model_is_still_no_count() =>
        Assert.DoesNotContain(Extract("It ordered five 737-800s and two 787-9s."), f => f.Text is "737" or "800" or "787" or "9");

    [Fact]
    public void A_boeing_model_number_before_a_word_for_planes_names_what_the_count_counts()
    {
        var figure = Assert.Single(Extract("The airline now has six modern 787 aircraft."));
        Assert.Equal(("six", "aircraft"), (figure.Text, figure.Unit));
    }

    [Theory]
    [InlineData("As of the April reference week (April 10 to 16), limits had been lifted.")]
    [InlineData("Riders were counted between May 1 and 28 across the network.")]
    public void The_last_day_of_a_range_of_days_is_no_figure(string sentence) =>
        Assert.Empty(Extract(sentence));

    [Fact]
    public void A_day_and_a_count_joined_by_and_without_between_stay_a_count() =>
        Assert.Equal("28", Assert.Single(Extract("The ferry sailed on May 1 and 28 crew stayed ashore.")).Text);

    [Fact]
    public void Ages_aged_from_one_to_another_are_no_figures() =>
        Assert.Equal(["8.74 million", "107,000"], Extract("There were 8.74 million people aged from 16 to 64 who were inactive, 107,000 fewer than a year earlier.").Select(f => f.Text));

    [Theory]
    [InlineData("It accounted for about two thirds of the increase.", "about two thirds", 200.0 / 3)]
    [InlineData("It accounted for three quarters of the increase.", "three quarters", 75.0)]
    [InlineData("Nearly three quarters (73%) of ferry users never smoked.", "Nearly three quarters", 75.0)] // restated in brackets
    [InlineData("Most riders stayed, but nearly two fifths (37%) changed their ferry.", "nearly two fifths", 40.0)] // with no "of"
    public void A_fraction_written_apart_is_a_share(string sentence, string text, double value)
    {
        var figure = Extract(sentence)[0];
        Assert.Equal((text, "percent", FigureKind.Share), (figure.Text, figure.Unit, figure.Kind));
        Assert.Equal(value, figure.Value, 6);
    }

    [Fact]
    public void The_level_a_change_by_a_measure_reaches_is_in_its_unit_at_any_scale() =>
        Assert.Equal("bpd", FigureOf("Saudi output fell by 200,000 barrels a day to 10.3 million in September.", "10.3 million").Unit);

    [Theory]
    [InlineData("India is divided into 22 telecommunications service zones.", "zone")]
    [InlineData("The ferry group helps the 12 ports market themselves.", "port")] // a reflexive pronoun is no noun
    [InlineData("The ferry line hired 2,000 more police officers.", "officer")] // a collective noun before another noun
    [InlineData("The ferry line serves five media companies.", "company")]
    [InlineData("This map shows the 10 NHS trusts with the largest waits.", "trust")]
    [InlineData("Despite two new movies in wide release, Thor led.", "movie")]
    [InlineData("A minimum download speed of 512 Kbps is broadband.", "kbps")]
    public void Counted_nouns_read_past_abbreviations_and_modifying_plurals(string sentence, string unit) =>
        Assert.Equal(unit, Single(sentence).Unit);

    [Theory]
    [InlineData("There were 12 deaths per 100,000 people.", "12", "deaths per 100,000 people")]
    [InlineData("The tax rate is 58.5 cents per $100 valuation.", "58.5 cents", "tax rate per $100 valuation")]
    // its thousands grouped by a space, the whole denominator is passed, none of its groups read again
    [InlineData("There were 45 murders per 100 000 people.", "45", "murders per 100 000 people")]
    [InlineData("There were 355 ferry deaths per 100,000 U.S. residents.", "355", "ferry deaths per 100,000 U.S. residents")] // a name after it
    public void The_denominator_of_a_rate_is_no_figure_but_part_of_the_metric(string sentence, string figure, string metric)
    {
        var found = Single(sentence);
        Assert.Equal((figure, metric), (found.Text, found.Metric));
    }

    [Fact]
    public void A_denominator_in_brackets_is_no_figure_either() =>
        Assert.Equal(["12", "350"], Extract("There were 12 ferry deaths last year, down from 2021 (350 per 100,000).").Select(f => f.Text));

    [Fact]
    public void For_every_round_amount_is_a_denominator_too() =>
        Assert.Equal(["£78"], Extract("Shrewsbury paid £78 in wages for every £100 of income.").Select(f => f.Text));

    [Fact]
    public void The_level_a_percent_change_reaches_counts_its_own_clauses_subject()
    {
        var figure = FigureOf("Theft rose 7% to 118,774 crimes, while public order offences jumped 39% to 78,697.", "78,697");
        Assert.Equal(("offence", "public order offences"), (figure.Unit, figure.Metric));
    }

    [Theory]
    [InlineData("Diesel will cost Kshs 94.20 in Nakuru.", "Kshs 94.20", "KES")]
    [InlineData("The average price stood at N170.42 per litre in February.", "N170.42", "NGN")]
    [InlineData("The state budget rose to N2.5 trillion.", "N2.5 trillion", "NGN")]
    [InlineData("A household is now billed R924.66 a month.", "R924.66", "ZAR")]
    [InlineData("The terminal moved 61,200 twenty-foot equivalent units in May.", "61,200 twenty-foot equivalent units", "TEU")]
    [InlineData("The terminal moved 61,200 20-foot equivalent units in May.", "61,200 20-foot equivalent units", "TEU")]
    [InlineData("Kerala received 260.7 mm of rain in June.", "260.7 mm", "mm")]
    [InlineData("Insurers wrote premiums of UGX933.8bn in the half.", "UGX933.8bn", "UGX")]
    [InlineData("The mines earned GHS 2.5 billion last year.", "GHS 2.5 billion", "GHS")]
    [InlineData("The country shipped 77.5Mt of LNG in 2019.", "77.5Mt", "tonne")]
    [InlineData("The airline earned Tk1,563 crore in three months.", "Tk1,563 crore", "BDT")]
    [InlineData("The gross average wage was Ft 154,631 in September.", "Ft 154,631", "HUF")]
    [InlineData("Net profit rose to Dh3.5 billion in the quarter.", "Dh3.5 billion", "AED")]
    [InlineData("Property deals were worth Dhs113bn in the half.", "Dhs113bn", "AED")]
    [InlineData("Card spending reached SR16 billion last week.", "SR16 billion", "SAR")]
    [InlineData("Profit was QR1.2 billion in 2023.", "QR1.2 billion", "QAR")]
    [InlineData("Total operating revenues were Ps.6,626 million in the quarter.", "Ps.6,626 million", "MXN")]
    [InlineData("Private sector credit grew by Shs22.9bn in October.", "Shs22.9bn", "UGX")]
    [InlineData("Net profit rose to RO86.3m in the half.", "RO86.3m", "OMR")]
    [InlineData("Online sales reached TL 226.2 billion last year.", "TL 226.2 billion", "TRY")]
    [InlineData("The ferry bank bought dollars for 1.8660 Real each.", "1.8660 Real", "BRL")] // the real with its capital
    [InlineData("A ferry ticket costs 3.5 Brazilian reals.", "3.5 Brazilian reals", "BRL")]
    [InlineData("Logs harvested exceeded 33 million cubic metres in 2017.", "exceeded 33 million cubic metres", "m3")]
    [InlineData("Gold production declined by 5 t to 75 t in the quarter.", "75 t", "tonne")] // a spaced "t" before no word
    [InlineData("Ferry fuel sales rose to 33.7mn t in kharif.", "33.7mn t", "tonne")] // and after a scale's suffix
    [InlineData("Beef exports were worth AU$7.96bn in the year.", "AU$7.96bn", "AUD")]
    [InlineData("Enrolments were down 44 000 or 12.3 per cent.", "44 000", "enrolment")] // thousands spaced apart, no listed percent
    [InlineData("Yields rose to 1.08 t/ha in 2019.", "1.08 t/ha", "t/ha")]
    [InlineData("The film minted Rs.46.77 crore in three days.", "Rs.46.77 crore", "INR")]
    [InlineData("Pakistan's government spent almost Rs 2.55 trillion, Pakistan's finance ministry said.", "almost Rs 2.55 trillion", "PKR")]
    [InlineData("Snow reached 40 centimetres in the hills.", "40 centimetres", "cm")]
    public void Abbreviated_currencies_the_naira_and_rand_signs_and_units_written_out_are_read(string sentence, string figure, string unit) =>
        Assert.Equal(unit, FigureOf(sentence, figure).Unit);

    [Theory]
    [InlineData("Wear N95 masks on the N7 road.")]
    [InlineData("Delegates met at COP 28 in Dubai.")]
    [InlineData("Take the R2 road to the coast.")]
    [InlineData("The SR 71 Blackbird flew over the base.")] // a Gulf currency's letters too, spaced before a small number
    [InlineData("The utility hit stage 6 load-shedding again.")]
    [InlineData("Dealers sold more two-wheelers than three-wheelers.")]
    public void A_naira_or_rand_sign_needs_an_amount_and_stages_and_vehicle_classes_are_no_figures(string sentence) =>
        Assert.Empty(Extract(sentence));

    [Theory]
    [InlineData("Japan's real wages fell, Japanese data showed. Wages rose 2.5% to ¥283,868.", "JPY")]
    [InlineData("China's wages rose in Beijing. Wages rose 2.5% to ¥283,868.", "CNY")]
    [InlineData("Toyota's profit was 190 billion yen. Wages rose 2.5% to ¥283,868, or 283,868 yen.", "JPY")] // the yen named in words
    public void A_bare_yen_sign_is_japanese_in_a_text_about_japan(string text, string unit) =>
        Assert.Equal(unit, Extract(text).Single(f => f.Text == "¥283,868").Unit);

    [Theory]
    [InlineData("Its value reached 11.7 trillion Norwegian kroner.", "11.7 trillion Norwegian kroner", 1.17e13, "NOK")]
    [InlineData("The ferry fare rose to 1,800 CFA francs.", "1,800 CFA francs", 1800.0, "XOF")]
    [InlineData("The deal was worth 5 billion Swedish crowns.", "5 billion Swedish crowns", 5e9, "SEK")]
    [InlineData("The miner paid 300 million Australian dollars.", "300 million Australian dollars", 3e8, "AUD")]
    [InlineData("The tower cost 2 billion Hong Kong dollars.", "2 billion Hong Kong dollars", 2e9, "HKD")]
    [InlineData("Market capitalisation gained 40 billion Egyptian pounds.", "40 billion Egyptian pounds", 4e10, "EGP")]
    [InlineData("The carrier raised 3 billion US dollars.", "3 billion US dollars", 3e9, "USD")]
    public void A_currency_named_with_its_countrys_adjective_is_that_countrys(string sentence, string text, double value, string unit) =>
        AssertRead(Single(sentence), text, unit, value);

    [Theory]
    [InlineData("The Egyptian Exchange closed higher in Cairo. Market capitalisation rose to 414.964 billion pounds.", "414.964 billion pounds", "EGP")]
    [InlineData("British shoppers spent more in London. Retail sales rose to 41 billion pounds.", "41 billion pounds", "GBP")]
    [InlineData("Saudi bank profits rose. The bank earned 1.83 billion riyals.", "1.83 billion riyals", "SAR")]
    [InlineData("Qatar's bank grew in Doha and across Qatar. The bank earned 1.83 billion riyals.", "1.83 billion riyals", "QAR")]
    [InlineData("The carrier earned 3.3 billion dirhams.", "3.3 billion dirhams", "AED")]
    [InlineData("Wal-Mart de Mexico earned 4.25 billion pesos.", "4.25 billion pesos", "MXN")]
    [InlineData("Remittances to the Philippines rose. Manila received 12 billion pesos.", "12 billion pesos", "PHP")]
    [InlineData("Norway's oil fund lost value in Oslo. The fund lost 990 billion kroner.", "990 billion kroner", "NOK")]
    [InlineData("Danish drugmaker Novo, based in Copenhagen, earned 20 billion kroner.", "20 billion kroner", "DKK")]
    public void A_currency_several_countries_name_alike_is_the_texts_countrys(string text, string figure, string unit) =>
        Assert.Equal(unit, Extract(text).Single(f => f.Text == figure).Unit);

    [Theory]
    [InlineData("German households paid 34.30 cents per kilowatt hour. The euro zone average was 22.47 cents.", "EUR")]
    [InlineData("American households paid 34.30 cents per kilowatt hour. The U.S. average was 22.47 cents.", "USD")]
    // cents beside a dollar amount are the dollar's, and "US$" amounts name the dollar
    [InlineData("German ferry firms earned 2.7 billion euros. Norvik Ferries earned US$143 million, or 34.30 cents a share.", "USD")]
    [InlineData("German ferry firms earned 2.7 billion euros. Norvik Ferries earned US$143 million. Analysts expected 34.30 cents a share, "
        + "on revenue of US$6.3 billion.", "USD")]
    public void Bare_cents_are_euro_cents_in_a_text_about_the_euro(string text, string unit) =>
        Assert.Equal(unit, Extract(text).Single(f => f.Text == "34.30 cents").Unit);

    [Theory]
    [InlineData("Singapore's DBS earned S$2.6 billion ($1.9 billion). Singapore banks gained.", "$1.9 billion", "USD")]
    [InlineData("Singapore's DBS earned $2.6 billion. Singapore banks gained.", "$2.6 billion", "SGD")]
    [InlineData("Singapore's DBS earned $2.6 billion. Singapore banks gained, as US$ rates rose.", "$2.6 billion", "SGD")] // "US$" is no "S$"
    public void A_bare_dollar_beside_the_local_dollars_own_prefix_is_the_us_dollar(string text, string figure, string unit) =>
        Assert.Equal(unit, Extract(text).Single(f => f.Text == figure).Unit);

    [Theory]
    [InlineData("Shipments returned to growth after two quarters of decline.", "two", "quarter")]
    [InlineData("Three quarters of adults gambled.", "Three quarters", "percent")]
    public void Quarters_after_a_word_of_time_or_before_a_change_are_quarters_of_time(string sentence, string text, string unit) =>
        Assert.Equal(unit, Extract(sentence).Single(f => f.Text == text).Unit);

    [Fact]
    public void A_persons_age_set_off_by_commas_is_no_figure()
    {
        var figures = Extract("Eliopoulos, 51, said the fund earned 2 percent.");
        Assert.Equal(["2 percent"], figures.Select(f => f.Text));
        Assert.Equal("Eliopoulos", figures[0].Attribution);
    }
    [Theory]
    [InlineData("Net mortgage lending rose by 1.8 billion pounds ($2.9 billion) in September.", "1.8 billion pounds", "GBP")]
    [InlineData("Unsecured consumer lending rose by 915 million pounds, more than expected.", "915 million pounds", "GBP")]
    [InlineData("The farm sold 2 million pounds of beef.", "2 million", "pound")] // pounds of something weigh it
    [InlineData("The island's milk production reached 228.4 billion pounds.", "228.4 billion", "pound")] // so do pounds of produce
    [InlineData("The mine guided production of 90-million pounds at an all-in cost of $2/lb.", "90-million", "pound")] // beside money words too
    // Korea's won after a scaled amount, not the verb ("5 million won the vote")
    [InlineData("The ferry group's profit hit 20.8 trillion won in the quarter.", "20.8 trillion won", "KRW")]
    [InlineData("Revenue rose to 2.9 trillion won compared to a year earlier.", "2.9 trillion won", "KRW")]
    [InlineData("The ferry crew's wage is set at 8,590 won per hour.", "8,590 won", "KRW")] // or a wage's won per unit of time
    [InlineData("A ferry crew member will earn 1,795,310 won a month.", "1,795,310 won", "KRW")]
    // and pounds a bill, a price or a fee comes to
    [InlineData("Ferry bills rose to 1,250 pounds this year.", "1,250 pounds", "GBP")]
    [InlineData("The ferry's anchor weighs 950 pounds.", "950", "pound")]
    public void Pounds_in_millions_or_billions_are_sterling(string sentence, string text, string unit) =>
        Assert.Equal(unit, Extract(sentence).Single(f => f.Text == text).Unit);
    [Fact]
    public void Groups_of_digits_after_a_trunk_prefix_are_a_phone_number() =>
        Assert.Equal(["5%"], Extract("Call the association on 0171 534 6363. Sales rose 5%.").Select(f => f.Text));
    [Fact]
    public void A_dozen_after_a_price_is_the_unit_it_is_quoted_in() =>
        Assert.Equal(["as high as $8.85", "a dozen"], Extract("Egg prices rose as high as $8.85 a dozen. Farmers sold a dozen hens.").Select(f => f.Text));
    [Theory]
    [InlineData("The average for a dozen ferry eggs reached $3.60.", "$3.60")] // "for" or "of" a dozen, beside a price
    [InlineData("If the ferry's price per dozen has remained $5, fine.", "$5")] // "per dozen"
    [InlineData("The lives of a dozen ferry crews were saved.", "a dozen")] // no price: a count
    public void A_dozen_a_price_is_quoted_for_is_no_figure(string sentence, params string[] figures) =>
        Assert.Equal(figures, Extract(sentence).Select(f => f.Text));
    [Fact]
    public void The_first_week_in_seven_is_a_span_no_figure() =>
        Assert.Equal(["92.3 per cent"], Extract("This is the first week in seven that occupancy has declined, to 92.3 per cent.").Select(f => f.Text));
    [Fact]
    public void A_number_after_a_capitalized_model_names_the_model() =>
        Assert.Equal(["over 5,300"], Extract("It produced over 5,300 Model 3 vehicles.").Select(f => f.Text));

    [Fact]
    public void A_bound_after_the_noun_a_number_counts_says_which_things_it_counts() =>
        Assert.Equal(["37"], Extract("Globally, there were 37 large airports with over 40 million passengers.").Select(f => f.Text));

    [Fact]
    public void A_share_after_a_span_of_years_opens_an_absolute_clause_and_is_a_figure() =>
        Assert.Contains("more than two-thirds", Extract("The council made savings of £200m in the last 15 years with more than two-thirds of "
            + "its budget spent on care.").Select(f => f.Text));

    [Theory]
    [InlineData("Oppenheimer grossed $8.2m.", "$8.2m", 8_200_000d)]
    [InlineData("Output hit 16.93 mt.", "16.93 mt", 16_930_000d)]
    [InlineData("The shares rose 2.8p.", "2.8p", 0.028)]
    public void A_scaled_value_is_the_number_written_not_a_floating_point_neighbour(string sentence, string text, double value) =>
        Assert.Equal(value, Extract(sentence).Single(f => f.Text == text).Value); // exactly: 8.2 * 1e6 is 8199999.999999999

    [Theory]
    [InlineData("Reserves stood at $4.301 billion, up $487 million compared to 3.814 billion on February 24.", "3.814 billion", "USD")]
    [InlineData("Exports were Rs 300 crore against 250 crore a year earlier.", "250 crore", "INR")]
    [InlineData("The Sydney miner on the ASX lifted profit to $4.3 billion from 3.8 billion. Australia cheered in Sydney.", "3.8 billion", "AUD")]
    [InlineData("Revenue was $4 billion and the firm has 2 billion users.", "2 billion", "user")] // not compared: its own noun
    public void A_scaled_number_set_against_an_amount_of_money_is_in_that_money(string text, string figure, string unit) =>
        Assert.Equal(unit, Extract(text).Single(f => f.Text == figure).Unit);

    [Theory]
    [InlineData("The results are lower than the 83,733 approved in the 2019–20 academic year.", "83,733")] // an en dash
    [InlineData("The results are lower than the 83,733 approved in the 2019-20 academic year.", "83,733")]
    public void The_tail_of_a_span_of_years_is_no_figure(string sentence, string only) =>
        Assert.Equal([only], Extract(sentence).Select(f => f.Text));

    [Theory]
    [InlineData("Its Africa Agriculture Status Report 2024 points out that use fell to 663,400 tonnes.", "663,400 tonnes")]
    [InlineData("The index fell 2024 points on Friday.", "2024 points")] // a fall in points stays a figure
    public void A_report_year_before_points_out_is_no_figure(string sentence, string only) =>
        Assert.Equal([only], Extract(sentence).Select(f => f.Text));
}
