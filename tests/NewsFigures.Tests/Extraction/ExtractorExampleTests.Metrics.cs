namespace NewsFigures.Tests.Extraction;

/// <summary>
/// The metric phrase rules, each shown on sentences invented for other domains (energy, payments, trade, cars), never
/// on the seed articles: what a referring subject stands for, what a possessive surge counts, what a money verb makes of
/// an amount, what a multiple compares with, and compact phrases in place of clause fragments.
/// </summary>
public sealed partial class ExtractorExampleTests
{
    private static string MetricOf(IReadOnlyList<Figure> figures, string text) => figures.Single(f => f.Text == text).Metric;

    private const string Payments = "India's mobile payment user base hit 350 million in 2024. By March, the industry had signed up 40 million "
        + "users, fueled by PhonePe's two-month surge to 15 million.";

    [Fact]
    public void The_industry_as_subject_names_the_domain_of_the_latest_subject_metric_counting_the_same_unit()
    {
        var figures = Extract(Payments, November2025);
        Assert.Equal("India's mobile payment user base", MetricOf(figures, "350 million"));
        Assert.Equal(("mobile payment users", "user"), (MetricOf(figures, "40 million"), figures.Single(f => f.Text == "40 million").Unit));
    }

    [Fact]
    public void A_possessive_surge_to_a_bare_number_counts_the_possessor_in_the_unit_it_borrows()
    {
        var surge = Extract(Payments, November2025).Single(f => f.Text == "15 million");
        Assert.Equal(("PhonePe users", "user"), (surge.Metric, surge.Unit));
    }

    [Fact]
    public void A_compound_count_names_what_it_counts_in_and_the_bare_number_it_reaches()
    {
        var months = Extract(Payments, November2025).Single(f => f.Text == "two");
        Assert.Equal(("month", "months of PhonePe's surge to 15 million users"), (months.Unit, months.Metric));
        Assert.Equal("turbines of the wind farm", Single("Developers finished a 12-turbine wind farm in Ningxia.").Metric);
        // A measure sizes the thing it is joined to: the farm, not "megawatts of".
        Assert.Equal(("MW", "500-megawatt solar farm"), Single("Developers finished a 500-megawatt solar farm in Ningxia.") is var farm
            ? (farm.Unit, farm.Metric) : default);
    }

    [Fact]
    public void This_plan_at_the_start_of_a_sentence_is_the_name_the_sentence_before_ends_with()
    {
        var named = Single("The ministry published the National Hydrogen Strategy. This 20-point plan calls for more electrolysers.");
        Assert.Equal("points of the National Hydrogen Strategy", named.Metric);
        var unnamed = Single("The ministry published its hydrogen strategy. This 20-point plan calls for more electrolysers.");
        Assert.Equal("points of the plan", unnamed.Metric);
    }

    [Fact]
    public void The_region_the_company_and_the_sector_refer_back_to_a_name_or_an_earlier_subject()
    {
        var region = Extract("The Inner Mongolia autonomous region is China's wind power base.\n\nBy 2024, the region had built 120 wind farms "
            + "and 35 solar parks.", November2025);
        Assert.Equal(["wind farms in Inner Mongolia", "solar parks in Inner Mongolia"], region.Select(f => f.Metric));

        var company = Extract("Tesla's Shanghai plant produced 950,000 cars in 2023. In 2024, the company delivered 1.8 million cars.", November2025);
        Assert.Equal("Tesla cars", MetricOf(company, "1.8 million"));
        var named = Extract("Saudi Aramco pumped 9 million barrels a day in 2024. The company plans to raise output to 12 million barrels a day.");
        Assert.Equal(["Saudi Aramco barrels", "Saudi Aramco barrels"], named.Select(f => f.Metric));

        // An amount takes the whole earlier metric; a count of something else the words before its head.
        var solar = Extract("China's solar capacity reached 890 GW in 2024. By June, the sector had added 110 GW.", November2025);
        Assert.Equal("solar capacity", MetricOf(solar, "110 GW"));
        var retail = Extract("Retail sales grew 4.2 percent in the quarter, and the sector employed 48 million workers.", November2025);
        Assert.Equal("Retail workers", MetricOf(retail, "48 million"));
    }

    [Theory]
    [InlineData("By February, the sector had drawn 250 million users.", "sector users")]
    [InlineData("Oil output fell, and the company cut 3,000 jobs.", "jobs cut by the company")]
    public void A_referring_subject_with_nothing_to_refer_to_stays_as_written(string sentence, string metric) =>
        Assert.Equal(metric, Single(sentence, November2025).Metric);

    [Theory]
    [InlineData("The utility will invest 12 billion euros to upgrade its transmission lines.", "12 billion euros", "utility's investment to upgrade its transmission lines")]
    [InlineData("Brazil spent $3.2 billion on fuel subsidies last year.", "$3.2 billion", "Brazil's spending on fuel subsidies")]
    [InlineData("The central bank will lend 300 billion yuan to small firms.", "300 billion yuan", "central bank's lending to small firms")]
    [InlineData("The plan will cost $20 billion.", "$20 billion", "plan's cost")]
    [InlineData("The State Grid plans to spend a record 650 billion yuan ($89.5 billion) on the network this year.", "650 billion yuan", "State Grid's spending on the network")]
    // who pays a cost stands between it and its amount; a gerund says what costs it
    [InlineData("The ferry strike cost the economy £2bn.", "£2bn", "ferry strike's cost")]
    [InlineData("The ferry delays cost passengers £5m last year.", "£5m", "ferry delays' cost")]
    [InlineData("Taking a car on the ferry costs drivers £52 a trip.", "£52", "cost of taking a car on the ferry per trip")]
    public void A_money_verb_names_what_the_amount_is(string sentence, string text, string metric) =>
        Assert.Equal(metric, MetricOf(Extract(sentence, November2025), text));

    [Fact]
    public void The_do_of_a_Portuguese_name_is_no_auxiliary()
    {
        var figure = Single("Banco do Porto's adjusted net income reached 8.79 billion reais in the period.");
        Assert.StartsWith("Banco do Porto's adjusted net income", figure.Metric);
    }

    [Fact]
    public void A_minus_sign_before_a_percent_is_no_dash_that_cuts_the_subject_off()
    {
        var figure = FigureOf("Green coffee exports were -29.6% down to 2,748,314 bags.", "29.6%");
        Assert.Equal((-29.6, "Green coffee exports"), (figure.Value, figure.Metric));
    }

    [Fact]
    public void A_multiple_of_that_of_something_is_relative_to_it()
    {
        var figure = Single("Germany's solar output is now three times that of Italy.", November2025);
        Assert.Equal((3.0, FigureKind.Multiple, "Germany's solar output relative to Italy"), (figure.Value, figure.Kind, figure.Metric));
    }

    [Theory]
    [InlineData("About 760 million people still lack electricity due to poverty and remote terrain.", "people who lack electricity")]
    [InlineData("Some 2.1 billion people do not have clean cooking fuels because of cost.", "people without clean cooking fuels")]
    [InlineData("Coal still dominates in rural Asia, where 350 million lack reliable power.", "people in rural Asia who lack reliable power")]
    [InlineData("Electric buses, numbering 5,000 units, now serve routes in Shenzhen.", "Electric buses that serve routes in Shenzhen")]
    [InlineData("A total of 3,000 drones were deployed during the festival.", "drones that were deployed during the festival")]
    public void A_count_that_is_the_subject_says_what_the_counted_do_without_reasons_or_a_second_verb(string sentence, string metric) =>
        Assert.Equal(metric, Single(sentence).Metric);

    [Fact]
    public void Every_item_of_a_listed_subject_does_what_the_list_does()
    {
        var figures = Extract("More than 40 utilities, 12 grid operators and 300 equipment makers attended the Shanghai energy fair.");
        Assert.Equal(["utilities that attended the Shanghai energy fair", "grid operators that attended the Shanghai energy fair",
            "equipment makers that attended the Shanghai energy fair"], figures.Select(f => f.Metric));
    }

    [Theory]
    [InlineData("Growth came from ride-hailing apps with 80 million monthly riders to food delivery services.", "monthly riders of ride-hailing apps")]
    [InlineData("The agency has tracked the output of more than 40 wind farms.", "wind farms whose output the agency has tracked")]
    [InlineData("A national registry of offshore wind projects opened in 2021. It has collected the turbine data of more than 60 wind farms.",
        "wind farms whose turbine data the national registry has collected")]
    [InlineData("Auditors checked the accounts of 120 state-owned power companies that missed their emission goals.",
        "state-owned power companies that missed their emission goals")]
    public void A_count_inside_an_owner_phrase_counts_its_own_noun(string sentence, string metric) =>
        Assert.Equal(metric, Extract(sentence).Last().Metric);

    [Theory]
    [InlineData("Refineries in Texas and Louisiana now lead output, with over 120 upgrades completed by June.", "refinery upgrades in Texas and Louisiana")]
    [InlineData("Germany's wind fleet has expanded for six consecutive years.", "consecutive years of Germany's wind fleet")]
    [InlineData("The pipeline network has supplied gas to more than 40 cities.", "cities that the pipeline network has supplied gas to")]
    [InlineData("BYD led the market in 2024, selling over 4 million electric cars across Europe and Asia.", "BYD electric cars across Europe and Asia")]
    public void A_thin_count_takes_its_subject_in_a_phrase_that_reads_alone(string sentence, string metric) =>
        Assert.Equal(metric, Single(sentence, November2025).Metric);

