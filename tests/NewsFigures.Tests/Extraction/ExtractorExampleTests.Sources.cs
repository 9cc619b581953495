namespace NewsFigures.Tests.Extraction;

/// <summary>
/// Who a figure is credited to when the sentence does not spell the name out, on texts invented for other fields than the
/// corpus (brewing, gardening, farming, city transport): a report by a named body, a speaker that refers back ("the ministry",
/// "it", "the group"), a company stating its own expectation, and a quotation that runs on into the next paragraph.
/// </summary>
public sealed partial class ExtractorExampleTests
{
    [Fact]
    public void A_report_by_a_named_body_credits_its_report_and_the_report_found_refers_back_to_it()
    {
        var figures = Extract("A study published on Monday by the Royal Horticultural Society says 40 percent of gardens lack trees. "
            + "The study found that nearly 2,000 gardens had no lawn.");
        Assert.All(figures, f => Assert.Equal("Royal Horticultural Society study", f.Attribution));
    }

    [Fact]
    public void The_ministry_added_names_the_ministry_credited_before()
    {
        var figures = Extract("Harvests rose 4 percent, according to the Ministry of Agriculture. "
            + "Wheat stocks have reached 20 million tonnes, the ministry added.");
        Assert.All(figures, f => Assert.Equal("Ministry of Agriculture", f.Attribution));
    }

    [Fact]
    public void The_data_showed_names_the_data_credited_before()
    {
        var figures = Extract("Ferry bookings rose 7.2 percent, according to booking data from Harbourview. "
            + "Total bookings for the seven months were about 9.1 million, the data showed.");
        Assert.All(figures, f => Assert.Equal("Harbourview", f.Attribution));
    }

    [Theory]
    [InlineData("Capacity rose 8.3% in 2015, according to new data released by the International Renewable Energy Agency (IRENA).", "International Renewable Energy Agency")]
    [InlineData("Sales rose 5%, according to figures published by the Office for National Statistics.", "Office for National Statistics")]
    [InlineData("Output fell 2%, according to data from the IEA.", "IEA")]
    [InlineData("Harvests fell 2%, according to the 2024 Grain Market Outlook.", "Grain Market Outlook")]
    [InlineData("Fares rose 3%, according to figures provided by the Harbour Council on Monday.", "Harbour Council")]
    [InlineData("Fares rose 3%, according to other transport data released by the harbour ministry.", "the harbour ministry")]
    [InlineData("Fares rose 3%, according to data compiled by the Harbour Council.", "Harbour Council")]
    [InlineData("Fares rose 3%, according to a report published by consulting firm Tidewater.", "Tidewater")]
    [InlineData("Capacity rose 3%, according to a March 11 report from the Energy Information Administration.", "Energy Information Administration")]
    [InlineData("Capacity rose 3%, according to a 2019 study by the Energy Information Administration.", "Energy Information Administration")]
    public void According_to_data_names_whoever_released_it(string sentence, string source) =>
        Assert.Equal(source, Extract(sentence).Single().Attribution);

    [Theory]
    [InlineData("Data from the Harbour Council's annual release revealed that fares rose 3%.", "Harbour Council's annual release")]
    [InlineData("Figures from the Harbour Council suggested that fares rose 3%.", "Harbour Council")]
    public void Data_from_a_name_ends_before_the_verb_of_what_it_shows(string sentence, string source) =>
        Assert.Equal(source, Extract(sentence).Single().Attribution);

    [Fact]
    public void Revised_estimates_are_a_noun_not_a_verb_of_saying() =>
        Assert.Equal("the harbour master", Extract("The revised estimates – fares and fees – are put at £4,167 for the ferry, said the harbour master.").Single().Attribution);

    [Fact]
    public void An_adverb_between_commas_before_said_leaves_the_speaker_before_it() =>
        Assert.Equal("The company", Extract("The company, however, said it continues to expect output of around two million tonnes.").Single().Attribution);

    [Fact]
    public void A_qualifier_after_reports_is_no_speaker() =>
        Assert.Equal("ONDA", Extract("ONDA reports more than 25 million passengers passed through its airports in 2019.").Single().Attribution);

    [Fact]
    public void He_said_names_the_person_credited_before()
    {
        var figures = Extract("There were 74 homicides this year, said Inspector Hank Idsinga. Of those, 11 happened in October, he said.");
        Assert.All(figures, f => Assert.Equal("Inspector Hank Idsinga", f.Attribution));
    }

    [Theory]
    [InlineData("There were 74 homicides this year, according to the data. Of those, 11 happened in October, he said.")]
    [InlineData("There were 74 homicides this year. Of those, 11 happened in October, she said.")]
    public void He_said_after_data_or_with_no_one_credited_names_the_pronoun_as_written(string text) =>
        Assert.Equal(text.Contains("she") ? "she" : "he", Extract(text).Single(f => f.Text == "11").Attribution);

    [Fact]
    public void A_name_that_shows_what_a_reported_clause_holds_is_its_source() =>
        Assert.Equal("OPEC", Single("Oil Weekly reported earlier that OPEC showed that Nigeria's crude oil output had risen by 280,700 barrels a day.").Attribution);

    [Theory]
    [InlineData("10,306,293", null)]
    [InlineData("21.1%", "Marrakesh Menara")]
    public void A_name_after_and_with_its_own_verb_speaks_only_for_the_figures_after_it(string figure, string? source) =>
        Assert.Equal(source, FigureOf("Casablanca led the way with 10,306,293 passengers (+5.9% year-on-year) and Marrakesh Menara reported growth of +21.1%.", figure).Attribution);

