namespace NewsFigures.Tests.Extraction;

/// <summary>
/// How the subject a metric names is chunked and chosen, on sentences invented for other fields than the corpus: whole
/// noun phrases (with a short parenthesis, a number compound, a noun of change), the subject of a reported clause, the
/// nearer noun phrase a change verb governs, a count's own noun when it opens with "the number of", a sentence that points
/// back with "This" or "The figure", and a bare noun that stands for a fuller phrase written before.
/// </summary>
public sealed partial class ExtractorExampleTests
{
    [Theory]
    [InlineData("Battery electric vehicle (BEV) imports in Norway reached $2 billion in 2024.", "$2 billion", "Battery electric vehicle (BEV) imports in Norway")]
    [InlineData("The average 15-year bond yield rose to 3.2 percent.", "3.2 percent", "average 15-year bond yield")]
    [InlineData("The current share of wind in the power mix is 31 percent.", "31 percent", "current share of wind in the power mix")]
    [InlineData("Rail freight growth of 4 percent beat forecasts.", "4 percent", "Rail freight growth")]
    [InlineData("The current account surplus totaled EUR 9.2 billion in May.", "EUR 9.2 billion", "current account surplus")]
    [InlineData("Since 2010, government core funding has fallen by 27 percent in real terms.", "27 percent", "government core funding")]
    [InlineData("Cement dispatches go up by 2.56pc in the first quarter.", "2.56pc", "Cement dispatches")]
    public void A_subject_keeps_its_whole_noun_phrase(string sentence, string figure, string metric) =>
        Assert.Equal(metric, MetricOf(Extract(sentence), figure));

    [Theory]
    [InlineData("New data show the number of households on heat pumps has risen above two million.", "above two million", "households on heat pumps")]
    [InlineData("The regulator said in its annual review that rail fares rose by 4 percent.", "4 percent", "rail fares")]
    [InlineData("The statistics office said on Wednesday the average price of diesel increased by 2.5 percent.", "2.5 percent", "average price of diesel")]
    [InlineData("The survey found that nearly 30,000 farms were waiting for grid connections.", "nearly 30,000", "farms that were waiting for grid connections")]
    public void A_reported_clause_has_its_own_subject(string sentence, string figure, string metric) =>
        Assert.Equal(metric, MetricOf(Extract(sentence), figure));

    [Fact]
    public void A_dateline_that_lost_its_dash_is_not_the_subject()
    {
        // the wire's "CITY, Month Day" runs straight into the sentence: the subject comes after the date
        var figures = Extract("OSLO, March 4 Ferry passenger traffic grew at its fastest pace since 2015, rising 5.2 percent to 31 million.");
        Assert.Equal("Ferry passenger traffic", MetricOf(figures, "5.2 percent"));
        // a month that is the subject's own word stays: "March sales" is no dateline
        Assert.Equal("March sales", Single("March sales rose 4 percent.").Metric);
    }

    [Theory]
    [InlineData("PORT ELLIS, Dec 12 ― Freeland’s total palm oil stocks fell by 1.09 per cent to 2.42 million tonnes.", "1.09 per cent", "Freeland’s total palm oil stocks")]
    [InlineData("OTTAWA, ON, July 16, 2025 /CNW/ - Housing starts rose 4% in June.", "4%", "Housing starts")]
    [InlineData("NORDHAVN, Freeland, Nov. 14 (Xinhua) -- Cargo volumes rose 13.9 percent.", "13.9 percent", "Cargo volumes")]
    public void A_wire_dateline_with_its_place_date_and_agency_is_not_the_subject(string sentence, string figure, string metric) =>
        Assert.Equal(metric, MetricOf(Extract(sentence), figure));

    [Theory]
    [InlineData("The 2016 BBC Ferry Appeal raised a record £60m.", "£60m", "2016 BBC Ferry Appeal")]
    [InlineData("The 2017 Global Ferry Overview appeal needs $22.2 billion.", "$22.2 billion", "2017 Global Ferry Overview appeal")]
    public void A_year_after_the_and_before_a_name_is_part_of_the_subject(string sentence, string figure, string metric) =>
        Assert.Equal(metric, MetricOf(Extract(sentence), figure));

    [Fact]
    public void A_new_build_is_a_noun_of_the_subject() =>
        Assert.Equal("Annual new build dwelling starts in the year", MetricOf(Extract("Annual new build dwelling starts totalled 162,270 in the year."), "162,270"));