    [Theory]
    [InlineData("Wind farms supplied 12 percent of demand in Texas alone.", "Wind farms share of demand in Texas")]
    [InlineData("Regulators issued 45 rules concerning safety, grid access and market pricing.", "rules concerning safety, grid access and market pricing")]
    [InlineData("There are 3,400 charging stations across the country that have successfully passed inspection.", "charging stations that have passed inspection")]
    [InlineData("Inspectors listed the safety records of 120 nuclear reactors that were built before 1990.", "nuclear reactors whose safety records Inspectors listed")]
    public void Phrases_leave_out_trailing_adverbs_wide_scopes_and_bare_relative_clauses_and_keep_whole_lists(string sentence, string metric) =>
        Assert.Equal(metric, Single(sentence).Metric);

    [Fact]
    public void A_with_clause_whose_noun_is_up_or_down_by_a_figure_measures_that_noun_and_the_levels_in_a_list_count_alike()
    {
        var figures = Extract("Asian visitors were down 17.5 percent to 15,523 with arrivals from Japan down 22.7 percent to 5,145 and Korea down 14.3 percent to 2,186.");
        Assert.Equal(["Asian visitors", "Asian visitors", "arrivals from Japan", "arrivals from Japan", "Korea", "Korea"], figures.Select(f => f.Metric));
        Assert.Equal("visitor", figures.Single(f => f.Text == "2,186").Unit);
    }

    [Fact]
    public void Each_end_of_a_range_of_changes_measures_its_own_place() =>
        Assert.Equal(["increases in the north", "increases in the south"],
            Extract("Fares were higher, with increases ranging from 14% in the north to 60% in the south.").Select(f => f.Metric));

    [Fact]
    public void A_change_by_between_two_figures_changes_the_verbs_object() =>
        Assert.Equal(["regulator default offers", "regulator default offers"], Extract("The regulator will reduce default offers by between 0.9 per cent and 9.7 per cent.").Select(f => f.Metric));

    [Theory]
    [InlineData("Northwind posted $941.8 million in net income, well up on last year.", "Northwind net income")]
    [InlineData("Harbour Bank reported Sh12.1 billion in profit compared to Coast Bank.", "Harbour Bank profit")]
    public void An_amount_in_a_kind_of_money_is_that_money(string sentence, string metric) =>
        Assert.Equal(metric, Single(sentence).Metric);

    [Fact]
    public void Whilst_opens_a_clause_as_while_does() =>
        Assert.Equal(["Bus fares", "rail fares"], Extract("Bus fares rose by 5.8%, whilst rail fares rose by 1.8%.").Select(f => f.Metric));

    [Fact]
    public void A_level_reached_in_another_clause_is_not_the_thing_that_changed_before_it()
    {
        var figures = Extract("Exports rose 8 percent, while the country's trade surplus widened to $90 billion.");
        Assert.Equal(["Exports", "country's trade surplus"], figures.Select(f => f.Metric));
    }

    [Theory]
    [InlineData("The Chicago Tribune lost 7.4% of its daily circulation to 501,202.", "7.4%", "Chicago Tribune daily circulation")]
    [InlineData("The San Francisco Chronicle shed 15.7% of daily copies.", "15.7%", "San Francisco Chronicle daily copies")]
    [InlineData("Millions of households face a 54% energy bill hike from April.", "54%", "energy bill")]
    [InlineData("Shoppers face a 10% price rise.", "10%", "price")]
    [InlineData("The regulator approved an 18.65% average electricity tariff increase.", "18.65%", "average electricity tariff")]
    [InlineData("Staff were offered a 5% annual pay rise.", "5%", "annual pay")]
    [InlineData("USA Today, still the largest paper, dropped 7.4 percent.", "7.4 percent", "USA Today")]
    public void A_change_names_the_part_it_takes_or_the_nouns_before_its_change_noun(string sentence, string figure, string metric) =>
        Assert.Equal(metric, MetricOf(Extract(sentence), figure));

    [Theory]
    [InlineData("The ferry line carried 365,300 passengers, 4.5 times more than a year earlier.", "4.5 times")]
    [InlineData("The ferry line carried 365,300 passengers, 12 percent higher than a year earlier but 5 percent lower than in 2019.", "5 percent")]
    public void A_comparing_multiple_or_a_change_after_one_measures_what_the_figure_before_measures(string sentence, string figure)
    {
        var figures = Extract(sentence);
        Assert.Equal("ferry line passengers", MetricOf(figures, "365,300"));
        Assert.Equal("ferry line passengers", MetricOf(figures, figure));
    }

    [Theory]
    [InlineData("Norway runs 84 offshore platforms, or 12% of the global total.", "Norway share of the global total of offshore platforms")]
    [InlineData("Last year Chile had 31 of the world's large copper mines, or 40 percent of the world's total.", "Chile share of the world's large copper mines")]
    public void A_total_that_names_nothing_is_the_total_of_what_the_count_before_it_counted(string sentence, string metric) =>
        Assert.Equal(metric, Extract(sentence).Single(f => f.Unit == "percent").Metric);

    [Theory]
    [InlineData("Northwind had agreed to a $2.8 billion offer from Fabrikam.", "Northwind offer from Fabrikam")]
    [InlineData("The council approved a $2 billion spend on roads.", "council spend on roads")]
    public void A_word_that_may_be_a_verb_after_an_article_and_an_amount_is_the_noun_it_sizes(string sentence, string metric) =>
        Assert.Equal(metric, Single(sentence).Metric);

    [Fact]
    public void A_share_noun_after_the_figure_is_no_change_noun() =>
        Assert.Equal("Samsung market share", Single("Samsung held a 24.4 percent market share.").Metric);

    [Fact]
    public void Nouns_before_a_change_noun_name_it_after_a_pointing_subject() =>
        Assert.Equal("revenue", MetricOf(Extract("That's a 30 percent revenue increase in twelve months."), "30 percent"));

    [Fact]
    public void Thats_an_increase_measures_what_the_sentence_before_measured() =>
        Assert.Equal("global average cost of a data breach", MetricOf(
            Extract("The global average cost of a data breach is $4.35 million. That's an increase of 2.6 percent from $4.24 million last year."), "2.6 percent"));

    [Fact]
    public void A_percent_before_the_sentences_last_word_reads_no_word_past_the_end() =>
        Assert.Equal("share price", Single("Shares closed up 5% yesterday").Metric);

    [Fact]
    public void A_qualifier_ending_in_of_links_the_noun_before_it_as_owner()
    {
        var figure = Single("The government ended its fiscal year with a deficit just shy of $1.7 trillion.");
        Assert.Equal(("just shy of", "government deficit"), (figure.Qualifier, figure.Metric));
    }

    [Theory]
    [InlineData("The airline posted an annual net profit of a record 7.8 billion riyals.", "airline annual net profit")]
    [InlineData("The airline posted a net profit of an estimated 7.8 billion riyals.", "airline net profit")]
    public void A_record_or_an_estimated_amount_after_of_still_has_its_owner(string sentence, string metric) =>
        Assert.Equal(metric, Single(sentence).Metric);

    [Fact]
    public void A_day_after_a_verb_of_saying_is_not_the_reported_clauses_subject() =>
        Assert.Equal("carmaker profit", MetricOf(Extract("The carmaker said Wednesday it made a profit of $1.7 billion."), "$1.7 billion"));

    [Fact]
    public void The_company_stands_for_the_name_a_company_noun_stood_before_and_a_range_after_of_between_has_its_owner()
    {
        var figures = Extract("The consulting firm Accenture said it planned to cut 19,000 jobs. The company had expected revenue growth of between 8 and 11 percent.");
        Assert.Equal(["Accenture revenue growth", "Accenture revenue growth"], figures.Skip(1).Select(f => f.Metric));
    }

    [Theory]
    [InlineData("Northwind Hotels trimmed its quarterly loss to $3 million.", "Northwind Hotels quarterly loss")]
    [InlineData("The carrier narrowed the gap to $3 million.", "gap")]
    public void A_verb_that_changes_its_object_to_a_figure_names_the_object(string sentence, string metric) =>
        Assert.Equal(metric, MetricOf(Extract(sentence), "$3 million"));

    [Fact]
    public void An_amount_restated_per_share_measures_what_the_amount_before_it_measures_per_share()
    {
        var figure = FigureOf("Northwind reported net income of $2.98 billion, or 29 cents per share.", "29 cents");
        Assert.Equal(("Northwind net income per share", "metric.converted-amount"), (figure.Metric, figure.Rules!.Metric));
    }

    [Fact]
    public void The_base_a_level_is_compared_with_is_a_level_of_the_same_thing() =>
        Assert.Equal("Revenue for the quarter", MetricOf(Extract("Revenue for the quarter was $10.9 billion, compared with $9.62 billion a year earlier."), "$9.62 billion"));

    [Fact]
    public void What_a_change_is_in_ends_before_the_next_figures_conjunction()
    {
        var figures = Extract("Exports were dragged down by a 10 per cent fall in price and an 8 per cent decline in volumes.");
        Assert.Equal(["price", "volumes"], figures.Select(f => f.Metric));
    }