    [Fact]
    public void Up_to_date_statistics_name_no_one() =>
        Assert.Null(Single("The most up-to-date statistics also show that 22,506 patients waited in March.").Attribution);

    [Fact]
    public void A_body_that_cuts_its_forecast_is_named_without_its_verb() =>
        Assert.Equal("The council", FigureOf("The council cut its forecast for wheat production by 1 million tonnes to 78 million tonnes.", "78 million tonnes").Attribution);

    [Theory]
    [InlineData("The market is forecast to slow to 2.018 million units by the end of the year.", "2.018 million")]
    [InlineData("The full year forecast suggests registrations will finish at around two million.", "around two million")]
    public void A_passive_forecast_or_a_forecast_as_a_noun_names_no_one_who_expects(string sentence, string figure) =>
        Assert.Null(FigureOf(sentence, figure).Attribution);

    [Fact]
    public void Figures_from_a_time_name_no_source_and_statistics_that_indicate_name_their_report() =>
        Assert.Equal("FBI's Semiannual Uniform Crime Report", Single("Statistics released in the FBI's Semiannual Uniform Crime Report indicate that "
            + "violent crimes reported in the first six months of 2012 increased 1.9% when compared with figures from the first six months of 2011.").Attribution);

    [Theory]
    [InlineData("In the northwest, which includes the grain bowl states where the shortfall was largest, the deficit has fallen to 13%.", null)]
    [InlineData("Small firms are active AI users, the report states, noting that 254,000 new firms were set up.", "the report")]
    public void States_before_where_or_with_is_a_noun_and_before_a_comma_a_verb(string sentence, string? source) =>
        Assert.Equal(source, FigureOf(sentence, sentence.Contains("13%") ? "13%" : "254,000").Attribution);

    [Fact]
    public void It_and_the_group_name_the_company_an_earlier_sentence_opened_with()
    {
        var figures = Extract("Denmark's Carlsberg beat forecasts with a 12% jump in profit. The Danish brewing group raised its outlook, "
            + "saying it expected volume growth of 3-5%. Prices were set to rise 2 percent, it said.");
        Assert.Null(figures[0].Attribution);
        Assert.All(figures.Skip(1), f => Assert.Equal("Carlsberg", f.Attribution));
    }

    [Fact]
    public void It_said_with_no_named_subject_before_names_the_institution_credited_last()
    {
        var figures = Extract("Tourist numbers surged to nearly 1.1 billion in 2013, the World Tourism Organisation says. "
            + "That figure is expected to grow by 4 per cent in 2014, the organisation said. "
            + "In the Asia-Pacific, numbers were up by six per cent to 248 million, it said.");
        Assert.Equal(["World Tourism Organisation", "the organisation", "World Tourism Organisation", "World Tourism Organisation"],
            figures.Select(f => f.Attribution));
    }

    [Fact]
    public void It_said_after_a_sentence_of_the_source_names_the_source_not_the_opening_phrase()
    {
        var figures = Extract("Tourist numbers reached 1.1 billion, the World Tourism Organisation said. "
            + "In a statement it said Asian arrivals rose 6 per cent. In its report the organisation said European arrivals rose 3 per cent.");
        Assert.Equal(["World Tourism Organisation", "World Tourism Organisation", "the organisation"], figures.Select(f => f.Attribution));
    }

    [Fact]
    public void It_said_after_a_body_named_by_its_kind_names_the_body_not_the_subject_before()
    {
        var figures = Extract("Brazil's coffee exports rose 4 percent in June, according to the International Coffee Organization. "
            + "The country had shipped 2.9 million bags a year earlier, the coffee body said. "
            + "World exports fell 1.2 percent in June, it said.");
        Assert.Equal("International Coffee Organization", figures.Single(f => f.Text == "1.2 percent").Attribution);
    }

    [Theory]
    [InlineData("In another sign that demand is picking up, Norvik Rail said bookings were up 9 percent.")]
    [InlineData("As a sign that demand is picking up, Norvik Rail said bookings were up 9 percent.")]
    public void A_that_clause_after_an_opening_preposition_is_no_relative_clause_of_the_speaker(string sentence) =>
        Assert.Equal("Norvik Rail", Extract(sentence).Single().Attribution);

    [Fact]
    public void It_added_after_a_quote_names_the_institution_that_spoke_before_the_subject_named_since()
    {
        var figures = Extract("On a monthly basis, CPI in October rose 0.4%. \"The food index increased 0.6% in October,\" the Labor Department said. "
            + "\"The gasoline index rose 4.0% over the month,\" it added.");
        Assert.Equal("Labor Department", figures.Single(f => f.Text == "4.0%").Attribution);
    }

    [Fact]
    public void It_said_names_no_person_credited_before() =>
        Assert.Null(Extract("Tourist numbers reached 1.1 billion, said Mike Penning. Arrivals were up by six per cent, it said.")[1].Attribution);

    [Fact]
    public void A_company_stating_its_own_expectation_is_the_source()
    {
        Assert.Equal("Heineken", Single("Heineken expects organic sales growth of 4 percent this year.").Attribution);
        Assert.Equal("Heineken", Single("Heineken reiterated its forecast for profit to rise more than 5% this year.").Attribution);
        Assert.Equal("Chile's government", Single("Chile's government recently lowered its 2024 wine export expectations to 800 million litres.").Attribution);
    }