    [Fact]
    public void A_speaker_set_off_by_commas_starts_after_the_wire_dateline() =>
        Assert.Equal("Freeland's main seaport, the Port of Nordhavn",
            Extract("NORDHAVN, Freeland, Nov. 14 (Xinhua) -- Freeland's main seaport, the Port of Nordhavn, said Thursday it handled "
                + "33.78 million tonnes of cargo.").Single().Attribution);

    [Fact]
    public void A_sentence_opening_with_they_speaks_of_the_plural_noun_the_sentence_before_was_about()
    {
        var figures = Extract("A slowdown in heat pump sales in rural areas worried installers. They fell 8 percent to 40,000 units.");
        Assert.Equal("heat pump sales", MetricOf(figures, "8 percent"));
        // with no plural noun to stand for, "They" names nothing
        figures = Extract("The slowdown was felt by installers in rural areas. They fell 8 percent.");
        Assert.Equal("", MetricOf(figures, "8 percent"));
    }

    [Fact]
    public void It_after_a_number_of_things_speaks_of_the_things() =>
        Assert.StartsWith("ferry passengers",
            MetricOf(Extract("The number of ferry passengers last year stood at 727,277. It fell 43,482 from a year earlier."), "43,482"));

    [Theory]
    [InlineData("Wheat futures closed at $6.20 a bushel on Friday.", "$6.20", "per bushel")]
    [InlineData("Shipping rates rose 4% to $2,400 per 20-foot container.", "$2,400", "per 20-foot container")]
    public void A_price_names_the_denominator_written_after_it(string sentence, string figure, string tail) =>
        Assert.EndsWith(tail, MetricOf(Extract(sentence), figure));

    [Fact]
    public void A_time_after_an_amount_is_no_denominator()
    {
        Assert.DoesNotContain("per", Single("The charity spends £3bn a year on grants.").Metric);
        // only a currency amount is a price: the change beside it names no denominator
        Assert.DoesNotContain("per", MetricOf(Extract("Shipping rates rose 4% to $2,400 per 20-foot container."), "4%"));
    }

    [Fact]
    public void A_change_verb_names_the_nearer_noun_phrase_it_governs_not_the_sentence_subject()
    {
        var figures = Extract("Ticket sales rose 3 percent after the operator saw passenger numbers grow 7 percent to 12 million.");
        Assert.Equal(["Ticket sales", "passenger numbers", "passenger numbers"], figures.Select(f => f.Metric));
        // the subject's own change stays its own: "Exports" is what rose
        Assert.Equal("Exports", Single("Exports rose 8 percent in 2024.").Metric);
    }

    [Fact]
    public void The_unit_of_the_figure_before_is_no_subject() =>
        Assert.Equal("value of Sydney homes", MetricOf(Extract(
            "The value of Sydney homes rose more than Melbourne's - up one per cent compared to its rival's 0.8 per cent - in the week."), "0.8 per cent"));

    [Fact]
    public void After_a_verb_of_seeing_the_noun_phrase_is_what_changed_whatever_its_number()
    {
        Assert.Equal("crude production", Single("Nigeria saw its crude production decline by 46% in September.").Metric);
        Assert.Equal("revenue", Single("The company saw revenue rise 5% in 2019.").Metric);
        Assert.Equal("average band D bill", Single("This leap will see the average band D bill rising £60.94.").Metric);
        // "saw a modest increase of": a noun, whose adjective names nothing
        Assert.Equal("Container port throughput", Single("Container port throughput saw a modest increase of 1%.").Metric);
    }

    [Fact]
    public void A_change_that_describes_the_figure_before_changes_what_that_figure_measures()
    {
        var figures = Extract("New solar capacity came to 52 gigawatts, a slight fall of 4 percent compared with 2023.");
        Assert.Equal("New solar capacity", MetricOf(figures, "4 percent"));
    }