    [Theory]
    [InlineData("Norvik imported goods worth $1.3 billion in June.", "$1.3 billion", "value of Norvik goods")]
    [InlineData("Exports rose, against an export portfolio worth $490 million.", "$490 million", "value of export portfolio")]
    [InlineData("The port has nearly $70 billion worth of projects already underway.", "nearly $70 billion", "value of projects already underway")]
    [InlineData("Brighton have agreed a deal worth up to £40m for the Danish forward Lars Holm.", "up to £40m", "value of Brighton deal for the Danish forward Lars Holm")]
    [InlineData("The firm signed contracts worth $4 billion last year.", "$4 billion", "value of contracts")]
    public void An_amount_a_thing_is_worth_is_its_value(string sentence, string figure, string metric) =>
        Assert.Equal((metric, "metric.worth"), (FigureOf(sentence, figure).Metric, FigureOf(sentence, figure).Rules!.Metric));

    [Fact]
    public void A_list_of_names_closed_by_and_before_the_verb_stays_in_the_subject() =>
        Assert.Equal("Passenger traffic", MetricOf(Extract("Passenger traffic generated by Brazil, Russia, India, China and South Africa grew 8.2 percent."), "8.2 percent"));

    [Theory]
    [InlineData("Matchday revenue grew on the back of attendances rising 12.4% at the stadium.", "12.4%", "attendances")]
    [InlineData("Stocks slid amid oil prices falling by 3% in a day.", "3%", "oil prices")]
    [InlineData("The World Cup also helped, with ferry advertising surging ahead 10.7% in May.", "10.7%", "ferry advertising")] // a participle out of the lexicon
    public void A_noun_a_preposition_governs_before_a_verb_of_change_is_what_changed(string sentence, string figure, string metric) =>
        Assert.Equal(metric, MetricOf(Extract(sentence), figure));

    [Fact]
    public void Versus_after_an_amount_is_no_noun_it_sizes() =>
        Assert.DoesNotContain("versus", MetricOf(Extract("Exports totaled EUR 11.8 billion versus EUR 16.7 billion a year before."), "EUR 11.8 billion"));

    [Theory]
    [InlineData("The opposition spoke out, as figures reveal 90 trains were cancelled on the Werribee line.", "90", "trains that were cancelled on the Werribee line")]
    [InlineData("Ferries from Oslo and Kiel now lead, with over 3,755 crossings made by July.", "over 3,755", "ferry crossings from Oslo and Kiel")]
    [InlineData("Norvik's 38.2 million crossings was good for second place.", "38.2 million", "Norvik's crossings")]
    public void A_count_whose_noun_has_a_verb_of_its_own_is_no_part_of_the_outer_subject(string sentence, string figure, string metric) =>
        Assert.Equal(metric, MetricOf(Extract(sentence), figure));

    [Theory]
    [InlineData("Despite fewer crashes, there was a 7 per cent rise in the number of cyclists killed (111).", "111", "number of cyclists killed")]
    [InlineData("To date, registrations are up a mere 1.7pc (78,942).", "78,942", "registrations")]
    public void A_level_in_brackets_after_a_noun_phrase_measures_that_phrase(string sentence, string figure, string metric) =>
        Assert.Equal(metric, MetricOf(Extract(sentence), figure));

    [Theory]
    [InlineData("Some 57.8 per cent of patients (48,735) on the waiting list were past the deadline.", "48,735", "patient")]
    [InlineData("Some 62.6 per cent (14,577) of scope patients on the waiting list were within the target.", "14,577", "patient")]
    [InlineData("Some 29% (approximately 100,000) of children across all schools get free meals.", "approximately 100,000", "child")]
    public void A_count_in_brackets_beside_a_share_counts_what_the_shares_whole_counts(string sentence, string figure, string unit) =>
        Assert.Equal(unit, FigureOf(sentence, figure).Unit);

    [Fact]
    public void A_count_in_brackets_after_a_shares_whole_measures_the_whole_not_the_share() =>
        Assert.Equal("patients", FigureOf("Some 57.8 per cent of patients (48,735) on the waiting list were past the deadline.", "48,735").Metric);

    [Fact]
    public void A_count_that_borrowed_its_unit_and_names_a_model_counts_that_model()
    {
        var figures = Extract("The 10 aircraft orders Airbus logged in May included five A350-900s for lessor Avolon, two 330Fs for Cargolux and three A220s.");
        Assert.Equal(["A350-900s for lessor Avolon", "330Fs for Cargolux", "A220s"], figures.Skip(1).Select(f => f.Metric));
        Assert.All(figures.Skip(1), f => Assert.Equal("metric.borrowed-unit", f.Rules!.Metric));
    }

    [Theory]
    [InlineData("The bank cut its key rate 25 basis points.", "25 basis points", "bank key rate")]
    [InlineData("Policy makers raised the benchmark interest rate 0.75 percentage point to 9.5%.", "0.75 percentage point", "Policy makers benchmark interest rate")]
    public void A_verb_of_change_and_its_object_before_a_figure_without_by_name_what_changed(string sentence, string figure, string metric) =>
        Assert.Equal(metric, MetricOf(Extract(sentence), figure));

    [Fact]
    public void Items_after_the_first_that_share_its_verb_of_change_are_what_changed()
    {
        var figures = Extract("Ferry fares rose by 3 per cent, bus fares by 1 per cent and rail season tickets by 5 per cent.");
        Assert.Equal(["Ferry fares", "bus fares", "rail season tickets"], figures.Select(f => f.Metric));
    }

    [Fact]
    public void Names_after_the_first_item_that_share_its_change_are_what_changed()
    {
        var figures = Extract("Oslo port saw a growth of 3.2%, while Bergen had a rise of 8.7%, Trondheim 5.4% and Stavanger 4.8%.");
        Assert.Equal(["Trondheim", "Stavanger"], figures.Skip(2).Select(f => f.Metric));
    }

    [Theory]
    [InlineData("Kantar praised discounter Lidl, whose sales rise of 22.1 per cent was the fastest.", "Lidl sales")]
    [InlineData("The group, whose sales rose 22.1 per cent, beat forecasts.", "sales")]
    public void A_name_before_whose_owns_the_subject_after_it(string sentence, string metric) =>
        Assert.Equal(metric, MetricOf(Extract(sentence), "22.1 per cent"));

    [Fact]
    public void A_count_a_change_of_its_own_unit_reaches_is_a_level_of_what_changed() =>
        Assert.Equal(("unemployed persons", "metric.level-after-change"),
            (FigureOf("The number of unemployed persons decreased by 270,000 to 6.0 million.", "6.0 million").Metric,
             FigureOf("The number of unemployed persons decreased by 270,000 to 6.0 million.", "6.0 million").Rules!.Metric));

    [Theory]
    [InlineData("Unemployment Rate Declines to 3.7% in September", "3.7%", "Unemployment Rate")]
    [InlineData("Revenue: Rose 2.32% to $3.03 billion from the year-earlier quarter.", "2.32%", "Revenue")]
    [InlineData("Ferry Fares Rise 5% as Tourists Return", "5%", "Ferry Fares")]
    public void A_title_case_word_of_change_before_its_figure_is_the_verb(string text, string figure, string metric) =>
        Assert.Equal(metric, MetricOf(Extract(text), figure));

    [Fact]
    public void A_saying_word_before_of_is_a_noun_that_owns_the_figure()
    {
        var figures = Extract("By that measure, Norvik beat the mean analyst estimate of $0.75. It missed the average revenue estimate of $3.1 billion.");
        Assert.Equal(["Norvik mean analyst estimate", "Norvik average revenue estimate"], figures.Select(f => f.Metric)); // "beat" is a verb
    }

    [Fact]
    public void That_opening_a_reported_clause_is_no_part_of_the_agent() =>
        Assert.Equal("jobs added by the economy", MetricOf(Extract("The bureau reported Friday morning, Oct. 3, that the economy added 248,000 jobs in September."), "248,000"));

    [Fact]
    public void A_participle_that_moves_its_object_to_a_figure_names_the_object() =>
        Assert.Equal(("trade surplus", "metric.brought-to"),
            (FigureOf("Exports jumped, lifting the trade surplus to $90 billion.", "$90 billion").Metric, FigureOf("Exports jumped, lifting the trade surplus to $90 billion.", "$90 billion").Rules!.Metric));

    [Theory]
    [InlineData("Traffic soared 8.1 percent, compared with a 5.2 percent rise in slower-growing mature markets.", "5.2 percent", "slower-growing mature markets")]
    [InlineData("Imports rebounded 3.5 percent, following a 3.6 percent fall in the previous month.", "3.6 percent", "Imports")]
    public void What_a_change_noun_is_in_keeps_its_compounds_and_is_never_a_time(string sentence, string figure, string metric) =>
        Assert.Equal(metric, MetricOf(Extract(sentence), figure));

    [Theory]
    [InlineData("Boeing moved 21 aircraft orders off its books in October.", "21", "Boeing aircraft orders")]
    [InlineData("Boeing delivered 57 aircraft in October.", "57", "Boeing aircraft")]
    public void A_noun_the_same_in_the_plural_keeps_the_plural_noun_it_names_in_the_metric(string sentence, string figure, string metric)
    {
        var found = FigureOf(sentence, figure);
        Assert.Equal(("aircraft", metric), (found.Unit, found.Metric));
    }

    [Theory]
    [InlineData("The country registered an increase of 8.2 per cent in its gross domestic product.", "gross domestic product")]
    [InlineData("Sales saw a rise of 8.2 per cent in London.", "Sales rise")]
    public void A_change_noun_of_a_percent_changes_what_follows_in_but_a_place(string sentence, string metric) =>
        Assert.Equal(metric, FigureOf(sentence, "8.2 per cent").Metric);