    [Theory]
    [InlineData("Economists polled by Bloomberg had forecast orders rising 2.1 percent.", "2.1 percent", "Economists polled by Bloomberg")]
    [InlineData("the port authority is predicting a deficit of $40 million next year.", "$40 million", "the port authority")]
    [InlineData("For the next financial year, from April 2026, the port authority is predicting a deficit of $40 million.", "$40 million",
        "the port authority")] // the phrases that open the sentence are not its subject
    [InlineData("The strong results and forecast sent ferry shares soaring to $141.30.", "$141.30", null)] // a noun after "and", no verb
    [InlineData("The production forecast for white maize is 6,880 million tonnes.", "6,880 million tonnes", null)] // a noun before its preposition
    [InlineData("Texton fell 4.73%, after the property fund said on Thursday that its earnings grew 107.5%.", "107.5%", "the property fund")]
    [InlineData("Texton fell 4.73%, after the property fund said on Thursday that its earnings grew 107.5%.", "4.73%", null)] // why it fell
    [InlineData("Ferry shares plunged 5.4% after the country's biggest ferry line by market value said profit dropped 61%.", "5.4%", null)]
    [InlineData("Analysts expect ferry revenue of $5 billion.", "$5 billion", "Analysts")] // the plain form of a plural's verb
    [InlineData("Even with the new fleet, experts had been estimating ferry traffic to grow by 7.5 per cent.", "7.5 per cent", "experts")]
    [InlineData("Ferry income reached 8.79 billion reais, while analysts polled by Refinitiv expected 8.98 billion reais.", "8.98 billion reais",
        "analysts polled by Refinitiv")] // forecasters opening a later clause
    [InlineData("Ferry income reached 8.79 billion reais, while analysts polled by Refinitiv expected 8.98 billion reais.", "8.79 billion reais",
        null)] // their clause comes after the figure
    [InlineData("Ferry cases soared to 733, said Dr. David Lakey, commissioner of the department.", "733", "Dr. David Lakey")]
    [InlineData("Harbourline reported an increase of 2.1 per cent, while Tidewater said fares rose by 1.2 per cent.", "1.2 per cent", "Tidewater")]
    [InlineData("A total of 1,590 cases were counted, the highest toll reported since 1999, health officials said.", "1,590", "health officials")]
    [InlineData("For 2017, panelists expect ferry exports to grow 4.8%.", "4.8%", "panelists")] // forecasters named by what they do
    [InlineData("OSLO — The Norwegian Directorate of Fisheries (NDF) forecast a cod catch of 300,000 tonnes.", "300,000 tonnes",
        "The Norwegian Directorate of Fisheries (NDF)")]
    [InlineData("Ticket sales were £8m, short of the £9m expected by analysts.", "£9m", "analysts")]
    [InlineData("Ticket sales were £8m, short of the £9m expected by analysts.", "£8m", null)] // the estimate is theirs, not the result
    [InlineData("Figures from the Office for Rail and Road show delays fell 4 percent.", "4 percent", "Office for Rail and Road")]
    [InlineData("Wardens also said 40 nests were found on the cliffs.", "40", "Wardens")] // the adverb is not the speaker's
    public void Forecasters_who_open_the_sentence_expect_and_estimates_name_who_made_them(string text, string figure, string? source)
    {
        Assert.Equal(source, FigureOf(text, figure).Attribution);
    }

    [Fact]
    public void A_quotation_left_open_goes_on_in_the_speakers_words_in_the_next_paragraph()
    {
        var figures = Extract("Ana Ruiz, the city's mayor, said: “Ridership is back at 2 million a day.\n\n"
            + "“Fares fell 5 percent while trips rose 8 percent.”\n\nBus sales rose 3 percent.");
        Assert.Equal(new string?[] { "Ana Ruiz, the city's mayor", "Ana Ruiz, the city's mayor", "Ana Ruiz, the city's mayor", null },
            figures.Select(f => f.Attribution));
    }

    [Fact]
    public void A_quotation_opened_after_said_and_a_colon_is_the_speakers_to_its_close_in_the_paragraph()
    {
        var figures = Extract("Ana Ruiz, the city's mayor, said: “Ridership is back. Fares fell 5 percent while trips rose 8 percent.” "
            + "Bus sales rose 3 percent.");
        Assert.Equal(new string?[] { "Ana Ruiz, the city's mayor", "Ana Ruiz, the city's mayor", null }, figures.Select(f => f.Attribution));
    }

    [Fact]
    public void A_quotation_right_after_a_credited_one_in_the_paragraph_has_its_speaker()
    {
        var figures = Extract("\"Ridership is back,\" said Ana Ruiz. \"Fares fell 5 percent.\"\n\n\"Trips rose 8 percent.\"");
        Assert.Equal(new string?[] { "Ana Ruiz", null }, figures.Select(f => f.Attribution));
    }

    [Fact]
    public void A_quotation_of_several_sentences_is_spoken_by_whoever_is_named_after_it_closes()
    {
        var figures = Extract("Ferry traffic rose 4 percent, according to the Harbour Board. \"Sixty boats now sail daily. "
            + "Last year 48 did. Fares are flat at $12,\" said Ana Ruiz. Cargo fell 2 percent.");
        Assert.Equal(new string?[] { "Harbour Board", "Ana Ruiz", "Ana Ruiz", "Ana Ruiz", null },
            figures.Select(f => f.Attribution));
    }