    [Fact]
    public void A_sentence_that_opens_by_pointing_back_measures_what_the_figure_before_measured()
    {
        var figures = Extract("The average household electricity bill rose to 1,200 euros in 2024. That is up from 950 euros a year earlier.");
        Assert.Equal("average household electricity bill", MetricOf(figures, "950 euros"));
        figures = Extract("The utility's operating profit reached €70 million. The figure is down 12 percent on a year earlier.");
        Assert.Equal("utility's operating profit, year on year", MetricOf(figures, "12 percent"));
        // "This represents", "This marks": a verb in -s after "this", with an article after it
        figures = Extract("The islands welcomed 524,339 tourists. This represents a 13 percent increase on 2023.");
        Assert.Equal(MetricOf(figures, "524,339"), MetricOf(figures, "13 percent"));
        // "That means that ...": a clause with its own subject follows
        figures = Extract("The utility's operating profit reached €70 million. That means that it earned 31 cents per share.");
        Assert.NotEqual("utility's operating profit", MetricOf(figures, "31 cents"));
    }

    [Theory]
    [InlineData("The ferry waiting list stood at 50,841. This represented a 9% fall.", "9%", "ferry waiting list")] // a past verb too
    [InlineData("Ferry fares rose $38. On a year-over-year basis, this marked a 15 percent increase.", "15 percent", "Ferry fares")] // past a basis
    public void A_past_verb_after_this_points_back_too(string text, string figure, string metric) =>
        Assert.Equal(metric, MetricOf(Extract(text), figure));

    [Fact]
    public void A_past_verb_of_change_after_that_changes_its_object() =>
        Assert.Contains("ferry fleet", MetricOf(Extract("The fleet grew by 40 ships. That increased the ferry fleet by 1 percent."), "1 percent"));

    [Fact]
    public void A_bare_noun_opening_a_sentence_stands_for_the_fuller_phrase_written_before()
    {
        var figures = Extract("Rail freight tonnage is a measure of trade. Tonnage grew from 40 million tonnes in 1990 to 90 million tonnes in 2020.");
        Assert.Equal("Rail freight tonnage", MetricOf(figures, "40 million tonnes"));
        // a name is not a common noun: "car maker Tesla" gives Tesla no modifiers
        figures = Extract("Analysts watched car maker Tesla closely. Tesla sold 1.8 million cars in 2024.");
        Assert.DoesNotContain("maker", MetricOf(figures, "1.8 million"));
    }

    [Theory]
    [InlineData("Factories added 40,000 workers to payrolls in May.", "40,000", "workers added to payrolls by factories")]
    [InlineData("The airline cut 2,000 jobs.", "2,000", "jobs cut by the airline")]
    [InlineData("Saudi Aramco pumped 9 million barrels a day in 2024. The company cut 2,000 jobs.", "2,000", "jobs cut by Saudi Aramco")]
    public void A_count_added_or_cut_names_what_was_added_or_cut(string sentence, string figure, string metric) =>
        Assert.Equal(metric, MetricOf(Extract(sentence), figure));

    [Fact]
    public void A_count_created_is_not_a_count_added() =>
        Assert.DoesNotContain("created", Single("Developers have created more than 5,000 mobile games.").Metric);

    [Theory]
    [InlineData("The state defended the £900 million paid for the new bridge in 2019.", "£900 million", "payment for the new bridge")]
    [InlineData("Ferrovial paid £4.2bn for the airport.", "£4.2bn", "Ferrovial's payment for the airport")]
    public void Money_paid_is_a_payment(string sentence, string figure, string metric) =>
        Assert.Equal(metric, MetricOf(Extract(sentence), figure));

    [Fact]
    public void A_percent_share_of_a_market_and_a_percent_rise_in_costs_name_what_follows()
    {
        Assert.Equal("Airbus share of the wide-body market", MetricOf(Extract("Airbus delivered 60 jets for a 55 percent share of the wide-body market."), "55 percent"));
        Assert.Equal("fuel costs", Single("Airlines reported a 12% rise in fuel costs.").Metric);
        // the frame of the change between the figure and its noun
        Assert.Equal("ferry arrivals, year on year", MetricOf(Extract("Despite a 3.8% year-on-year drop in ferry arrivals, the port grew."), "3.8%"));
        Assert.Equal("fuel costs", Single("Airlines reported a 2% annual rise in fuel costs.").Metric);
        // a comparison opening the clause has no subject of its own: the change before names it
        Assert.Equal("Ferry imports", MetricOf(Extract("Ferry imports fell 8.5%, more than the expected 3.9% decrease."), "3.9%"));
        Assert.Equal("Ferry imports", MetricOf(Extract("Ferry imports fell 2.5%, far lower than the expected increase of 5.8%."), "5.8%"));
        // a period named only by its place in time is not what changed
        Assert.Equal("Ferry exports", MetricOf(Extract("Ferry exports rose 3.3% in July, recovering from a 1.3% drop in the previous period."), "1.3%"));
    }