    [Theory]
    [InlineData("Last year 40 “notable AI models” were produced in the US.", "40", "model", "notable AI models")]
    [InlineData("Last year there was a total of 418 such incidents.", "418", "incident", "incidents")]
    public void A_quote_mark_or_such_opening_a_counted_noun_phrase_still_counts_its_noun(string sentence, string figure, string unit, string metric)
    {
        var found = FigureOf(sentence, figure);
        Assert.Equal((unit, metric), (found.Unit, found.Metric));
    }

    [Fact]
    public void The_base_after_up_slightly_from_is_a_level_of_what_changed() =>
        Assert.Equal("Google's share of revenue", FigureOf("Google's own sites accounted for 66 percent of revenue, up slightly from 64 percent a year ago.", "64 percent").Metric);

    [Fact]
    public void The_base_of_a_per_share_restatement_measures_the_amount_restated() =>
        Assert.Equal("company's earnings", FigureOf("The company earned $643 million, or $1.12 a share, up from $482.5 million, or 84 cents a share.", "$482.5 million").Metric);

    [Fact]
    public void What_a_clause_before_a_comma_had_at_the_figure_is_its_subjects_thing()
    {
        var figures = Extract("Oslo had the lowest rate for the vaccine series, at 59.5%, while Bergen had the highest rate, at 80.2%.");
        Assert.Equal(["Oslo's lowest rate for the vaccine series", "Bergen's highest rate"], figures.Select(f => f.Metric));
    }

    [Fact]
    public void A_verb_of_estimating_puts_its_object_as_the_figure() =>
        Assert.Equal("Kestrel mine's cost", Single("On a co-product basis, Aurum estimates the Kestrel mine's cost as $875/oz.").Metric);

    [Fact]
    public void Data_showing_a_thing_at_a_figure_measure_that_thing() =>
        Assert.Equal("copper output", Single("His remarks come amid official data showing copper output at 882,061 tons.").Metric);

    [Theory]
    [InlineData("The employment rate held steady at 61.9%.", "61.9%", "employment rate")]
    [InlineData("The firm posted a 33 percent increase in quarterly profit on Thursday.", "33 percent", "quarterly profit")]
    public void A_state_held_or_a_weekday_is_not_part_of_the_metric(string sentence, string figure, string metric) =>
        Assert.Equal(metric, FigureOf(sentence, figure).Metric);

    [Fact]
    public void An_article_and_nouns_after_and_are_the_next_item_of_the_change_before() =>
        Assert.Equal("food index", FigureOf("The index for energy has risen 6.1 percent and the food index 4.4 percent.", "4.4 percent").Metric);

    [Fact]
    public void The_first_figure_in_a_named_bracket_is_a_list_item() =>
        Assert.Equal(["Air cargo in Asia Pacific", "Air cargo in Asia Pacific", "Air cargo in Europe", "Air cargo in Europe"],
            Extract("Air cargo rose in these regions: Asia Pacific (43.4 million tonnes, +5.4%); Europe (20.1 million tonnes, +5%).").Select(f => f.Metric));

    [Fact]
    public void That_compares_with_points_back_to_the_figure_before()
    {
        var figure = Extract("The SMMT said 84,054 new cars were registered in February. That compares with 84,886 a year earlier.")[1];
        Assert.Equal(("car", "new cars"), (figure.Unit, figure.Metric));
    }

    [Theory]
    [InlineData("Prices in the South increased by 10.7% compared with only 5.3% in the North.", "5.3%", FigureKind.Change)]
    [InlineData("Ferry investment grew by 15 percent last year, higher than the 12 percent analysts had predicted.", "12 percent", FigureKind.Change)]
    [InlineData("Ferry fares grew by 3 percent, higher than the 2 percent target.", "2 percent", FigureKind.Share)] // a goal, no change
    public void The_base_a_percent_change_is_compared_with_changed_too(string sentence, string figure, FigureKind kind) =>
        Assert.Equal(kind, FigureOf(sentence, figure).Kind);

    [Fact]
    public void Last_year_ends_a_noun_phrase_without_an_article_date() =>
        Assert.Equal("exports", FigureOf("There was a 5% rise in exports last year.", "5%").Metric);

    [Theory]
    [InlineData("7.75 per cent", "repo rate")]
    [InlineData("5.75 per cent", "reverse repo rate")]
    public void A_relative_aside_between_a_moved_object_and_to_is_skipped(string figure, string metric) =>
        Assert.Equal(metric, FigureOf("The central bank said it was lifting the repo rate, which it uses to inject money into banks, to 7.75 per cent, "
            + "and increasing the reverse repo rate, through which it absorbs excess cash, to 5.75 per cent.", figure).Metric);

    [Theory]
    [InlineData("Microsoft shares rose 15 cents to close at $27.25.", "15 cents", "Microsoft share price")]
    [InlineData("Shares of Acacia jumped 31.5%.", "31.5%", "Acacia share price")]
    [InlineData("In after-hours trading, shares fell $1.58, or 5.8 percent.", "5.8 percent", "share price in after-hours trading")]
    [InlineData("Company shares fell nearly 6 percent in late trading.", "nearly 6 percent", "Company share price in late trading")]
    [InlineData("The fund sold 2 million Microsoft shares.", "2 million", "fund Microsoft shares")] // a count of shares, not their price
    public void A_change_or_amount_of_shares_is_of_their_price(string sentence, string figure, string metric) =>
        Assert.Equal(metric, FigureOf(sentence, figure).Metric);

    [Theory]
    [InlineData("0.3 per cent", "Rents, month on month")]
    [InlineData("an average of £651", "Rents")] // a level is measured against nothing
    [InlineData("3.3 per cent", "Rents")] // the other side of "but"
    public void A_change_names_the_basis_its_clause_gives(string figure, string metric) =>
        Assert.Equal(metric, FigureOf("Rents were down month-on-month by 0.3 per cent to an average of £651 but are still 3.3 per cent higher than July 2017.", figure).Metric);

    [Fact]
    public void A_metric_with_on_in_it_still_takes_its_basis() =>
        Assert.Equal("Ferry fares on the coastal line, year on year", FigureOf("Ferry fares on the coastal line rose 7% year on year.", "7%").Metric);

    [Theory]
    [InlineData("$555 million", "Export markets in Mexico")]
    [InlineData("4 percent", "Export markets in Mexico")]
    [InlineData("$494 million", "Export markets in China")]
    [InlineData("$164 million", "Export markets in South Korea")]
    [InlineData("$30.2bn", "Trade deficits in China", "Trade deficits were recorded with China ($30.2bn), Mexico ($9.2bn) and Canada ($3.3bn).")]
    [InlineData("$9.2bn", "Trade deficits in Mexico", "Trade deficits were recorded with China ($30.2bn), Mexico ($9.2bn) and Canada ($3.3bn).")]
    public void Each_item_of_a_bracketed_list_after_a_verb_measures_the_subject_in_its_name(string figure, string metric, string? sentence = null) =>
        Assert.Equal(metric, FigureOf(sentence ?? "Export markets were Mexico ($555 million, up 4 percent), China ($494 million, down 6 percent) "
            + "and South Korea ($164 million, down 23 percent).", figure).Metric);

    [Theory]
    [InlineData("Conab expects production to reach 92.3 million tonnes.", "92.3 million tonnes", "production")]
    [InlineData("Analysts expect exports to top $5 billion this year.", "$5 billion", "exports")]
    [InlineData("The plan also sets a target for total computing power to reach 300 EFLOPS.", "300 EFLOPS", "total computing power")]
    [InlineData("In 2021, container traffic resumed its growth to reach 849 million TEUs.", "849 million TEUs", "container traffic")]
    public void What_a_forecaster_expects_to_reach_a_figure_is_its_metric(string sentence, string figure, string metric) =>
        Assert.Equal(metric, FigureOf(sentence, figure).Metric);

    [Fact]
    public void A_revision_by_a_figure_to_a_figure_names_what_it_revised() =>
        Assert.Equal("estimate of the nation's soybean crop", FigureOf(
            "Conab has revised upwards its estimate of the nation's soybean crop by 1.2 million tonnes to 110.4 million tonnes.", "110.4 million tonnes").Metric);

    [Theory]
    [InlineData("11%", "Output from Cerro Verde")]
    [InlineData("6.7%", "Output from Antamina")]
    public void Respectively_pairs_each_figure_with_its_item_of_the_list_before(string figure, string metric)
    {
        var found = FigureOf("Output from Cerro Verde and Antamina rose 11% and 6.7%, respectively.", figure);
        Assert.Equal((metric, "metric.changed-object + metric.respectively"), (found.Metric, found.Rules!.Metric));
    }

    [Theory]
    [InlineData("4.5 per cent", "production in Italy")]
    [InlineData("9.3 per cent", "production in France")]
    public void Respectively_names_the_item_after_a_metric_that_names_none_and_skips_an_opening_adverb(string figure, string metric) =>
        Assert.Equal(metric, FigureOf("However, Italy and France proved a saving grace, as production grew 4.5 per cent and 9.3 per cent, respectively.", figure).Metric);

    [Fact]
    public void Respectively_leaves_a_list_of_another_length_alone() =>
        Assert.DoesNotContain("respectively", FigureOf("Output from Cerro Verde, Antamina and Las Bambas rose 11% and 6.7%, respectively.", "6.7%").Rules!.Metric);