    [Fact]
    public void Said_a_statement_by_a_body_names_the_body() =>
        Assert.Equal("Ministry of Trade", Single("Exports rose 3 percent, said a statement by the Ministry of Trade.").Attribution);

    [Theory]
    [InlineData("The recently released \"Harbour Traffic Report\" states that ferry trips reached 230 million.", "Harbour Traffic Report")]
    [InlineData("\"Trips reached 230 million in Europe\" said Ana Ruiz.", "Ana Ruiz")]
    public void A_quoted_title_before_its_verb_speaks_but_a_quotation_does_not(string sentence, string source) =>
        Assert.Equal(source, Single(sentence).Attribution);

    [Fact]
    public void Vs_with_a_full_stop_ends_no_sentence_so_the_source_after_it_reaches_both_figures()
    {
        var figures = Extract("Bus trips grew faster than car trips (1.3% vs.\n0.1%), according to the Transit Board.");
        Assert.Equal(new[] { "Transit Board", "Transit Board" }, figures.Select(f => f.Attribution));
    }

    [Fact]
    public void Whoever_counted_a_figure_is_its_source() =>
        Assert.Equal(new[] { "The Harbour Board", "The Harbour Board" },
            Extract("The Harbour Board counted 471 boats in the bay, with 252 moored.").Select(f => f.Attribution));

    [Theory]
    [InlineData("The bakery earned $1.89 per share, easily beating Wall Street's $1.70 per share estimate.", "$1.70", "Wall Street")]
    [InlineData("Growth beat Nomura's forecast of 4% last year.", "4%", "Nomura")]
    [InlineData("Fares rose 0.40 percent, below the median forecast of 0.52 percent in a Reuters poll.", "0.52 percent", "Reuters poll")]
    [InlineData("The bakery earned 51 cents a share, which beat analysts' consensus estimate of 48 cents a share.", "48 cents", "analysts")]
    public void A_name_that_owns_the_estimate_a_figure_sizes_or_the_poll_after_it_is_its_source(string sentence, string figure, string source) =>
        Assert.Equal(source, FigureOf(sentence, figure).Attribution);

    [Theory]
    [InlineData("Ferry bookings rose 4 percent, the SMMT added.", "SMMT")]
    [InlineData("Ferry bookings rose 4 percent, the agency added.", "the agency")]
    [InlineData("Ferry bookings rose 4 percent, it added.", null)] // a pronoun with nothing before it to stand for
    public void Added_at_the_end_names_its_speaker_even_with_none_credited_before(string sentence, string? source) =>
        Assert.Equal(source, Single(sentence).Attribution);

    [Fact]
    public void A_figure_right_after_reported_is_its_object_and_the_name_before_the_relative_clause_reports_it()
    {
        var figures = Extract("North Ferries and South Ferries, which merged last year, reported a profit of $653 million.");
        Assert.Equal("North Ferries and South Ferries", Assert.Single(figures).Attribution);
    }

    [Theory]
    [InlineData("Statistics by the Harbour Board (HB) reveal that ferries carried 5.8 million passengers.", "Harbour Board (HB)")]
    [InlineData("The council was criticised, as figures reveal 90 ferries were cancelled in August.", null)]
    public void A_source_noun_by_a_name_reveals_and_bare_figures_name_no_one(string sentence, string? source)
    {
        var figure = Single(sentence);
        Assert.Equal(source is null ? null : "Statistics by the " + source, figure.Attribution);
    }

    [Fact]
    public void The_name_before_a_relative_aside_says_what_follows_its_verb()
    {
        var figure = Single("A monthly report from the Harbour Board, which goes to its members on Friday, said ferry traffic in May sat at 61 per cent of its 2019 level.");
        Assert.Equal(("A monthly report from the Harbour Board", "ferry traffic in May share of its 2019 level"), (figure.Attribution, figure.Metric));
    }

    [Fact]
    public void A_plural_before_an_auxiliary_is_a_noun_not_a_verb_of_saying() =>
        Assert.Null(Single("But in 2003 when the city submitted its bid, the cost estimates had jumped to Rs 1,895.3 crore.").Attribution);

    [Fact]
    public void An_abbreviation_before_of_and_the_figure_is_the_object_of_reported_not_a_speaker() =>
        Assert.Null(Single("The Cadia mine, which also produces copper, reported AISC of $158/oz.").Attribution);

    [Theory]
    [InlineData("The Harbour Board announced on Friday that ferry trips rose 11.76%.", "11.76%", "The Harbour Board")]
    [InlineData("Harbourline has announced a Sh35.7 billion net profit for the half.", "Sh35.7 billion", "Harbourline")]
    [InlineData("Ana Ruiz revealed that ferry use has been on a steady climb, with a 12.4% growth in riders.", "12.4%", "Ana Ruiz")]
    [InlineData("The Harbour Board confirmed that ferry trips fell by 3% in 2019.", "3%", "The Harbour Board")]
    [InlineData("The Society of Ferry Operators has now officially revealed that ferry trips fell by 21.2% in September.", "21.2%",
        "The Society of Ferry Operators")] // past a run of adverbs and the auxiliary
    public void Whoever_announces_or_reveals_that_or_announces_a_figure_is_its_source(string sentence, string figure, string source) =>
        Assert.Equal(source, FigureOf(sentence, figure).Attribution);