    [Theory]
    [InlineData("Only 40% of trains were on time in the storm.", "40%", "share of trains on time")]
    [InlineData("Diesel prices fell to a national average of $1.52 a gallon.", "a national average of $1.52", "national average diesel prices")]
    [InlineData("The startup reportedly spent $20 million promoting its delivery app, analysts said.", "$20 million", "startup's spending on promoting its delivery app")]
    [InlineData("Bus sales rose to 600,000 in 2024, a 35-percent rise on the year before.", "35", "Bus sales")]
    [InlineData("Ford had 20,000 registrations from January to March.", "20,000", "Ford registrations")]
    public void Shares_averages_purposes_and_percent_rises_name_what_they_measure(string sentence, string figure, string metric) =>
        Assert.StartsWith(metric, MetricOf(Extract(sentence), figure));

    [Fact]
    public void A_clause_without_its_own_subject_in_a_sentence_that_points_back_measures_the_metric_before()
    {
        var figures = Extract("The average household electricity bill rose to 1,200 euros in 2024. The equivalent figure for 2019, a mild year, was 900 euros.");
        Assert.Equal("average household electricity bill", MetricOf(figures, "900 euros"));
    }

    [Theory]
    [InlineData("Fare revenue at the operator – which runs buses in Leeds and York – for the year was down 2 per cent.", "2 per cent", "Fare revenue at the operator")]
    [InlineData("At constant currency, fuel costs were down 3 per cent while ticket revenue decreased by 1.5 per cent.", "1.5 per cent", "ticket revenue")]
    [InlineData("The carrier said it expected cargo volume growth of 5%.", "5%", "carrier cargo volume growth")]
    [InlineData("The number of wind turbines in service nationwide exceeds 40,000 turbines.", "exceeds 40,000", "wind turbines in service nationwide")]
    [InlineData("The city has sold its water utility to a private operator for $1.2 billion.", "$1.2 billion", "city's sale of its water utility to a private operator")]
    public void The_subject_is_found_past_asides_while_clauses_and_nouns_of_change(string sentence, string figure, string metric) =>
        Assert.Equal(metric, MetricOf(Extract(sentence), figure));

    [Theory]
    [InlineData("Freight rates held between 5% and 10% in 2024.", "10%", "Freight rates")]
    [InlineData("Trade kept freight rates between 5% and 10% for a decade.", "10%", "freight rates")]
    [InlineData("Norway produced about 2 million barrels per day in 2024.", "about 2 million barrels per day", "Norway's production")]
    [InlineData("The port handles 9 million containers and cut waiting times by over six days.", "over six", "waiting times cut by the port")]
    [InlineData("The bank's earnings per share were down 12 per cent.", "12 per cent", "bank's earnings per share")]
    public void Ranges_flows_cuts_and_per_share_measures_name_what_they_measure(string sentence, string figure, string metric) =>
        Assert.Equal(metric, MetricOf(Extract(sentence), figure));

    [Theory]
    [InlineData("New data show the number of homes on heat pumps has risen above two million for the first time.", "above two million", "homes on heat pumps")]
    [InlineData("It means the city will pay £40 million of the total.", "£40 million", "city's payment")]
    [InlineData("Yet bus fares rose 4 percent in May.", "4 percent", "bus fares")]
    public void Framing_words_and_adverbials_are_never_the_measure(string sentence, string figure, string metric) =>
        Assert.Equal(metric, MetricOf(Extract(sentence), figure));

    [Theory]
    [InlineData("Ferries run on 12 of the 40 routes.", "12", "routes")]
    [InlineData("Stena Line won three of the five contracts.", "three", "Stena Line contracts")]
    public void A_bare_number_of_a_noun_phrase_counts_that_noun(string sentence, string figure, string metric) =>
        Assert.Equal(metric, MetricOf(Extract(sentence), figure));

    [Fact]
    public void A_noun_after_an_article_is_no_verb_of_cutting_and_a_relative_that_is_no_reported_clause()
    {
        Assert.DoesNotContain("cut", MetricOf(Extract("After the cuts 300 workers left the plant."), "300"));
        Assert.StartsWith("company", MetricOf(Extract("The company reported revenue that rose by 5 percent."), "5 percent"));
    }