    [Theory]
    [InlineData("Canadian output grew 13% y-o-y in Q3.", "13%", "Canadian output, year on year")]
    [InlineData("Sales rose 5% YoY.", "5%", "Sales, year on year")]
    [InlineData("Sales rose 0.7 percent m-o-m in September.", "0.7 percent", "Sales, month on month")]
    [InlineData("Output in Indonesia fell (-13% y-o-y).", "13%", "Output in Indonesia, year on year")]
    public void An_abbreviated_basis_is_written_out_and_sizes_no_noun(string sentence, string figure, string metric) =>
        Assert.Equal(metric, FigureOf(sentence, figure).Metric);

    [Fact]
    public void A_headlines_capitalized_adverb_before_by_is_no_changed_object() =>
        Assert.DoesNotContain("Marginally Marginally", FigureOf("Steel Output Up Marginally By 1.9% in February\nCombined steel output grew.", "1.9%").Metric);

    [Theory]
    [InlineData("Year-on-year, exports growth accelerated to 14.4 percent.", "14.4 percent", "exports growth, year on year")]
    [InlineData("The survey showed that, month on month, the number of full-time workers dropped by 46,000.", "46,000", "full-time workers, month on month")]
    [InlineData("Year-on-year, exports rose 3%, but imports fell 2%.", "2%", "imports")] // the other side of "but"
    public void A_basis_set_off_by_a_comma_before_the_clause_counts_too(string sentence, string figure, string metric) =>
        Assert.Equal(metric, FigureOf(sentence, figure).Metric);

    [Theory]
    [InlineData("Ferry passengers rose 4.1 percent from a year earlier.", "4.1 percent", "Ferry passengers, year on year")]
    [InlineData("Ferry fares were 12% higher than in the same month last year.", "12%", "Ferry fares, year on year")]
    [InlineData("Ferry revenue fell 3% compared with the previous quarter.", "3%", "Ferry revenue, quarter on quarter")]
    [InlineData("Ferry crossings rose 8% from the same period in 2010.", "8%", "Ferry crossings, year on year")]
    [InlineData("Ferry capacity reached 1,037.3 GW in 2025, a 43 percent increase from the previous year.", "43 percent", "Ferry capacity")] // beside its level
    public void A_change_counted_from_the_period_before_names_that_basis_when_its_sentence_states_no_level(string sentence, string figure, string metric) =>
        Assert.Equal(metric, FigureOf(sentence, figure).Metric);

    [Theory]
    [InlineData("US consumer inflation eases to 6.5% in December", "6.5%", "US consumer inflation")]
    [InlineData("The rise in sales tightened the national sales-to-new listings ratio to 61.3 per cent.", "61.3 per cent", "national sales-to-new listings ratio")]
    public void Eases_is_a_verb_of_change_and_tightened_moves_its_object(string sentence, string figure, string metric) =>
        Assert.Equal(metric, FigureOf(sentence, figure).Metric);

    [Fact]
    public void The_month_between_a_verb_and_its_by_is_no_part_of_what_is_counted() =>
        Assert.Equal("contributors to the scheme", FigureOf("The number of contributors to the scheme increased in November by 109,451 workers.", "109,451").Metric);

    [Theory]
    [InlineData("Figures show that 53% of patients on trolleys yesterday were waiting over nine hours.", "53%", "share of patients on trolleys waiting over nine hours")]
    [InlineData("The survey found that 73% of adults gambled.", "73%", "share of adults that gambled")]
    [InlineData("Three-quarters of all travellers came from Europe.", "Three-quarters", "share of all travellers that came from Europe")]
    [InlineData("The survey found that 60% of firms said they would hire.", "60%", "share of firms")] // saying is no part of the share
    public void A_share_opening_its_clause_says_what_its_part_does(string sentence, string figure, string metric) =>
        Assert.Equal(metric, FigureOf(sentence, figure).Metric);

    [Theory]
    [InlineData("Houston reported the largest increases in occupancy (+42.9% to 86.7%).", "42.9%", "occupancy")]
    [InlineData("Orlando posted the second-highest lift in occupancy (18.0%).", "18.0%", "occupancy")]
    public void A_change_in_brackets_sizes_the_change_named_before_them(string sentence, string figure, string metric) =>
        Assert.EndsWith(metric, FigureOf(sentence, figure).Metric);

    [Theory]
    [InlineData("Of the total, regular pay including basic salaries went up 1.8%.", "1.8%", "regular pay including basic salaries")]
    [InlineData("Special pay surged 22.2%.", "22.2%", "Special pay")]
    public void Pay_after_a_singular_modifier_is_wages(string sentence, string figure, string metric) =>
        Assert.Equal(metric, FigureOf(sentence, figure).Metric);

    [Theory]
    [InlineData("Shares of Acacia jumped 31.5%, while Cisco slipped 0.5%.", "0.5%", "Cisco share price")]
    [InlineData("Acacia rose 31.5%, while Cisco slipped 0.5%.", "0.5%", "Cisco")] // no shares named: a name alone
    public void A_bare_name_beside_shares_moves_its_share_price(string sentence, string figure, string metric) =>
        Assert.Equal(metric, FigureOf(sentence, figure).Metric);

    [Theory]
    [InlineData("462.41 MT")]
    [InlineData("567.36 MT")]
    public void Both_ends_of_a_move_from_one_year_to_another_name_what_moved(string figure) =>
        Assert.Equal("production", FigureOf("The miner also increased its production from 462.41 MT in 2013-14 to 567.36 MT in 2017-18.", figure).Metric);
    [Theory]
    [InlineData("The statistics office released data that shows the volume of retail sales dropped 2.5% in July.", "volume of retail sales")]
    [InlineData("The agency published figures which showed the volume of retail sales dropped 2.5% in July.", "volume of retail sales")]
    public void A_clause_reported_by_data_that_shows_has_its_own_subject(string sentence, string metric) =>
        Assert.Equal(metric, FigureOf(sentence, "2.5%").Metric);

    [Theory]
    [InlineData("Naija News understands that oil prices have stayed above $100 a barrel for months.", "above $100", "oil prices per barrel")]
    [InlineData("The official data disclosed that prices of vegetables plunged by 15.62 per cent.", "15.62 per cent", "prices of vegetables")]
    [InlineData("The minister added that windfall corporation tax receipts of about €10 billion would go to the fund.", "about €10 billion", "windfall corporation tax receipts")]
    [InlineData("Barbie added a confirmed $15.1m over the weekend to reach $592.8m in its sixth session.", "$592.8m", "Barbie in its sixth session")] // no saying without "that"
    public void A_verb_of_saying_with_its_that_opens_a_clause_with_its_own_subject(string sentence, string figure, string metric) =>
        Assert.Equal(metric, FigureOf(sentence, figure).Metric);

    [Theory]
    [InlineData("Over the past five years beef production in Australia has dropped by 13%.", "13%", "beef production in Australia")]
    [InlineData("He added that over the past five years beef production in Australia has dropped by 13%.", "13%", "beef production in Australia")]
    [InlineData("For the last three years individual weekly figures have fallen below 95%.", "below 95%", "individual weekly figures share")]
    public void A_span_up_to_now_opening_the_clause_is_no_part_of_its_subject(string sentence, string figure, string metric) =>
        Assert.Equal(metric, FigureOf(sentence, figure).Metric);

    [Theory]
    [InlineData("The 10.3-percent passenger traffic gain outpaced capacity.", "10.3", "passenger traffic")]
    [InlineData("Cargo rose, and the 28.1-percent demand improvement lifted the load factor.", "28.1", "demand")]
    [InlineData("The industry posted a 5.8-percent load factor in November.", "5.8", "load factor")]
    [InlineData("Sales rose to 600,000, a 67-percent annual rise.", "67", "Sales")] // the change names nothing: the figure before's
    public void A_hyphenated_percent_measures_the_noun_after_it(string sentence, string figure, string metric) =>
        Assert.Equal(metric, FigureOf(sentence, figure).Metric);
    [Theory]
    [InlineData("The energy price cap will rise to £1,717. Ofgem said the 10% rise was largely due to gas prices.", "energy price cap")]
    [InlineData("The energy price cap will rise to £1,717. The 10% rise was largely due to gas prices.", "energy price cap")]
    [InlineData("The energy price cap will rise to £1,717. Ofgem said the 10% rise in bills was due to gas prices.", "bills")] // it names what rose
    public void A_change_that_the_points_back_to_changes_what_was_just_measured(string text, string metric) =>
        Assert.Equal(metric, FigureOf(text, "10%").Metric);
    [Theory]
    [InlineData("The number of crimes recorded by police in England and Wales was nearly five million.", "nearly five million", "crimes recorded by police in England and Wales")]
    [InlineData("Sales rose 5% in London and Paris fell 3%.", "3%", "Paris")] // a figure before the names: "and" opens a clause
    [InlineData("The weather bureau calculated that the national rainfall total was 47.4 per cent above average.", "47.4 per cent", "national rainfall total")]
    public void Names_a_preposition_governs_open_no_clause_and_calculating_reports_one(string sentence, string figure, string metric) =>
        Assert.Equal(metric, FigureOf(sentence, figure).Metric);