    [Theory]
    [InlineData("The data – released today by the Harbour Statistics Office (HSO) – showed that ferry trips were 82,000 higher.")]
    [InlineData("The data, released on Friday by the Harbour Statistics Office (HSO), showed that ferry trips were 82,000 higher.")]
    public void Data_set_off_by_dashes_or_commas_with_who_released_it_names_them(string sentence) =>
        Assert.Equal("the Harbour Statistics Office (HSO)", Single(sentence).Attribution);

    [Fact]
    public void A_participle_after_an_ing_verb_is_no_verb_of_saying()
    {
        var figure = FigureOf("Ana Ruiz, a director at the board, said: \"Busy routes are driving estimated ferry income to £2.5 billion.\"", "£2.5 billion");
        Assert.Equal("Ana Ruiz, a director at the board", figure.Attribution);
    }

    [Fact]
    public void A_verb_of_saying_after_and_names_no_one_from_the_words_before_it() =>
        Assert.Null(Single("The Minister for Harbours, Ana Ruiz has written to board chairs setting out her thanks, with 96 per cent of routes "
            + "now full, but has emphasised “disappointment” that targets were missed and said that “more needs to be done.”").Attribution);

    [Fact]
    public void A_figure_that_opens_the_sentence_is_no_one_who_wrote() =>
        Assert.Null(Single("About seven percent of all ferry pilots wrote their exams in the province.").Attribution);

    [Fact]
    public void Member_states_say_nothing() =>
        Assert.Null(Single("The harbour union has called on its member states to cut ferry fuel use by 15% over the winter.").Attribution);

    [Fact]
    public void A_quotation_closed_with_no_speaker_after_it_credits_no_one()
    {
        var figures = Extract("Ferry traffic rose 4 percent. \"Sixty boats now sail daily. Last year 48 did.\" Fares are flat at $12.");
        Assert.Equal(new string?[] { null, null, null, null }, figures.Select(f => f.Attribution));
    }

    [Fact]
    public void New_figures_name_no_source_but_official_ones_do()
    {
        Assert.Null(Single("New figures show the number of visitors has risen above five million.").Attribution);
        Assert.Equal("official figures", Single("Visitors rose 4 percent, official figures show.").Attribution);
        Assert.Equal("government data", Single("Recent government data indicated that farmers shipped 133,209 tonnes of cocoa.").Attribution);
    }

    [Fact]
    public void A_cue_after_its_figures_does_not_reach_a_phrase_after_it_nor_a_speaker_figures_before_a_semicolon()
    {
        var fares = Extract("Fares have fallen to an average of $3, according to the transit agency, a drop from a historic $5 a ticket in June.");
        Assert.Equal(new string?[] { "the transit agency", null }, fares.Select(f => f.Attribution));
        var plants = Extract("Plant A reached 300 megawatts; the agency reports 12 more plants.");
        Assert.Equal(new string?[] { null, "the agency" }, plants.Select(f => f.Attribution));
    }

    [Fact]
    public void Places_that_reported_gains_had_them_and_state_nothing()
    {
        Assert.Null(Single("Lyon, Lille and Nantes reported the biggest gains in visitors, with all three cities seeing double-digit increases.").Attribution);
        Assert.Equal("Farm co-operatives", Single("Farm co-operatives reported a loss of 8 million euros.").Attribution);
    }

    [Fact]
    public void A_capitalized_States_is_part_of_a_source_name()
    {
        var figure = Extract("According to the United States Energy Information Administration (EIA), ferry fuel prices rose 14% in 2018.")
            .Single(f => f.Text == "14%");
        Assert.Equal("United States Energy Information Administration", figure.Attribution);
    }

    [Fact]
    public void An_estimate_of_a_figure_and_a_passive_name_no_source_before_them()
    {
        var figures = Extract("Quarterly ferry profit was €292m, compared with an average estimate of €275m expected by analysts.");
        Assert.Null(figures.Single(f => f.Text == "€292m").Attribution);
        Assert.Equal("analysts", figures.Single(f => f.Text == "€275m").Attribution);
    }

    [Theory]
    // a speaker in a later clause after ", and" or ", but" speaks of what follows
    [InlineData("Ferries carried 66 percent of the freight, and the agency predicted that share would rise to 90 percent by 2030.", "66 percent", null)]
    [InlineData("Ferries carried 66 percent of the freight, and the agency predicted that share would rise to 90 percent by 2030.", "90 percent", "the agency")]
    [InlineData("Fares rose 4 percent in May, but officials say they may fall.", "4 percent", null)]
    // a relative clause after the speaker describes it
    [InlineData("Ferry traffic grew 8 percent, said the ACI, which collects data for over 2,300 ports.", "over 2,300", null)]
    [InlineData("Ferry traffic grew 8 percent, said the ACI, which collects data for over 2,300 ports.", "8 percent", "ACI")]
    public void A_speaker_speaks_for_the_figures_of_its_own_clause(string sentence, string figure, string? source) =>
        Assert.Equal(source, FigureOf(sentence, figure).Attribution);

    [Fact]
    public void A_name_after_according_to_ends_where_the_reported_clause_begins() =>
        Assert.All(Extract("According to figures from market researcher Kantar Worldpanel the grocer's sales rose 4.7 per cent."),
            f => Assert.Equal("Kantar Worldpanel", f.Attribution));

