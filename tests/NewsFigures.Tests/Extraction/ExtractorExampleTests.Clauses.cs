namespace NewsFigures.Tests.Extraction;

/// <summary>
/// Fifth day: what a figure's clause says of it when the clause is not the sentence's first. A second clause after "and"
/// or "while" has its own subject; an adverb opening the sentence frames it and names nothing; a participle after a
/// counted noun qualifies it; "the company's" stands for the company named before; and a percent before a noun sizes it.
/// </summary>
public sealed partial class ExtractorExampleTests
{
    [Theory]
    [InlineData("Rural lending rose 12.7 percent and business lending gained 9.4 percent.", "9.4 percent", "business lending")]
    [InlineData("Freight volumes fell 3 percent while passenger numbers grew 6 percent.", "6 percent", "passenger numbers")]
    // an adverb may stand between that subject and its verb
    [InlineData("Loans grew 31 percent while investments in securities also grew from K6.1 billion to K9.4 billion.", "K6.1 billion", "investments in securities")]
    [InlineData("Systemwide capacity was up 2.8 percent and international was up 3.0 percent.", "3.0 percent", "international")]
    // a qualifier before the figure opens no subject; "indicate" reports a clause
    [InlineData("Approximately 51% of these trips occurred on motor bus.", "Approximately 51%", "share of these trips that occurred on motor bus")]
    [InlineData("Statistics tallied by transit agencies indicate Americans made more than 10.5 billion trips in 2012.", "more than 10.5 billion", "Americans trips")]
    // the "and" of "between April and July" opens no clause
    [InlineData("The number of transactions recorded between April and July was 52,309.", "52,309", "transactions recorded between April and July")]
    // the phrase that names the source holds no subject of the sentence
    [InlineData("According to data compiled by Tidewater, 10 lines alone carried more than 20% of the ferry passengers.", "more than 20%", "share of the ferry passengers")]
    // "told" is a verb, and the end of a range after "of" measures what its start measures
    [InlineData("Harbourline told the markets to expect ferry revenue of $780 million to $820 million.", "$820 million", "Harbourline ferry revenue")]
    // a verb of showing that opens its clause after an aside still reports a clause with its own subject
    [InlineData("The data, published by the harbour board, showed the average crossing fare stood at £16.", "£16", "average crossing fare")]
    // a verb of money shows the reported clause's subject too, even when it reads as a plural noun
    [InlineData("The harbour board said the average crossing now costs £17.", "£17", "average crossing's cost")]
    // (not when the figure opens with its own verb: then "costs" is the subject's noun)
    [InlineData("Weekly ferry costs topped $50 for commuters.", "topped $50", "Weekly ferry costs for commuters")]
    // a figure that is itself the verb shows the reported clause's subject ("said its net income more than tripled")
    [InlineData("Harbourview said its net income more than tripled.", "more than tripled", "net income")]
    [InlineData("Harbourview said net income for the first quarter doubled.", "doubled", "net income for the first quarter")]
    public void A_clause_after_and_or_while_has_its_own_subject(string sentence, string figure, string metric) =>
        Assert.Equal(metric, MetricOf(Extract(sentence), figure));

    [Theory]
    // the list's last item, and an item doing something in -ing, open no clause
    [InlineData("Robots work in mining, farming, and logistics reaching 1,500 sites.", "1,500", "Robots")]
    // a verb right after "and" shares the first clause's subject
    [InlineData("The index rose 44 points and closed at 6,983.5.", "6,983.5", "index")]
    public void And_before_a_list_item_or_a_verb_opens_no_clause(string sentence, string figure, string subjectWord) =>
        Assert.Contains(subjectWord, MetricOf(Extract(sentence), figure));

    [Fact]
    public void An_adverb_opening_the_sentence_names_nothing_and_a_participle_qualifies_the_count()
    {
        var figure = Single("Overall, there were 937 trains cancelled across the Metro network in August.");
        Assert.Equal(("trains cancelled across the Metro network", "train"), (figure.Metric, figure.Unit));
        // "Overall" as an adjective stays in the metric
        Assert.Equal("Overall revenue", MetricOf(Extract("Overall revenue rose 5% to £40m."), "5%"));
        // before an article it opens the sentence without its comma too
        Assert.Equal("ferry crossings", MetricOf(Extract("Overall the number of ferry crossings has increased by 3%."), "3%"));
    }