    [Theory]
    [InlineData("The number of homes able to get ferry broadband is now almost 20.2 million homes.", "almost 20.2 million", "homes able to get ferry broadband")]
    [InlineData("The number of ferry crossings has meanwhile fallen by 38%.", "38%", "ferry crossings")]
    public void A_number_of_things_able_to_do_something_ends_at_its_verb_group_with_its_adverbs(string sentence, string figure, string metric) =>
        Assert.Equal(metric, FigureOf(sentence, figure).Metric);

    [Fact]
    public void The_agent_of_a_passive_forecast_is_no_subject_of_the_change() =>
        Assert.Equal("Ferry bookings for the full year", FigureOf("Ferry bookings for the full year are forecast by the operator to decrease by 25%.", "25%").Metric);
    [Theory]
    [InlineData("That led to a 50 per cent increase in June quarter production to 94,600 tonnes.", "50 per cent", "production")]
    [InlineData("Durham Constabulary saw a rise by more than 10,000 in the number of crimes recorded.", "more than 10,000", "Durham Constabulary crimes recorded")]
    public void A_change_noun_names_what_changed_past_a_quarter_and_after_by(string sentence, string figure, string metric) =>
        Assert.Equal(metric, FigureOf(sentence, figure).Metric);
    [Fact]
    public void An_ing_noun_opening_the_clause_is_no_verb_before_a_coordinated_subject() =>
        Assert.StartsWith("Consumer spending on hardware and accessories",
            FigureOf("Consumer spending on hardware and accessories reached a record of $4.4 billion.", "$4.4 billion").Metric);
    [Theory]
    [InlineData("The industry posted record sales totaling $335.8 billion in 2014.", "industry record sales")]
    [InlineData("The industry posted sales of $335.8 billion in 2014.", "industry sales")]
    public void Totaling_links_the_noun_it_sizes_and_posted_is_a_verb(string sentence, string metric) =>
        Assert.Equal(metric, FigureOf(sentence, "$335.8 billion").Metric);
    [Theory]
    [InlineData("Within streaming, paid subscriptions were the biggest driver of growth, up 61 percent to $1.7 billion.", "61 percent", "paid subscriptions")]
    [InlineData("A total of £884.5 million was generated for good causes.", "£884.5 million", "was generated for good causes")]
    [InlineData("An incredible £45 billion has now been raised for good causes.", "£45 billion", "has now been raised for good causes")]
    public void Words_that_only_describe_an_amount_or_open_a_clause_as_adjectives_name_nothing(string sentence, string figure, string metric) =>
        Assert.Equal(metric, FigureOf(sentence, figure).Metric);
    [Fact]
    public void A_count_that_died_says_what_its_people_did() =>
        Assert.Equal("people who died from smoking", FigureOf("An estimated 77,800 people died from smoking in 2017.", "estimated 77,800").Metric);

    [Fact]
    public void Words_that_end_in_but_are_no_subject_of_the_change_after_them() =>
        Assert.Equal("Sales", FigureOf("Sales reached 500 units in 2017, flat on the year before but down 6% on 2007.", "6%").Metric);
    [Fact]
    public void A_bare_number_a_change_reaches_is_a_level_of_what_changed() =>
        Assert.Equal("traffic", FigureOf("The airline reported a growth in traffic of 7% to 139 million.", "139 million").Metric);

    [Fact]
    public void An_amount_sizes_the_noun_after_its_bracketed_conversion_and_the_day_is_no_part_of_the_subject() =>
        Assert.Equal("India's cricket board deal with broadcast giant Star India",
            FigureOf("India's cricket board on Thursday struck a record $944 million (Rs 6138.1 crore) deal with broadcast giant Star India.", "$944 million").Metric);
    [Fact]
    public void An_adverb_alone_is_no_subject_of_the_change_after_it() =>
        Assert.Equal("price", FigureOf("The price was down 12.4% to $767,818, but still 12% higher than in February 2016.", "12%").Metric);
    [Fact]
    public void Claim_is_a_verb_no_part_of_the_subject() =>
        Assert.Equal("Police chiefs number of officers",
            FigureOf("Police chiefs claim they will have to cut the number of officers by 26 unless there is a council tax increase.", "26").Metric);
    [Theory]
    [InlineData("The average was $3.80 in September.", "$3.80", "average")]
    [InlineData("In the current financial year, expected excise was cut by $2.4 billion.", "$2.4 billion", "expected excise")]
    [InlineData("It was followed by Harmony Gold, which fell 5.09% to R23.29.", "5.09%", "Harmony Gold")]
    [InlineData("Almost half (48) of the top 100 charities saw income fall.", "Almost half", "share of the top 100 charities")]
    public void Metrics_that_were_empty_name_what_the_sentence_gives(string sentence, string figure, string metric) =>
        Assert.Equal(metric, FigureOf(sentence, figure).Metric);
    [Fact]
    public void A_preposition_inside_a_hyphened_compound_opens_the_subject() =>
        Assert.Equal("like-for-like sales", FigureOf("Compared with two years ago, like-for-like sales were up 10.4%.", "10.4%").Metric);
    [Fact]
    public void A_change_by_another_amount_changes_the_verbs_object() =>
        Assert.Equal("central bank benchmark interest rate",
            FigureOf("The central bank on Thursday raised the benchmark interest rate by another 50 basis points.", "50 basis points").Metric);
    [Fact]
    public void The_base_after_a_restated_change_is_a_level_of_what_changed() =>
        Assert.Equal("region's 2024 barley harvest",
            FigureOf("The ministry estimated the region's 2024 barley harvest at 8.4 million tonnes, up 1.1 million tonnes, or 15%, from 7.3 million tonnes in 2023.", "7.3 million tonnes").Metric);
    [Fact]
    public void A_number_of_ends_before_its_own_verb_group_when_a_second_verb_shares_it() =>
        Assert.Equal("burglaries, year on year", // (the basis of the clause the verbs share)
            FigureOf("The number of burglaries has fallen by 12 percent on last year and declined by 40 percent since 2010.", "40 percent").Metric);
    [Theory]
    [InlineData("Business and private registrations all fell 12% in the month.", "12%", "Business and private registrations")]
    [InlineData("Imports and exports both rose 3% in May.", "3%", "Imports and exports")]
    [InlineData("The charities collectively raised £63.5m.", "£63.5m", "charities")]
    [InlineData("Remittances from Oman somewhat improved, increasing 4 percent to $1.7 billion.", "4 percent", "Remittances from Oman")]
    [InlineData("The ward's trolley tally reached 460.", "460", "ward's trolley tally")]
    public void A_quantifier_or_an_adverb_before_the_verb_is_no_part_of_the_subject(string sentence, string figure, string metric) =>
        Assert.Equal(metric, FigureOf(sentence, figure).Metric);
    [Theory]
    [InlineData("Ferry income tax contributed £163 billion and corporation tax £42 billion.", "£42 billion", "corporation tax")]
    [InlineData("Ferry exports rose 5% and imports 3%.", "3%", "imports")]
    [InlineData("The fare of gas rose by over 30 per cent and electricity by over 10 per cent.", "over 10 per cent", "electricity")]
    [InlineData("Ferry sales rose 5% and the firm said 3%.", "3%", "firm share")] // a verb of its own: no gap
    public void A_second_subject_after_and_takes_the_left_out_verb_and_its_figure(string sentence, string figure, string metric) =>
        Assert.Equal(metric, FigureOf(sentence, figure).Metric);

    [Theory]
    [InlineData("The ferry line added a record 712 MW of solar capacity in Q3.", "712 MW", "ferry line solar capacity")]
    [InlineData("Cash flow from ferry operations was $8.2 billion in Q1.", "$8.2 billion", "Cash flow from ferry operations")]
    public void A_quarter_without_its_year_ends_the_metric_even_where_no_date_resolves_it(string sentence, string figure, string metric) =>
        Assert.Equal(metric, FigureOf(sentence, figure).Metric);