    [Theory]
    [InlineData("Cider sales fell by 1.4% in May, the Office for National Statistics (ONS) said.", "Office for National Statistics")]
    [InlineData("Cider prices rose 0.2 percent in May the Bureau of Labor Statistics reported today.", "Bureau of Labor Statistics")]
    [InlineData("Orchard planting rose 0.9% in August, the Department of Agriculture estimated Wednesday.", "Department of Agriculture")]
    [InlineData("The orchard's yield was reported at 1.09 tonnes.", null)]
    public void A_speaker_after_its_figures_keeps_its_abbreviation_and_a_passive_names_no_one(string sentence, string? source) =>
        Assert.Equal(source, Extract(sentence).Single().Attribution);

    [Fact]
    public void An_adverb_after_a_speakers_bracketed_abbreviation_is_not_the_speaker() =>
        Assert.Equal("The National Institute of Statistics", Extract("The National Institute of Statistics (INEI) recently reported that cider "
            + "prices rose 1.69% in June.").Single().Attribution);

    [Fact]
    public void A_verb_of_saying_after_a_possessive_is_an_adjective() =>
        Assert.All(Extract("Steel output was 7 million tonnes, with Norway’s estimated output at 5.8 million tonnes."), f => Assert.Null(f.Attribution));

    [Fact]
    public void A_pronoun_with_its_verb_in_one_word_names_no_speaker() =>
        Assert.Null(Extract("At the very least, I’d say it still has about $100 million left in the tank.").Single().Attribution);

    [Fact]
    public void A_figure_counting_the_speakers_is_not_what_they_say()
    {
        var figures = Extract("Two analysts said ferry sales rose 5%.");
        Assert.Equal(((string?)null, "Two analysts"), (figures.Single(f => f.Text == "Two").Attribution, figures.Single(f => f.Text == "5%").Attribution));
    }

    [Fact]
    public void A_speaker_written_in_lower_case_before_its_abbreviation_is_named() =>
        Assert.Equal("The U.S. geological survey", Single("The U.S. geological survey (USGS) estimates lithium production increased 12% last year.").Attribution);

    [Fact]
    public void Latest_estimates_after_a_preposition_name_no_one() =>
        Assert.All(Extract("As per latest estimates, sugar output will be 5 per cent lower this year."), f => Assert.Null(f.Attribution));

    [Fact]
    public void An_abbreviation_with_a_small_letter_still_closes_the_speakers_name() =>
        Assert.Equal("The Department for Transport", Single("The Department for Transport (DfT) said fares increased by 1.7% in the year to March.").Attribution);

    [Fact]
    public void An_estimate_after_the_and_a_noun_is_a_noun_with_no_speaker() =>
        Assert.Null(Extract("Core CPI rose 5.7% in December, also coming in line with the market estimate.").Single().Attribution);

    [Theory]
    [InlineData("The bank raised its key rate by 35 basis points, says inflation still bites.", "35 basis points", null)]
    [InlineData("Prices rose 5% in May, said analysts.", "5%", "analysts")]
    public void After_its_verb_a_speaker_opens_with_a_capital_an_article_or_a_plural(string sentence, string figure, string? source) =>
        Assert.Equal(source, FigureOf(sentence, figure).Attribution);

    [Theory]
    [InlineData("Northwind Corp. said its quarterly income rose 16 percent.", "16 percent", "Northwind Corp")]
    [InlineData("The report from the Ferry Commission found that 73% of adults sailed.", "73%", "report from the Ferry Commission")]
    [InlineData("The survey revealed 59% of adults bought tickets in 2010.", "59%", "survey")]
    [InlineData("Donations dropped by a fifth last year, a study has found.", "a fifth", "study")]
    public void A_source_noun_that_finds_or_reveals_and_a_name_with_an_abbreviation_speak(string sentence, string figure, string source) =>
        Assert.Equal(source, FigureOf(sentence, figure).Attribution);

    [Theory]
    [InlineData("The report, issued by the Harbour Data Office, revealed that the adoption rate exceeded 42 percent.", "exceeded 42 percent",
        "the Harbour Data Office")] // who issued it
    [InlineData("The Ferry Travel survey, which interviewed 7,000 adults in Kent, Essex and Sussex, also suggests a rise to 0.9%.", "0.9%",
        "Ferry Travel survey")] // an aside with commas of its own
    [InlineData("The Ferry Travel survey, which interviewed 7,000 adults in Kent, Essex and Sussex, also suggests a rise to 0.9%.", "7,000",
        null)] // a figure inside the aside tells of the source
    [InlineData("A 2022 report on ferry staff in Kent by the Institute of Marine Labour Studies (IMLS) showed a pool of 9,500 people.", "9,500",
        "report on ferry staff in Kent by the Institute of Marine Labour Studies (IMLS)")] // what it is about before "by"
    public void A_source_noun_speaks_across_an_aside_and_what_it_is_about(string sentence, string figure, string? source) =>
        Assert.Equal(source, FigureOf(sentence, figure).Attribution);

    [Theory]
    [InlineData("The state ended its fiscal year with a deficit of $1.7 trillion, the Treasury Department announced Friday.", "Treasury Department")]
    [InlineData("The Treasury Department announced plans to borrow $1.7 trillion.", null)]
    public void Announced_after_the_clause_it_reports_names_its_speaker(string sentence, string? source) =>
        Assert.Equal(source, FigureOf(sentence, "$1.7 trillion").Attribution);