    [Fact]
    public void The_company_possessive_stands_for_the_company_named_before()
    {
        // "the company" is the latest subject that was a name (Anaphora), as for "The company plans ..."
        var figures = Extract("Norvik Rail earned £52m in June. The company's net orders for the year rose to 41.");
        Assert.Equal("Norvik Rail's net orders for the year", MetricOf(figures, "41"));
    }

    [Fact]
    public void A_percent_before_a_noun_sizes_that_noun()
    {
        var figures = Extract("Nokia led handset sales with 73.2 million shipments and a 24.4 percent market share.");
        Assert.Equal("Nokia market share", MetricOf(figures, "24.4 percent"));
        // a change noun after the percent names the change, which the change rules read
        Assert.DoesNotContain("increase", MetricOf(Extract("The census reflects a 33% increase in the tiger population."), "33%"));
    }

    [Fact]
    public void A_list_item_measures_what_its_heading_says_in_its_label()
    {
        var figures = Extract("The survey found ferry delays were longest on these routes:\n\nOslo — 41 minutes\n\nKiel — 35 minutes\n\n"
            + "Cargo gains were recorded at these ports: • Bergen: 7,000 tonnes • Aarhus (the old harbour): 3,000 tonnes.");
        Assert.Equal(["ferry delays in Oslo", "ferry delays in Kiel", "Cargo gains in Bergen", "Cargo gains in Aarhus (the old harbour)"],
            figures.Where(f => f.Text != "these").Select(f => f.Metric));
        // a figure without a label keeps its own metric
        Assert.Equal("Cargo", MetricOf(Extract("Cargo gains were recorded at these ports: 7,000 tonnes in all."), "7,000 tonnes")[..5]);
    }

    [Theory]
    [InlineData("There was a seven per cent rise in the number of cyclists killed, the report said.", "seven per cent", "cyclists killed")]
    [InlineData("There was a seven per cent rise in the number of ferry crossings.", "seven per cent", "ferry crossings")]
    public void A_change_in_the_number_of_things_changes_the_things(string sentence, string figure, string metric) =>
        Assert.Equal(metric, MetricOf(Extract(sentence), figure));

    // sixth day: a subject's own tail, and subjects that name nothing
    [Theory]
    [InlineData("Although more than half of adults gave to charity, the proportion of people donating to charitable causes in a typical month decreased from 58% to 55%.",
        "55%", "proportion of people donating to charitable causes in a typical month")]
    [InlineData("Companies making chips in the region rose 12% last year.", "12%", "Companies making chips in the region")]
    public void A_participle_and_its_phrase_after_the_subject_run_on_to_the_verb(string sentence, string figure, string metric) =>
        Assert.Equal(metric, MetricOf(Extract(sentence), figure));

    [Fact]
    public void Figures_showing_a_clause_give_it_its_own_subject() =>
        Assert.Equal("employees on company payrolls", MetricOf(Extract(
            "There were signs of a slowdown from separate figures showing the number of employees on company payrolls fell by 9,000 over the quarter."), "9,000"));

    [Fact]
    public void We_names_nothing() =>
        Assert.Equal("leaks on our network", MetricOf(Extract("During 2016, we identified and repaired more than 20,000 leaks on our network."), "more than 20,000"));

    [Theory]
    [InlineData("Hybrid (petrol electric) now stand at 20.11pc, and plug-in electrics at 8.83pc.", "20.11pc", "Hybrid (petrol electric) share")]
    [InlineData("The jobless rate stood at 4.3%.", "4.3%", "jobless rate")]
    [InlineData("The ferry's load factor stood at 84.4 percent.", "84.4 percent", "ferry's load factor")]
    [InlineData("Wind farms supplied 12 percent of demand in Texas.", "12 percent", "Wind farms share of demand in Texas")]
    public void A_share_says_it_is_one_unless_its_metric_does(string sentence, string figure, string metric) =>
        Assert.Equal(metric, MetricOf(Extract(sentence), figure));

    [Fact]
    public void A_market_share_edging_down_is_the_subject_of_its_absolute_clause() =>
        Assert.Equal("market share", MetricOf(Extract("Tesco saw a decline, with market share edging down to 30.7 per cent."), "30.7 per cent"));