    [Fact]
    public void The_equivalent_of_only_restates_the_level_a_change_reaches() =>
        Assert.StartsWith("volume of cider exports",
            FigureOf("The volume of cider exports grew 4% last year to the equivalent of 120 million bottles.", "120 million").Metric);
    [Theory]
    [InlineData("The average age of brides remained steady at 31.2 last year.", "31.2", "average age of brides")]
    [InlineData("Ticket sales stayed flat at £5m in June.", "£5m", "Ticket sales")]
    [InlineData("The average age of grooms increased slightly from 33.7 in 2022 to 33.8 last year.", "33.8", "average age of grooms")]
    [InlineData("The jobless rate improved again in June, albeit by only 0.3 percent.", "0.3 percent", "jobless rate")]
    public void Remaining_staying_and_an_adverb_of_the_verb_are_no_part_of_the_metric(string sentence, string figure, string metric) =>
        Assert.Equal(metric, FigureOf(sentence, figure).Metric);
    [Fact]
    public void A_relative_aside_with_a_figure_between_the_subject_and_its_verb_ends_no_clause() =>
        Assert.Equal("Sales at the chain", FigureOf("Sales at the chain, which has 300 stores, rose 5% in May.", "5%").Metric);
    [Theory]
    [InlineData("The national ferry count is down 12 ferries from the previous week.")]
    [InlineData("The national ferry count is down 12 ferries from a week earlier.")]
    public void A_count_of_the_noun_says_what_is_counted_and_a_base_week_qualifies_nothing(string sentence) =>
        Assert.Equal("national ferry count, week on week", FigureOf(sentence, "12").Metric); // the week named as the change's basis
    [Theory]
    [InlineData("The 19 museums raised £63.5m.", "19 museums")]
    [InlineData("The museums that agreed to share their totals raised £63.5m.", "museums")]
    public void A_count_after_the_article_and_a_relative_clause_stay_inside_the_subject(string sentence, string metric) =>
        Assert.Equal(metric, FigureOf(sentence, "£63.5m").Metric);
    [Fact]
    public void An_amount_opening_its_clause_says_what_it_does_past_a_figure_in_brackets() =>
        Assert.Equal("was raised through fuel duty", FigureOf("Some £28.1bn (11%) was raised through fuel duty.", "Some £28.1bn").Metric);
    [Fact]
    public void An_ordinal_alone_after_in_stands_for_the_period_not_what_changed() =>
        Assert.Equal("Ferry bookings",
            FigureOf("Ferry bookings jumped 2.9 per cent in the second quarter, picking up from a 1.8 per cent increase in the first.", "1.8 per cent").Metric);
    [Theory]
    [InlineData("Ferry bookings slipped 0.4 percent to a 1.14 million-unit rate last month.", "1.14 million")]
    [InlineData("Ferry bookings were unrevised at a 1.21 million-unit pace.", "1.21 million")]
    public void A_pace_in_units_is_the_rate_of_what_the_clause_measures(string sentence, string figure) =>
        Assert.Equal("Ferry bookings", FigureOf(sentence, figure).Metric);
    [Theory]
    [InlineData("In Scotland, rents rose 3.3 per cent to an average of £651.", "3.3 per cent", "rents in Scotland")]
    [InlineData("In May, rents rose 3.3 per cent to an average of £651.", "3.3 per cent", "rents")]
    [InlineData("In total, rents rose 3.3 per cent to an average of £651.", "3.3 per cent", "rents")]
    public void A_place_opening_the_sentence_says_where_its_first_clause_is_measured(string sentence, string figure, string metric) =>
        Assert.Equal(metric, FigureOf(sentence, figure).Metric);
    [Theory]
    [InlineData("7,000", "job losses in Mining")]
    [InlineData("6,000", "job losses in Utilities (electricity, gas, water supply)")]
    public void A_heading_about_these_items_measures_what_its_verb_records_in_each_label(string figure, string metric) =>
        Assert.Equal(metric, MetricOf(Extract("These sectors recorded job losses: • Mining: 7,000 • Utilities (electricity, gas, water supply): 6,000."), figure));
    [Theory]
    [InlineData("Barley production is forecast at 1.2 billion bushels.", "1.2 billion", "Barley production")]
    [InlineData("The mine's silver output for the quarter was 180,305 ounces.", "180,305", "mine's silver output for the quarter")]
    [InlineData("Coffee exports reached 2.43 million bags.", "2.43 million", "Coffee exports")]
    public void A_count_in_a_unit_of_quantity_measures_the_subject(string sentence, string figure, string metric) =>
        Assert.Equal(metric, FigureOf(sentence, figure).Metric);
    [Theory]
    [InlineData("The average broadband speed in Wales is 42 Mbps.", "42 Mbps", "average broadband speed in Wales")]
    [InlineData("The top speed of the new train was 350 km/h.", "350 km/h", "top speed of the new train")]
    public void A_noun_ending_in_ed_is_no_verb_of_the_subject(string sentence, string figure, string metric) =>
        Assert.Equal(metric, FigureOf(sentence, figure).Metric);
    [Theory]
    [InlineData("Wheat rose 2% to $240 a tonne, and barley, up 3% to $200, hit a high.", "3%", "barley")]
    [InlineData("Butter was steady but the bigger falls were in whole milk powder, down 6.5 per cent.", "6.5 per cent", "whole milk powder")]
    [InlineData("Sales grew strongly in Europe and Asia, up 12%.", "12%", "Sales")]
    public void A_change_after_a_new_item_and_a_comma_measures_that_item(string sentence, string figure, string metric) =>
        Assert.Equal(metric, FigureOf(sentence, figure).Metric);
    [Theory]
    [InlineData("Sales of small vans rose 4% from 30,100 to 31,300 units in May.", "31,300", "Sales of small vans")]
    [InlineData("Year to date imports fell 2% from 1,100 to 1,078 units.", "1,078", "Year to date imports")]
    public void Units_that_stand_for_the_subjects_plural_count_the_subject(string sentence, string figure, string metric) =>
        Assert.Equal(metric, FigureOf(sentence, figure).Metric);
    [Theory]
    [InlineData("Fresh vegetables became dearer by 4.1 per cent.", "4.1 per cent", "Fresh vegetables")]
    [InlineData("Eggs became more expensive by 2.6 per cent.", "2.6 per cent", "Eggs")]
    public void What_a_linking_verb_is_followed_by_is_no_changed_object(string sentence, string figure, string metric) =>
        Assert.Equal(metric, FigureOf(sentence, figure).Metric);
    [Theory]
    [InlineData("£412,300", "highest average rent in Oslo")]
    [InlineData("£98,100", "lowest average rent in the North")]
    public void A_bracketed_item_keeps_its_own_preposition_and_superlative(string figure, string metric) =>
        Assert.Equal(metric, MetricOf(Extract("The highest average rent is in Oslo (£412,300) and the lowest in the North (£98,100)."), figure));
    [Theory]
    [InlineData("The clinic counted 310 patients in corridors, with 96 waiting over six hours.", "96", "patients waiting over six hours")]
    [InlineData("Norway launched 40 missions in 2018, compared to 26 launched from Sweden.", "26", "missions launched from Sweden")]
    [InlineData("Norway launched 40 missions in 2018, compared to 26 during the same period last year.", "26", "Norway missions")]
    public void A_participle_after_a_bare_number_says_which_of_the_counted_things_it_counts(string sentence, string figure, string metric) =>
        Assert.Equal(metric, FigureOf(sentence, figure).Metric);
    [Theory]
    [InlineData("Exports of the cider to Japan were worth almost £82m last year.", "almost £82m", "Exports of the cider to Japan")]
    [InlineData("Butterfat averaged 4.08%, compared with 4.19% last year.", "4.19%", "Butterfat share")]
    public void A_relative_time_after_an_amount_is_no_noun_it_sizes(string sentence, string figure, string metric) =>
        Assert.Equal(metric, FigureOf(sentence, figure).Metric);
    [Theory]
    [InlineData("7%", "vehicle-related theft")]
    [InlineData("2%", "burglaries")]
    public void A_change_in_brackets_with_up_or_down_changes_the_noun_phrase_before(string figure, string metric) =>
        Assert.Equal(metric, MetricOf(Extract("There were jumps in the numbers of recorded robberies (up 22%), vehicle-related theft (up 7%) and burglaries (2%)."), figure));

    [Theory]
    [InlineData("After a 3% decline on July 3, bean prices rose by 2% on July 5.", "3%", "bean prices")]
    [InlineData("After a -0.48% decline on July 3, bean prices rose by 2% on July 5.", "0.48%", "bean prices")]
    [InlineData("Following a 5% rise in May, retail sales fell 2% in June.", "5%", "retail sales")]
    [InlineData("Despite a 4.2% drop last year, exports of wine reached $2 billion.", "4.2%", "exports of wine")]
    [InlineData("After falling 3% on Monday, the shares of Acme rose 2%.", "3%", "Acme share price")]
    [InlineData("After a 10% jump in revenue, the company's shares rose 5%.", "10%", "revenue")] // what it names is its own
    [InlineData("Up 2 percent from 2016, soybean production is forecast at 4.38 billion bushels.", "2 percent", "soybean production")]
    [InlineData("Down 5% on last year, bean sales reached $3 million.", "5%", "bean sales")]
    [InlineData("Up 3% compared with a year earlier, bean exports hit $5 billion.", "3%", "bean exports")]
    public void A_change_opening_the_sentence_with_only_its_time_changes_the_main_subject(string sentence, string figure, string metric) =>
        Assert.Equal(metric, FigureOf(sentence, figure).Metric);

    [Theory]
    [InlineData("There was a 1.2% increase (1,668) in the number of cases of robbery.", "1.2%", "cases of robbery")]
    [InlineData("There was a 1.2% increase (1,668) in the number of cases of robbery.", "1,668", "cases of robbery")]
    public void A_count_in_brackets_after_a_change_noun_leaves_what_follows_in_its_own(string sentence, string figure, string metric) =>
        Assert.Equal(metric, FigureOf(sentence, figure).Metric);

    [Theory]
    [InlineData("This brought its total active customer database to 86.4 million from the 83.2 million it recorded in October.", "83.2 million", "total active customer database")]
    [InlineData("The firm raised its subscriber base to 86.4 million from 83.2 million.", "83.2 million", "subscriber base")]
    public void The_base_after_a_level_brought_to_measures_what_was_brought(string sentence, string figure, string metric) =>
        Assert.Equal(metric, FigureOf(sentence, figure).Metric);

    [Theory]
    [InlineData("Receipts from ferry fares and harbour dues of €1,080 million were up 5% on last year.", "€1,080 million",
        "Receipts from ferry fares and harbour dues")] // the owner is the last of the preposition's nouns
    [InlineData("Receipts from ferry fares and harbour dues of €1,080 million were paid in May.", "€1,080 million",
        "Receipts from ferry fares and harbour dues")]
    [InlineData("Harbour revenue from a busy summer and winter season of €50 million was up 5%.", "€50 million",
        "winter season")] // one noun phrase, its article before "and": no list of the preposition's nouns
    public void An_amount_owned_by_the_last_noun_of_the_subjects_preposition_measures_the_subject(string sentence, string figure, string metric) =>
        Assert.Equal(metric, FigureOf(sentence, figure).Metric);