    [Fact]
    public void A_count_that_opens_its_clause_keeps_what_a_passive_verb_says_of_it() =>
        Assert.Equal("electric buses and charging stations inspected for fire safety",
            MetricOf(Extract("More than 2,000 electric buses and charging stations were inspected for fire safety."), "More than 2,000"));

    [Fact]
    public void This_points_back_to_the_figure_just_before_even_in_a_new_paragraph()
    {
        var figures = Extract("Exports of soybeans fell 12 percent after buyers saw prices climb 20 percent.\n\nThe report found that 45 percent of farms were in debt.\n\nThis is up from 38 percent a year earlier.");
        Assert.Equal(MetricOf(figures, "45 percent"), MetricOf(figures, "38 percent"));
        Assert.Equal("prices", MetricOf(figures, "20 percent"));
        Assert.Equal("jobs cut in Europe by the company", MetricOf(Extract("Analysts said the company will probably cut 1,200 jobs in Europe."), "1,200"));
    }

    [Fact]
    public void A_borrowed_unit_keeps_the_possessed_noun_phrase_that_names_it()
    {
        var figures = Extract("Builders have completed an average of 9,000 homes a month, ahead of 2023’s average monthly growth of 7,500.");
        Assert.Equal("average monthly growth", MetricOf(figures, "7,500"));
    }

    [Fact]
    public void A_one_word_name_opening_the_sentence_owns_the_nearer_subject_when_the_text_writes_it_as_a_name()
    {
        var figures = Extract("Shares in Maersk rose on Monday. Maersk expects container volumes to grow 4% this year.");
        Assert.Equal("Maersk container volumes", MetricOf(figures, "4%"));
        figures = Extract("Coal plants closed. Coal expects demand to fall 4% this year.");
        Assert.Equal("demand", MetricOf(figures, "4%"));
    }

    [Theory]
    [InlineData("The global deployment of electrolysers passed the gigawatt mark, having risen 60% in the past year.", "60%", "global deployment of electrolysers")]
    [InlineData("Last year, crude palm oil output by Indonesia, the world's top producer, jumped 12.5 percent.", "12.5 percent", "crude palm oil output by Indonesia")]
    [InlineData("JAKARTA (Reuters) - Indonesia's 2018 exports of palm oils, including biodiesel, rose 8 percent.", "8 percent", "Indonesia's 2018 exports of palm oils")]
    [InlineData("WASHINGTON — The U.S. population, a record, is 308,745,538.", "308,745,538", "U.S. population")]
    [InlineData("Domestic use of palm oil jumped to 13.4 million tonnes.", "13.4 million tonnes", "Domestic use of palm oil")]
    [InlineData("The number of deals fell a modest 6 percent.", "6 percent", "deals")]
    [InlineData("Advanced economies grew 2% last year.", "2%", "Advanced economies")]
    [InlineData("Ferry exports last week rose 4 percent.", "4 percent", "Ferry exports")]
    [InlineData("This financial year the ferry fleet will carry 8.8 million passengers.", "8.8 million", "ferry fleet passengers")]
    public void The_subject_leaves_out_openers_datelines_and_the_figures_own_adjectives(string sentence, string figure, string metric) =>
        Assert.Equal(metric, MetricOf(Extract(sentence), figure));

    [Fact]
    public void A_pronoun_after_an_opening_phrase_stands_for_the_subject_before_and_keeps_the_place_it_names()
    {
        Assert.Equal("rents in the North East", MetricOf(Extract("Average rents in London rose to a record in May. In the North East they fell by 0.8 per cent."), "0.8 per cent"));
        Assert.Equal("Youth unemployment", MetricOf(Extract("Youth unemployment rose again. For May to July, it rose 0.5 percentage points."), "0.5 percentage points"));
    }

    [Fact]
    public void They_after_an_opening_phrase_even_after_but_stands_for_the_plural_that_opened_the_sentence_before()
    {
        Assert.Equal("Rents in the North East", MetricOf(Extract("Rents were down by 0.3 per cent in Scotland. In the North East they fell by 0.8 per cent."), "0.8 per cent"));
        Assert.Equal("Rents in Wales, month on month", MetricOf(Extract("Rents fell in May. But in Wales they increased 1.3 per cent month on month."), "1.3 per cent"));
    }