    [Theory]
    // "per share" is a noun's rate, not a verb "share"
    [InlineData("Apple reported a 12.2% increase in profits to $7.7 billion, or $1.28 per share.", "$1.28", "profits per share")]
    [InlineData("Earnings per share of 0.26 pence were reported.", "0.26 pence", "Earnings per share")]
    // the phrase a change is "in" ends before the amount it reaches
    [InlineData("Apple reported a 12.2% increase in profits to $7.7 billion, or $1.28 per share.", "12.2%", "profits")]
    [InlineData("Obesity affects a 17% share of US 2 to 19 year olds.", "17%", "Obesity affects share of US 2 to 19 year olds")]
    // a pronoun's figure that a noun of its own owns is that noun's
    [InlineData("In the second quarter, it expects earnings of 94 cents a share on revenue of $3.45 billion.", "$3.45 billion", "revenue")]
    // a participle opening the sentence has no subject; a gerund subject ("Spending on ...") is one
    [InlineData("Excluding a $175.1 million tax benefit, the company earned $564.4 million.", "$175.1 million", "tax benefit")]
    [InlineData("Spending on science programs at NASA would grow by 6.6%.", "6.6%", "Spending on science programs at NASA")]
    public void Per_share_amounts_changes_in_a_measure_and_opening_participles(string sentence, string figure, string metric) =>
        Assert.Equal(metric, MetricOf(Extract(sentence), figure));

    [Fact]
    public void A_change_noun_in_a_phrase_of_an_amount_changes_that_phrase()
    {
        var figures = Extract("The gap reflected an increase in the goods deficit of $9.3 billion and a decrease in the services surplus of $0.8 billion.");
        Assert.Equal(("goods deficit", "services surplus"), (MetricOf(figures, "$9.3 billion"), MetricOf(figures, "$0.8 billion")));
    }

    [Theory]
    [InlineData("The bureau announced today that the goods and services deficit was $63.6 billion.", "$63.6 billion", "goods and services deficit")]
    [InlineData("Officials said Friday that total sales of tickets came in at $10 billion.", "$10 billion", "total sales of tickets")]
    // an adjective of belief after "be" reports its clause as a saying verb does
    [InlineData("He said he was confident that the ferry volume could reach close to 100,000 tons.", "close to 100,000 tons", "ferry volume")]
    // "disclosed" reports a clause with a verb of its own, "that" or not
    [InlineData("The ferry agency also disclosed ticket sales experienced a 7.6% jump.", "7.6%", "ticket sales")]
    public void A_time_word_between_a_saying_verb_and_that_still_reports_a_clause(string sentence, string figure, string metric) =>
        Assert.Equal(metric, MetricOf(Extract(sentence), figure));

    [Theory]
    [InlineData("Prices offset a decrease in the gasoline index, which fell 1.6 percent.", "1.6 percent", "gasoline index")]
    [InlineData("Thefts rose 5,000, driven by a rise in violence against the person, which soared 18% to 175,060 offences.", "18%", "violence against the person")]
    [InlineData("There were rises across all sectors apart from household goods, which fell 1.5%.", "1.5%", "household goods")]
    // a "was" that is "up" or "down" changes too; without the comma, only after a verb that bounds the noun phrase
    [InlineData("Most of the decline was in ferry routes, which were down 16 percent.", "16 percent", "ferry routes")]
    [InlineData("The biggest loser in the month was ferry freight which plummeted 21.7%.", "21.7%", "ferry freight")]
    public void A_change_in_a_relative_clause_changes_the_phrase_before_its_comma(string sentence, string figure, string metric) =>
        Assert.Equal(metric, MetricOf(Extract(sentence), figure));

    [Theory]
    [InlineData("The 2019 deficit was $5 billion larger than a year ago.", "$5 billion", "2019 deficit, year on year")]
    [InlineData("The August 2019 deficit was $6 billion larger.", "$6 billion", "August 2019 deficit")]
    [InlineData("August spending on game hardware dropped 22%.", "22%", "August spending on game hardware")]
    [InlineData("Officials said the average 2020 Ferry Payment was 2% higher.", "2%", "average 2020 Ferry Payment")] // after an adjective too
    // a capitalized name's number that is no figure stays in it too
    [InlineData("Chapter 7 ferry filings increased by 44.77% year-over-year.", "44.77%", "Chapter 7 ferry filings, year over year")]
    [InlineData("The Nikkei 225 index rose 2.7%.", "2.7%", "Nikkei 225 index")]
    public void A_year_or_a_month_modifying_the_subject_stays_in_it(string sentence, string figure, string metric) =>
        Assert.Equal(metric, MetricOf(Extract(sentence), figure));