    [Fact]
    public void A_rank_and_abbreviations_stay_in_the_speakers_name() =>
        Assert.Equal("The No. 1 U.S. carmaker", FigureOf("The No. 1 U.S. carmaker said Wednesday it made a profit of $1.7 billion.", "$1.7 billion").Attribution);

    [Fact]
    public void Estimated_at_values_a_thing_and_names_no_one() =>
        Assert.Null(FigureOf("Ferry operators exceeded 600, with the core ferry industry estimated at more than 12 billion yuan.", "more than 12 billion yuan").Attribution);

    [Theory]
    [InlineData("The tally represents a 30% rise on the 460 recorded by the Nurses Organisation on February 1.", "460", "Nurses Organisation")]
    [InlineData("The composite freight index, assessed by Seabridge for the year to date, is US$9477 per container.", "US$9477", "Seabridge")]
    [InlineData("Sales, hit by strikes, fell 5 per cent.", "5 per cent", null)]
    public void Whoever_recorded_a_figure_or_assessed_its_subject_is_its_source(string sentence, string figure, string? source) =>
        Assert.Equal(source, FigureOf(sentence, figure).Attribution);

    [Theory]
    [InlineData("Traffic rose 6.4 percent, according to data published on Friday by an association of airports.", "an association of airports")]
    [InlineData("Traffic rose 6.4 percent, according to a report released on Monday by the Airports Council.", "Airports Council")]
    [InlineData("As per the ministry, traffic rose 6.4 percent.", "the ministry")]
    public void Who_published_the_data_on_a_day_or_as_per_is_the_source(string sentence, string source) =>
        Assert.Equal(source, FigureOf(sentence, "6.4 percent").Attribution);

    [Fact]
    public void Highlighted_reports_what_its_subject_found() =>
        Assert.Equal("Kantar", FigureOf("Kantar also highlighted a strong performance from Aldi, whose sales rose 27.3 per cent.", "27.3 per cent").Attribution);

    [Theory]
    [InlineData("The council which covers entries from England, Wales and Northern Ireland said 27.2% of entries got an A.", "27.2%", "The council")]
    [InlineData("The agency which has 5,000 staff in England and Wales said exports rose 5%.", "5,000", null)]
    [InlineData("The chain, which has 300 stores, said sales rose.", "300", null)]
    [InlineData("Bakeries that cut prices reported sales of £5m.", "£5m", "Bakeries")]
    public void A_relative_clause_between_a_speaker_and_its_verb_is_not_the_speaker(string sentence, string figure, string? source) =>
        Assert.Equal(source, FigureOf(sentence, figure).Attribution);

    [Fact]
    public void An_according_to_aside_between_subject_and_verb_speaks_for_the_clause() =>
        Assert.Equal("Thomson Reuters", FigureOf("Analysts, according to Thomson Reuters, had predicted earnings of $10.37 a share.", "$10.37").Attribution);

    [Fact]
    public void Who_polled_or_tracked_the_forecasters_ends_the_name() =>
        Assert.Equal("Reuters Estimates", FigureOf("Revenue rose 39 percent, according to analysts tracked by Reuters Estimates.", "39 percent").Attribution);

    [Theory]
    [InlineData("Northwind Telecom, the country's second-largest carrier, on Monday reported a 12.5% increase in quarterly revenue.", "Northwind Telecom", "Northwind Telecom quarterly revenue")]
    [InlineData("Consumer prices rose 4.2% per year, reported this Tuesday the National Statistics Office.", "National Statistics Office", "Consumer prices")]
    public void The_day_of_saying_names_no_one_before_or_after_its_verb(string sentence, string source, string metric) =>
        Assert.Equal((source, metric), Single(sentence) is var figure ? (figure.Attribution, figure.Metric) : default);

    [Theory]
    [InlineData("Among the largest markets, Houston, Texas, reported the largest increases in occupancy (+42.9%).")]
    [InlineData("Sales were mixed, and Houston, Texas, reported the biggest gain in occupancy (+42.9%).")]
    [InlineData("Since 1980, Sierra Brewing, the No. 2 craft brewer, reported a decline (42.9%).")]
    [InlineData("Tampa, Florida, reported the only other double-digit increases in occupancy (+42.9%).")]
    public void A_superlative_reported_is_had_not_said(string sentence) =>
        Assert.Null(FigureOf(sentence, "42.9%").Attribution);

    [Fact]
    public void A_participle_after_the_name_of_a_source_opens_what_it_shows() =>
        Assert.Equal("Stats NZ", FigureOf("The economy grew, with figures from Stats NZ revealing it grew 0.9%.", "0.9%").Attribution);

    [Fact]
    public void It_after_an_abbreviated_body_credits_that_body() =>
        Assert.Equal("MPOB", FigureOf("Malaysia's palm oil stocks fell 10.55 per cent, says the Malaysian Palm Oil Board (MPOB). "
            + "Later the MPOB said crude palm oil stocks shrank 15.42 per cent. Processed palm oil stocks went down by 4.81 per cent, it noted.", "4.81 per cent").Attribution);

    [Fact]
    public void The_day_after_an_inverted_speaker_is_no_part_of_its_name() =>
        Assert.Equal("IDC", FigureOf("Vendors shipped 403.5 million units in Q4, a 6.3 percent decline, said IDC Thursday.", "6.3 percent").Attribution);