    [Theory]
    [InlineData("Rents were down month on month by 0.3 per cent.", "0.3 per cent", "Rents, month on month")]
    [InlineData("Fares were up year-on-year by 2.1 per cent.", "2.1 per cent", "Fares, year on year")]
    [InlineData("Rents fell. In the South they rose by 0.8 per cent on a monthly basis.", "0.8 per cent", "Rents in the South")]
    public void A_comparison_of_periods_is_never_what_a_change_measures(string sentence, string figure, string metric) =>
        Assert.Equal(metric, MetricOf(Extract(sentence), figure));

    [Theory]
    [InlineData("Consumer spending on the US video game industry hit $19.5 billion in May.", "$19.5 billion", "Consumer spending on the US video game industry")]
    [InlineData("Government borrowing in May rose to £20bn.", "£20bn", "Government borrowing in May")]
    public void A_gerund_after_the_noun_that_opens_the_sentence_runs_on_to_the_clauses_verb(string sentence, string figure, string metric) =>
        Assert.Equal(metric, MetricOf(Extract(sentence), figure));

    [Theory]
    [InlineData("EU-27 countries produced 9.1 million mt of crude steel in August.", "9.1 million mt", "EU's production")]
    [InlineData("Americans Now Owe $1.08 Trillion in Credit Card Debt", "$1.08 Trillion", "Americans in Credit Card Debt")]
    public void A_name_with_a_joined_dash_is_no_dateline_and_a_capitalized_now_still_ends_the_subject(string sentence, string figure, string metric) =>
        Assert.Equal(metric, MetricOf(Extract(sentence), figure));

    [Theory]
    [InlineData("Wages haven’t increased at better than a 3 percent rate since 2009.", "better than a 3 percent", "Wages")]
    [InlineData("Sales didn't rise 5% last year.", "5%", "Sales")]
    public void A_negated_auxiliary_ends_the_subject(string sentence, string figure, string metric) =>
        Assert.Equal(metric, MetricOf(Extract(sentence), figure));

    [Theory]
    [InlineData("Shipments to the US surged 23.2 percent, with exports to the European Union also jumping 16 percent.", "16 percent", "exports to the European Union")]
    [InlineData("GDP actually contracted by 0.4 per cent from the first half of 2001.", "0.4 per cent", "GDP")]
    [InlineData("State expenditure contracted slightly by 0.1 per cent.", "0.1 per cent", "State expenditure")]
    // "up by" ends a "with" absolute too, and the verb before its "up" stays out of it
    [InlineData("Ferry fares increased 2%, with fuel prices also up by 1%.", "1%", "fuel prices")]
    [InlineData("Ferry fares increased 2%, with cabin bookings going up by 12%.", "12%", "cabin bookings")]
    public void Adverbs_stay_out_of_the_subject_and_the_changed_object(string sentence, string figure, string metric) =>
        Assert.Equal(metric, MetricOf(Extract(sentence), figure));

    [Theory]
    [InlineData("In heavy trading, shares fell $1.58.", "share price")]
    [InlineData("In after-hours trading, shares fell $1.58.", "share price in after-hours trading")]
    public void A_plural_right_before_the_verb_after_an_opening_phrase_is_the_subject_though_it_could_be_a_verb(string sentence, string metric) =>
        Assert.Equal(metric, MetricOf(Extract(sentence), "$1.58"));

    [Theory]
    [InlineData("In Norvik the ferry market share rose from 15% in 2019 to 25% last year.", "15%", "ferry market share")]
    [InlineData("In Norvik ferry volumes were up 6% on the year.", "6%", "Norvik ferry volumes")]
    [InlineData("In Norvik ferry numbers are declining at 8% a year.", "8%", "Norvik ferry numbers")]
    [InlineData("Fares at the line – which runs the ferries – for the quarter were down 0.8%.", "0.8%", "Fares at the line")]
    public void After_an_opening_place_without_its_comma_the_noun_before_the_verb_group_is_the_subject(string sentence, string figure, string metric) =>
        Assert.Equal(metric, MetricOf(Extract(sentence), figure));

    [Theory]
    [InlineData("The trend estimate for ferry traffic fell 3.0% this quarter.", "3.0%", "trend estimate for ferry traffic")]
    [InlineData("The latest estimate of ferry debt is $1.9 trillion.", "$1.9 trillion", "latest estimate of ferry debt")]
    public void A_bare_verb_form_after_an_articles_noun_and_before_for_or_of_heads_a_compound(string sentence, string figure, string metric) =>
        Assert.Equal(metric, MetricOf(Extract(sentence), figure));