    [Fact]
    public void An_amount_opening_its_clause_names_what_it_is_in_once()
    {
        Assert.Equal("government funding is going towards new ferries",
            MetricOf(Extract("Around £7bn of government funding is going towards new ferries."), "Around £7bn"));
        Assert.Equal("global gross written premium", MetricOf(Extract("Last year saw $70.1 billion in global gross written premium."), "$70.1 billion"));
        var metric = MetricOf(Extract("The $11.7 billion in net income showed earnings power during a quiet year."), "$11.7 billion");
        Assert.StartsWith("net income", metric);
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(metric, "quiet year"));
    }

    [Theory]
    [InlineData("The total number of students accepted has dropped 2.6% compared to last year.", "2.6%", "students, year on year")]
    [InlineData("The annual earnings of someone on the minimum wage have now increased by £5,000.", "£5,000", "annual earnings of someone on the minimum wage")]
    [InlineData("The health agency recommends that coverage is at least 95%.", "at least 95%", "coverage share")]
    public void A_total_number_counts_its_things_and_an_adverb_or_a_recommending_verb_names_nothing(string sentence, string figure, string metric) =>
        Assert.Equal(metric, MetricOf(Extract(sentence), figure));

    [Fact]
    public void A_gerund_ending_the_phrase_a_change_is_in_is_its_noun() =>
        Assert.Equal("rough sleeping", MetricOf(Extract("Figures show a 26% rise in rough sleeping, as households wait."), "26%"));

    [Theory]
    [InlineData("Asia made 107.1 million tonnes, down 8 percent, with Japan’s output at 7.9 million tonnes.", "7.9 million tonnes", "Japan’s output")]
    [InlineData("The figures bring the number of inbound tourists to 32.8 million.", "32.8 million", "inbound tourists")]
    // both ends of "from ... to ..." after a verb that moves its object, the plain form after "to" too
    [InlineData("The council raised parking fees from £2 to £3.", "£2", "parking fees")]
    [InlineData("The council raised parking fees from £2 to £3.", "£3", "parking fees")]
    [InlineData("One mill used cameras to reduce the defect rate in its paper line from 0.3 percent to 0.05 percent.", "0.05 percent",
        "defect rate in its paper line")]
    public void An_absolute_phrase_at_a_figure_and_a_thing_brought_to_it_are_what_it_measures(string sentence, string figure, string metric) =>
        Assert.Equal(metric, MetricOf(Extract(sentence), figure));

    [Theory]
    [InlineData("2013 Ferry passengers: 1.36 billion", "1.36 billion", "Ferry passengers")] // the year dates the label
    [InlineData("2013 CO2 emissions: 11 billion tons", "11 billion tons", "CO2 emissions")] // a code's digits stay in it
    [InlineData("Petrol cars lead the market at 32.96pc, followed by diesels at 22.89pc.", "22.89pc", "diesels share")] // next in a ranking
    [InlineData("Solar led with an increase of 98 GW, followed by wind energy with 59 GW.", "59 GW", "wind energy")]
    [InlineData("The ferry group posted a net loss of £6 billion.", "£6 billion", "ferry group net loss")] // a loss of money is its amount
    [InlineData("The mill saw a loss of 5,000 jobs.", "5,000", "jobs whose loss the mill saw")] // a loss of things is no amount's owner
    [InlineData("Wind grew 63 GW, driven by declines in onshore turbine prices of up to 45%.", "up to 45%", "onshore turbine prices")]
    [InlineData("The port's NO2 levels rose 4 percent.", "4 percent", "port's NO2 levels")]
    public void A_label_a_code_and_the_next_in_a_ranking_name_the_figure(string sentence, string figure, string metric) =>
        Assert.Equal(metric, MetricOf(Extract(sentence), figure));

    [Fact]
    public void A_quarter_code_opening_the_subject_is_no_part_of_it() =>
        Assert.Equal("copper production", MetricOf(Extract("Q1 copper production fell 16% to 32,459 tons."), "16%"));

    [Theory]
    [InlineData("Initial estimates for ferry bookings were revised downward 37,000.", "37,000", "Initial estimates for ferry bookings")]
    [InlineData("Global steel production in August this year decreased by 6.5 percent.", "6.5 percent", "Global steel production in August")]
    public void Estimates_for_this_year_and_less_than_name_no_subject_of_their_own(string sentence, string figure, string metric) =>
        Assert.Equal(metric, MetricOf(Extract(sentence), figure));

    [Fact]
    public void A_two_word_qualifier_opening_the_sentence_is_no_subject() =>
        Assert.DoesNotContain("Less", MetricOf(Extract("Less than 1% of lines had a speed under 10 Mbit/s."), "under 10 Mbit/s"));

    [Fact]
    public void A_change_in_an_undated_month_changes_the_clause_subject() =>
        Assert.Equal("Cider sales", MetricOf(Extract("Cider sales fell by 1.4% in September, following a 1.7% drop in August."), "1.7%"));

    [Fact]
    public void A_plural_pronoun_with_its_verb_in_one_word_refers_back() =>
        Assert.Equal("Prices", MetricOf(Extract("Prices are 1.3% higher than last year, and since January, they’ve edged up by 0.3%."), "0.3%"));

    [Fact]
    public void A_number_in_words_ends_a_subject_and_a_share_without_a_whole_names_none()
    {
        var figures = Extract("The waiting list has been growing, passing five million in 2021 and seven million in 2022.");
        Assert.Equal("waiting list", MetricOf(figures, "seven million"));
        // "from 77.5% in July": "in" opens a time, not the whole the share is of
        Assert.Equal("proportion of patients seen by a specialist", MetricOf(Extract(
            "The proportion of patients seen by a specialist fell from 77.5% in July to 74.8% in August.", new DateOnly(2023, 10, 12)), "77.5%"));
    }

    [Theory]
    // a forecast that reports a clause gives it its own subject
    [InlineData("On top of that, Deloitte forecast that revenue for the season will rise once again to £2.2 billion.", "£2.2 billion", "revenue for the season")]
    // "Even" and "albeit" open a clause and name nothing
    [InlineData("Even Arsenal reported a 3% decline in their revenue.", "3%", "Arsenal revenue")]
    // an owner inside the subject's own phrase is its tail
    [InlineData("Combined revenue of the clubs in the Premier League of around £2 billion is still higher.", "around £2 billion", "Combined revenue of the clubs in the Premier League")]
    // a level after "and" with a subject of its own is not the change's level
    [InlineData("The economy added 200,000 jobs in December and the unemployment rate fell to 8.5%.", "8.5%", "unemployment rate")]
    // "in November" opens a time, not a whole
    [InlineData("The unemployment rate edged down to 8.5% from an upwardly revised 8.7% in November.", "8.7%", "unemployment rate")]
    // "a rise to their tax bills" says what rose, as "in" would; the phrase ends at "as"
    [InlineData("PEOPLE are facing a 3.99 per cent rise to their tax bills as council chiefs face massive challenges.", "3.99 per cent", "tax bills")]
    public void Reports_adverbs_owners_and_what_a_change_is_to(string sentence, string figure, string metric) =>
        Assert.Equal(metric, MetricOf(Extract(sentence), figure));

    [Fact]
    public void Even_opening_the_sentence_is_no_part_of_the_speaker() =>
        Assert.Equal("Arsenal", Extract("Even Arsenal reported a 3% decline in their revenue.").Single().Attribution);

    [Theory]
    [InlineData("3.8%")]
    [InlineData("$12.6 billion")]
    public void An_aside_between_dashes_that_parts_a_subject_from_its_verb_keeps_the_clause(string figure) =>
        Assert.Equal("gross written premium", MetricOf(Extract(
            "Acme reported its gross written premium – total revenue from insurance contracts – had increased by 3.8% to $12.6 billion."), figure));

    [Theory]
    [InlineData("The agency released its report, reporting that in 2012 the number of violent crimes in the state rose by 1.2 percent.")]
    [InlineData("The agency published its figures, noting that the number of violent crimes in the state rose by 1.2 percent.")]
    public void A_participle_of_saying_opens_the_clause_it_reports(string sentence) =>
        Assert.Equal("violent crimes in the state", MetricOf(Extract(sentence), "1.2 percent"));

    [Fact]
    public void An_aside_opened_by_excluding_does_not_end_the_clause() =>
        Assert.StartsWith("Annual growth in average regular earnings", FigureOf("Annual growth in average regular earnings, excluding bonuses, in Great Britain eased to 4.8%.", "4.8%").Metric);

    [Theory]
    [InlineData("Permits slipped 0.4 percent as approvals for multi-family homes tumbled 7.2 percent.", "7.2 percent", "approvals for multi-family homes")]
    [InlineData("Sales rose as much as 7.2 percent.", "as much as 7.2 percent", "Sales")]
    public void A_clause_after_as_has_its_own_subject(string sentence, string figure, string metric) =>
        Assert.Equal(metric, FigureOf(sentence, figure).Metric);
}