    [Fact]
    public void The_originally_reported_figure_names_no_speaker() =>
        Assert.Null(FigureOf("The index rose 1.9% in July after decreasing 0.5% in June, which was revised from the originally reported 0.4%.", "1.9%").Attribution);
    [Theory]
    [InlineData("Collections total $31.8 billion, which is $813.3 million, or 2.6 percent, above estimate.", "$813.3 million")]
    [InlineData("Collections total $31.8 billion, which is $82.8 million, or 0.6 percent, below estimate.", "0.6 percent")]
    public void What_a_figure_is_measured_against_names_no_one(string sentence, string figure) =>
        Assert.Null(Extract(sentence).Single(f => f.Text == figure).Attribution);
    [Theory]
    [InlineData("Bloomberg had earlier stated that the cedi lost 40.05% in value.")]
    [InlineData("Bloomberg had also stated that the cedi lost 40.05% in value.")]
    public void An_adverb_in_the_verb_group_is_no_part_of_the_speaker(string sentence) =>
        Assert.Equal("Bloomberg", Extract(sentence).Single().Attribution);
    [Theory]
    [InlineData("Real GDP grew 1.3 percent, according to the third estimate from the Bureau of Economic Analysis.", "Bureau of Economic Analysis")]
    [InlineData("Computing power will grow by more than 30 percent, according to a plan released by the ministries.", "a plan released")]
    [InlineData("Real GDP grew 2.3 percent, according to the department's first estimate for the quarter.", "the department's first estimate")]
    public void A_saying_word_after_an_article_is_part_of_the_source_named_after_according_to(string sentence, string source) =>
        Assert.EndsWith(source, Extract(sentence).Single().Attribution);

    [Theory]
    [InlineData("The forecast was based on ABARES forecast for wheat planted area at 13,677,000 hectares.", "13,677,000 hectares", "ABARES")]
    [InlineData("The plan relies on ONS data showing 1.2 million vacancies.", "1.2 million", "ONS")]
    [InlineData("Based on IMF forecasts, growth will reach 3% next year.", "3%", "IMF")]
    public void A_sentence_based_on_a_names_forecast_or_data_credits_the_name(string sentence, string figure, string source) =>
        Assert.Equal(source, FigureOf(sentence, figure).Attribution);

    [Theory]
    [InlineData("Car sales according to the VFACTS industry database grew 12.3 per cent in September.", "12.3 per cent", "VFACTS industry database")]
    [InlineData("Rooftop solar has risen by 32.2 gigawatts since 2014, according to new estimates from the US Energy Information Administration.",
        "32.2 gigawatts", "US Energy Information Administration")]
    public void An_according_to_name_ends_at_a_verb_of_change_and_estimates_from_name_their_maker(string sentence, string figure, string source) =>
        Assert.Equal(source, FigureOf(sentence, figure).Attribution);

    [Fact]
    public void It_said_stands_for_a_body_named_by_its_kind_not_a_month_or_an_origin_opening_a_subject()
    {
        var figures = Extract("The federal agency said output rose 2% in January. Canadian production of crude oil was down 5.8 per cent, it said.");
        Assert.Equal("The federal agency", figures.Single(f => f.Text == "5.8 per cent").Attribution);
        Assert.Null(FigureOf("In the month, January production of the oil sands fell. Output was down 5.8 per cent, it said.", "5.8 per cent").Attribution);
    }

    [Theory]
    [InlineData("Frozen shrimp stayed the main export, the Marine Exports Authority (MEA) said in a release. "
        + "Exports rose 12 percent to $3 billion, it said.", "Marine Exports Authority")]
    [InlineData("Chief economist Ana Ruiz said the market was weak. Prices fell 3 percent in May, she said.", "Chief economist Ana Ruiz")]
    [InlineData("Grain prices rose. Farm group director Ken Bowler agreed. \"We could see urea up to 300 euros,\" he added.", "Farm group director Ken Bowler")]
    public void A_pronoun_speaker_stands_for_who_a_sentence_without_figures_credited(string text, string source) =>
        Assert.Equal(source, Extract(text).Last().Attribution);

    [Fact]
    public void A_title_ending_in_ing_goes_on_to_the_person() =>
        Assert.Equal("Yara UK managing director Tove Andersen",
            Single("Prices could reach 300 euros by Christmas, said Yara UK managing director Tove Andersen.").Attribution);

    [Theory]
    [InlineData("According to the Harbour Board data the number of homes sold rose by 6.1%.", "6.1%", "Harbour Board data")]
    [InlineData("According to Minister Ahmad Johor recorded the highest number of cases with 6,057 cases.", "6,057", "Minister Ahmad Johor")]
    [InlineData("Data from exporters obtained by Reuters showed 15,228 tonnes of beans arrived.", "15,228 tonnes", "exporters")]
    [InlineData("According to economists polled by Reuters, prices will rise 2%.", "2%", "Reuters")]
    public void A_source_name_ends_where_the_reported_clause_or_the_datas_agent_begins(string sentence, string figure, string source) =>
        Assert.Equal(source, FigureOf(sentence, figure).Attribution);

    [Theory]
    [InlineData("The rural starts monthly SAAR estimate was 22,029 units.")]
    [InlineData("The ABARES forecast is 25.4 million tonnes.")]
    public void An_estimate_or_forecast_before_its_verb_is_a_noun_not_a_speaker(string sentence) =>
        Assert.Null(Single(sentence).Attribution);
}