    [Fact]
    public void A_plural_before_the_verb_ends_a_subject_that_a_name_opens() =>
        Assert.Equal("Microsoft share price", MetricOf(Extract("Microsoft shares rose 15 cents on Thursday."), "15 cents"));

    [Fact]
    public void After_a_counts_plural_noun_an_ed_word_is_its_verb_though_a_noun_follows() =>
        Assert.Equal("trains that skipped stops on the loop", MetricOf(Extract("33 trains skipped stops on the loop."), "33"));

    [Theory]
    [InlineData("Last month the ferry operator carried 40,000 cars.", "40,000", "ferry operator cars")]
    [InlineData("And just last week the council spent £2m on repairs.", "£2m", "council's spending on repairs")]
    public void A_time_opening_the_clause_without_its_comma_is_no_part_of_the_subject(string sentence, string figure, string metric) =>
        Assert.Equal(metric, MetricOf(Extract(sentence), figure));

    [Theory]
    [InlineData("During the first three months of the year the rate of house price inflation slowed to 2.2%.", "2.2%", "rate of house price inflation")]
    [InlineData("* Active subscribers were 1,016 million * Total broadband connections were 276 million.", "276 million", "Total broadband connections")]
    public void An_opening_preposition_or_a_bullet_is_no_part_of_the_subject(string sentence, string figure, string metric) =>
        Assert.Equal(metric, FigureOf(sentence, figure).Metric);

    [Fact]
    public void An_adverb_alone_is_no_subject() =>
        Assert.Equal("Sales at U.S. retailers", MetricOf(Extract(
            "Sales at U.S. retailers rose 0.7 percent in September, following a revised 0.9 percent gain in August (originally a 0.6 percent increase)."), "0.6 percent"));

    [Theory]
    [InlineData("Imports meanwhile fell by 1.7% on the month.", "1.7%", "Imports")]
    [InlineData("U.S. steel production likewise jumped 8.5 per cent.", "8.5 per cent", "U.S. steel production")]
    public void A_linking_adverb_after_the_subject_is_no_part_of_it(string sentence, string figure, string metric) =>
        Assert.Equal(metric, MetricOf(Extract(sentence), figure));

    [Theory]
    [InlineData("The unemployment rate fell to 4.2 per cent in May. A year ago, that figure was 5.5 per cent.", "5.5 per cent", "unemployment rate")]
    [InlineData("Job vacancies fell to 3.9 million in May. In February 2020, the last full month before the pandemic, it stood at 4.57 million.", "4.57 million", "Job vacancies")]
    [InlineData("Loans numbered 27,500 in August. While the figure was down 10.4% from July, it was up 1.9% on a year ago.", "10.4%", "Loans")]
    public void A_figure_pointed_back_to_after_an_opening_time_or_while_measures_the_subject_before(string text, string figure, string metric) =>
        Assert.Equal(metric, MetricOf(Extract(text), figure));
    [Theory]
    [InlineData("Barclays, Lloyds and NatWest all ended the day up by 3%.", "3%", "Barclays, Lloyds and NatWest")]
    [InlineData("Coal, gas and oil imports fell 8% in March.", "8%", "Coal, gas and oil imports")]
    [InlineData("However, exports and imports rose 5%.", "5%", "exports and imports")]
    public void A_list_opening_the_sentence_is_the_whole_subject(string sentence, string figure, string metric) =>
        Assert.Equal(metric, FigureOf(sentence, figure).Metric);