    [Theory]
    [InlineData("Dry weather pushed the country's ferry fare inflation to an eight-month high of 7.08 per cent in April.", "7.08 per cent", "country's ferry fare inflation")]
    [InlineData("The strike drove the ferry delay rate to a record high of 9.1 percent.", "9.1 percent", "ferry delay rate")]
    public void A_high_or_a_low_a_figure_sizes_is_where_the_moved_thing_went(string sentence, string figure, string metric) =>
        Assert.Equal(metric, FigureOf(sentence, figure).Metric);

    [Theory]
    [InlineData("Rising demand for iron ore has helped the capesize segment to gain nearly 40% this year.", "nearly 40%", "capesize segment")]
    [InlineData("Lower prices helped exports rise 5% in May.", "5%", "exports")]
    [InlineData("The strike caused output to fall 12% in June.", "12%", "output")]
    public void What_a_cause_makes_change_is_the_changed_thing_not_the_cause(string sentence, string figure, string metric) =>
        Assert.Equal(metric, FigureOf(sentence, figure).Metric);

    [Fact]
    public void What_a_verb_maintains_at_the_figure_is_the_metric() =>
        Assert.Equal("Committee's Monetary Policy Rate",
            FigureOf("Given these considerations, the Committee decided to maintain the Monetary Policy Rate at 29.0 percent.", "29.0 percent").Metric);

    [Fact]
    public void The_verb_before_from_is_no_participle_of_what_a_number_of_counts()
    {
        var figures = Extract("The number of cellular subscribers increased from 193.098 million in August to 193.346 million in September.");
        Assert.All(figures, f => Assert.Equal("cellular subscribers", f.Metric));
    }

    [Theory]
    [InlineData("Of the 237 flu samples, 79.3% were positive.", "79.3%", "flu samples were positive share")]
    [InlineData("Of the calls the helpline triaged, just 11% led to an ambulance.", "11%", "calls the helpline triaged led to an ambulance share")]
    [InlineData("Of these, 45% were late.", "45%", "were late share")] // a pronoun names no whole
    public void A_percent_after_an_opening_of_the_phrase_is_a_part_of_that_whole(string sentence, string figure, string metric) =>
        Assert.Equal(metric, FigureOf(sentence, figure).Metric);

    [Theory]
    [InlineData("Of these ferry deaths 30 were from fires, compared with 35 a year earlier.", "30")]
    [InlineData("Of these ferry deaths 30 were from fires, compared with 35 a year earlier.", "35")]
    [InlineData("Of these ferry deaths, 30 were from fires.", "30")]
    public void A_count_after_an_opening_of_phrase_counts_its_noun(string sentence, string figure)
    {
        var found = FigureOf(sentence, figure);
        Assert.Equal(("death", "ferry deaths were from fires"), (found.Unit, found.Metric));
    }

    [Theory]
    [InlineData("₹1,318.8 crore")]
    [InlineData("₱1.2 billion")]
    public void A_change_nouns_phrase_ends_before_the_level_reached_in_any_currency_sign(string level)
    {
        var found = Extract($"The insurer saw a sharp 18% decline in premium collections to {level}.");
        Assert.Equal(["premium collections", "premium collections"], found.Select(f => f.Metric));
    }

    [Fact]
    public void A_counted_subject_before_a_relative_clause_set_off_by_commas_is_the_subject()
    {
        var found = Extract("In Maharashtra, 137 sugar mills, which are in operation, produced 16.50 lakh tonnes till December 31.");
        Assert.Equal(["sugar mills in Maharashtra", "sugar mills' production in Maharashtra"], found.Select(f => f.Metric));
    }

    [Theory]
    [InlineData("One in five children in Britain lives in poverty, the charity said.", "One in five", "share of children in Britain that live in poverty")]
    [InlineData("1 in 6 Chinese people uses AI!", "1 in 6", "share of Chinese people that use AI")]
    [InlineData("This means that almost one in every six Chinese people is using AI products.", "almost one in every six", "share of Chinese people using AI products")]
    [InlineData("About 1 in 4 homes now has solar panels.", "About 1 in 4", "share of homes that have solar panels")]
    [InlineData("One in five people using a food bank over the period were in work.", "One in five", "share of people using a food bank over the period that were in work")]
    [InlineData("Almost nine in every 10 passengers from Irish airports were travelling to Europe.", "Almost nine in every 10", "share of passengers from Irish airports travelling to Europe")]
    [InlineData("One in five adults surveyed said they had cut spending.", "One in five", "share of adults surveyed")]
    public void A_proportion_opening_a_noun_phrase_is_the_share_of_it_doing_what_the_clause_says(string sentence, string figure, string metric) =>
        Assert.Equal(metric, FigureOf(sentence, figure).Metric);

    [Fact]
    public void What_a_verb_brings_to_a_figure_may_run_on_through_a_span_of_time() =>
        Assert.Equal("cumulative gaming revenue in the first eight months of this year",
            FigureOf("That brought cumulative gaming revenue in the first eight months of this year to 152.1 billion patacas.", "152.1 billion patacas").Metric);

    [Theory]
    [InlineData("Income from passenger revenue increased in the last year to £5.9bn.", "£5.9bn", "Income from passenger revenue")]
    [InlineData("Exports increased over the quarter to $4 billion.", "$4 billion", "Exports")]
    [InlineData("The council increased its reserves to £12m.", "£12m", "reserves")] // an object moves
    public void A_verb_with_a_time_where_its_object_would_be_moves_its_subject(string sentence, string figure, string metric) =>
        Assert.Equal(metric, FigureOf(sentence, figure).Metric);

    [Fact]
    public void A_list_followed_by_names_in_brackets_measures_what_the_figure_before_measured_in_each_name()
    {
        var found = Extract("Remittances came mainly from the US, which accounted for 39 percent of total inflows. "
            + "It was followed by Canada (11 percent) and Japan (4.7 percent).");
        Assert.Equal(["US share of total inflows", "Canada share of total inflows", "Japan share of total inflows"], found.Select(f => f.Metric));
        Assert.Equal("Airtel market share", FigureOf("Jio had a 40.1 per cent market share, followed by Airtel (28.4 per cent).", "28.4 per cent").Metric);
    }

    [Fact]
    public void A_change_nouns_phrase_ends_before_the_level_reached_in_a_currency_written_as_a_word() =>
        Assert.Equal(["Star Health premium collections", "Star Health premium collections", "Care Health premium collections"],
            Extract("Star Health recorded an 18% increase in premium collections to Rs 1,469 crore, followed by Care Health (Rs 710.46 crore).")
                .Select(f => f.Metric));

    [Theory]
    [InlineData("The agency forecasts 40 GW of new wind capacity.", "40 GW", "new wind capacity")]
    [InlineData("China reports 788 EFLOPS of intelligent compute.", "788 EFLOPS", "China intelligent compute")] // saying, not forecasting
    [InlineData("The U.S. is now forecast to reach 100 GW of cumulative installed solar capacity.", "100 GW", "U.S. cumulative installed solar capacity")]
    public void A_forecaster_is_the_source_of_the_amount_it_forecasts_not_its_owner(string sentence, string figure, string metric) =>
        Assert.Equal(metric, FigureOf(sentence, figure).Metric);

    [Fact]
    public void An_approximate_conversion_in_brackets_measures_what_the_amount_before_it_measures()
    {
        var found = Extract("Government revenue reached IDR 419.2 trillion (approx. USD $32 billion) in the first five months of 2016.");
        Assert.Equal(["Government revenue", "Government revenue"], found.Select(f => f.Metric));
        Assert.Equal(FigureKind.Level, found[1].Kind);
    }

    [Fact]
    public void The_words_that_add_an_item_are_no_subject() =>
        Assert.Equal("for harbours", FigureOf("Another $290 million will go to ferries, as well as $127 million for harbours.", "$127 million").Metric);

    [Fact]
    public void A_conversion_into_US_dollars_measures_what_the_amount_before_it_measures() =>
        Assert.Equal(["ferry budget", "ferry budget"], Extract("The ferry budget of €1.8 billion (US $2.1 billion) was approved.").Select(f => f.Metric));

    [Theory]
    [InlineData("In the year to date diesel has fallen 13.7%.", "13.7%", "diesel")]
    [InlineData("So far this year petrol has risen 2%.", "2%", "petrol")]
    [InlineData("Year to date registrations are down 3.9%.", "3.9%", "Year to date registrations")] // it names what it counts
    public void A_span_up_to_now_opening_the_clause_without_a_comma_is_no_part_of_the_subject(string sentence, string figure, string metric) =>
        Assert.Equal(metric, FigureOf(sentence, figure).Metric);

    [Theory]
    [InlineData("At 5.2%, unemployment is at a record low.", "5.2%", "unemployment")]
    [InlineData("At N24.947 trillion (US$ 81.274 billion) as at March 31, 2019, the Total Public Debt grew by 2.30 per cent.", "N24.947 trillion", "Total Public Debt")]
    public void An_amount_a_sentence_opens_with_after_at_is_the_level_of_the_clauses_subject(string sentence, string figure, string metric) =>
        Assert.Equal(metric, FigureOf(sentence, figure).Metric);
}