    [Theory]
    [InlineData("Statewide, the number of jobless claims decreased in May by 2,900.", "2,900", "jobless claims in May")]
    [InlineData("Nationwide, shoppers and tourists spent $4 billion.", "$4 billion", "shoppers and tourists' spending")]
    public void A_word_ending_in_wide_before_the_opening_comma_is_no_subject(string sentence, string figure, string metric) =>
        Assert.Equal(metric, FigureOf(sentence, figure).Metric);
    [Theory]
    [InlineData("The association said that demand (measured in revenue passenger kilometres, or RPKs) grew 7% in May.", "7%", "demand")]
    public void A_long_parenthesis_with_a_comma_after_the_subject_ends_no_clause(string sentence, string figure, string metric) =>
        Assert.Equal(metric, FigureOf(sentence, figure).Metric);
    [Theory]
    [InlineData("Yet spending has been volatile after surging 3% in January.", "3%", "spending")]
    [InlineData("But borrowing has slowed after rising 4% in March.", "4%", "borrowing")]
    public void An_ing_noun_after_an_opening_adverb_and_before_an_auxiliary_is_the_subject(string sentence, string figure, string metric) =>
        Assert.Equal(metric, FigureOf(sentence, figure).Metric);
    [Theory]
    [InlineData("One analyst expects total ferry revenue will reach $2 billion this year.", "$2 billion", "total ferry revenue")]
    [InlineData("The board anticipates that ticket sales will climb 4% next year.", "4%", "ticket sales")]
    public void A_clause_an_expecting_verb_reports_has_its_own_subject(string sentence, string figure, string metric) =>
        Assert.Equal(metric, FigureOf(sentence, figure).Metric);
    [Theory]
    [InlineData("Norway flew 40 missions in 2018.", "40", "Norway missions")]
    [InlineData("The charity's shoppers drove spending up 26 per cent.", "26 per cent", "charity's shoppers")]
    public void An_irregular_past_tense_is_a_verb_not_part_of_the_subject(string sentence, string figure, string metric) =>
        Assert.Equal(metric, FigureOf(sentence, figure).Metric);
    [Theory]
    [InlineData("The proportion of cyclists aged 20-29 is the highest, reaching 40.5%.", "40.5%", "proportion of cyclists aged 20-29")]
    [InlineData("The share of drivers aged 65 and over rose to 19%.", "19%", "share of drivers aged 65 and over")]
    [InlineData("Nationwide, more than 8 percent of children ages 2 to 5 are obese.", "more than 8 percent", "share of children ages 2 to 5")]
    public void An_age_span_is_part_of_the_subject(string sentence, string figure, string metric) =>
        Assert.Equal(metric, FigureOf(sentence, figure).Metric);
    [Fact]
    public void The_figure_after_an_opening_time_points_back_to_the_metric_before() =>
        Assert.Equal("share of ferries on time", MetricOf(Extract("The share of ferries on time was 93.4% in May. In the previous month, the figure was 94.3%."), "94.3%"));
    [Theory]
    [InlineData("The cash price on July 5, 2024 fell to $2.47 per pound.", "$2.47", "cash price per pound")]
    [InlineData("Exports in May 2024 rose 5%.", "5%", "Exports")]
    [InlineData("The trade deficit for the period January to August 2019 widened by 25.9%.", "25.9%", "trade deficit for the period January to August")]
    public void A_date_at_the_end_of_the_subject_is_its_time_not_part_of_it(string sentence, string figure, string metric) =>
        Assert.Equal(metric, FigureOf(sentence, figure).Metric);
    [Theory]
    [InlineData("Indeed the cash price fell to $2.47 per pound versus $2.51 a pound.", "$2.47", "cash price per pound")]
    [InlineData("Revenues for the period reached $143.7 million, versus $101.0 million last year.", "$101.0 million", "Revenues for the period")]
    public void Indeed_opens_no_subject_and_versus_ends_the_phrase(string sentence, string figure, string metric) =>
        Assert.Equal(metric, FigureOf(sentence, figure).Metric);
    [Theory]
    [InlineData("Profit rose to £562 million for the first half compared with £71 million for the same period last year.", "£562 million", "Profit for the first half")]
    [InlineData("There were 88 stoppages in the public sector compared with 61 in the private sector.", "88", "stoppages in the public sector")]
    public void A_comparison_ends_the_complement(string sentence, string figure, string metric) =>
        Assert.Equal(metric, FigureOf(sentence, figure).Metric);
    [Theory]
    [InlineData("Compared with the second quarter of 2019, while the public debt ratio slightly fell in the euro area (from 84.1% to 83.9%), "
        + "a slight rise was seen in the EU (from 79.2% to 79.4%).", "84.1%", "public debt ratio")]
    [InlineData("Based on IMF forecasts, growth will rise 3% next year.", "3%", "")] // ("growth" reads as a verb there: nothing, not "Based on IMF")
    public void An_opening_based_on_or_compared_with_phrase_opens_no_subject(string sentence, string figure, string metric) =>
        Assert.Equal(metric, FigureOf(sentence, figure).Metric);
    [Fact]
    public void According_to_ends_the_subject() =>
        Assert.Equal("Car sales", FigureOf("Car sales according to the VFACTS industry database grew 12.3 per cent in September.", "12.3 per cent").Metric);
}
