namespace NewsFigures.Tests.Extraction;

/// <summary>
/// metric.piece-subject: a metric that names no one measures the name the piece is about ("Revenues rose 7%" in a piece
/// about a rail operator), as a reader takes it; a name only said once, a speaker, a dateline or a tie makes no subject,
/// and a sentence naming another of the piece's names keeps its own.
/// </summary>
public sealed partial class ExtractorExampleTests
{
    private const string RailOperator = "Norvik Rail carried more passengers this spring. Demand on Norvik Rail's coastal line grew fastest.\n\n"
        + "Revenues rose 7% to £410m in the six months to June, and operating profit reached £52m.";

    [Fact]
    public void A_metric_naming_no_one_measures_the_name_the_piece_is_about()
    {
        var figures = Extract(RailOperator);
        Assert.Equal(["Norvik Rail revenues", "Norvik Rail revenues", "Norvik Rail operating profit"], figures.Select(f => f.Metric));
        Assert.Equal("metric.changed-object + metric.piece-subject", figures[0].Rules!.Metric);
    }

    [Fact]
    public void A_basis_after_the_metric_does_not_count_as_its_words() =>
        Assert.Equal("Norvik Rail fares on the coastal line, year on year",
            Extract(RailOperator.Replace("Revenues rose 7% to £410m", "Fares on the coastal line rose 7% year on year"))[0].Metric);

    [Fact]
    public void A_name_in_both_the_headline_and_the_lead_outweighs_another_as_often_named() =>
        Assert.Equal("Norvik Rail revenues", Extract("Norvik Rail lifts its fares\nThis spring Norvik Rail carried more passengers than "
            + "Fjordline did.\n\nThe strike at Fjordline ended in May.\n\nRevenues rose 7% to £410m.").Single(f => f.Text == "7%").Metric);

    [Fact]
    public void A_metric_keeps_a_capital_inside_its_first_word_after_the_subject() =>
        Assert.Equal("Norvik Rail TEUs", Extract(RailOperator.Replace("Revenues rose", "TEUs rose"))[0].Metric);

    [Theory]
    // said once only
    [InlineData("Demand on Norvik Rail's coastal line grew fastest.\n\nRevenues rose 7% to £410m.")]
    // a speaker is who says, not what is measured
    [InlineData("Anna Berg said the ferry had a good year. \"We carried more cars,\" Anna Berg said.\n\nRevenues rose 7% to £410m.")]
    [InlineData("\"Ferry use is up,\" said harbour minister, Anna Berg. \"We carried more cars,\" said harbour minister, Anna Berg.\n\nRevenues rose 7% to £410m.")]
    [InlineData("Chairman Kunle Ahmed opened the meeting. Ahmed stated the ferry had a good year, and Ahmed noted fares were flat.\n\nRevenues rose 7% to £410m.")]
    [InlineData("Economists polled by FerryWatch expect growth. Harbour data, according to FerryWatch, show it.\n\nRevenues rose 7% to £410m.")]
    // a measure's abbreviation is no name
    [InlineData("Sales and EBITDA fell in May. Margins and EBITDA rose in June.\n\nRevenues rose 7% to £410m.")]
    // two names as often: no subject
    [InlineData("Norvik Rail and Fjordline ran late trains. Both Norvik Rail and Fjordline blamed the snow.\n\nRevenues rose 7% to £410m.")]
    // a name first met below the piece's first lines is one of its items, not its subject
    [InlineData("Passenger traffic grew.\nCargo grew.\nFares rose.\nRoutes opened.\nStaff were hired.\nCosts fell.\n"
        + "Third came Hong Kong. For cargo, the leader was Hong Kong.\n\nRevenues rose 7% to £410m.")]
    // a title before several names is no name of its own
    [InlineData("The Chief Returning Officer, Prof. Ade Bello, announced the results.\n\nProf. Bello said the candidate beat his rival, "
        + "Prof. Kola Dare who garnered 178,121 votes.\n\nDr. Fayo won in 12 of the 16 LGAs, leaving Prof. Dare four.\n\nRevenues rose 7% to £410m.")]
    // a dateline in capitals and a stock ticker are no names
    [InlineData("OSLO (Reuters) - Ferry traffic in OSLO rose.\n\nRevenues rose 7% to £410m.")]
    [InlineData("Shares in NORV:OSL rose. Traders bought NORV:OSL early.\n\nRevenues rose 7% to £410m.")]
    // "the Group" is a common noun written with a capital
    [InlineData("Sales at the Group slowed. Analysts expect the Group to cut jobs.\n\nRevenues rose 7% to £410m.")]
    // where the figures come from is a source
    [InlineData("Figures from FerryWatch show traffic rose. Data from FerryWatch also show fares fell.\n\nRevenues rose 7% to £410m.")]
    // and so is a name that ends in a report noun, or a statistics office's short name
    [InlineData("The Harbour Fuel Survey shows prices rose. Prices in the Harbour Fuel Survey fell in May.\n\nRevenues rose 7% to £410m.")]
    [InlineData("Stats Norvik counted more ferries. Ferry use in the latest Stats Norvik count rose.\n\nRevenues rose 7% to £410m.")]
    // an abbreviation with "a", or one that shortens lower-case words, is a term
    [InlineData("Sales hit a SAAR of 14 million. Dealers expect a 15 million SAAR.\n\nRevenues rose 7% to £410m.")]
    [InlineData("Uptake of the measles, mumps and rubella (MMR) jab fell. The MMR jab is free.\n\nRevenues rose 7% to £410m.")]
    [InlineData("Like-for-like (LFL) sales rose in May. LFL margins fell in June and LFL costs rose.\n\nRevenues rose 7% to £410m.")]
    [InlineData("- Revenue per available room (RevPAR): up 1.2%\nIn Houston, RevPAR rose most. Orlando saw RevPAR rise and RevPAR fell in Miami.\n\nRevenues rose 7% to £410m.")]
    // a word after a list item's number opens its sentence: not written as a name inside one
    [InlineData("1) Theft rose in May.\n\n2) Theft fell in June.\n\nRevenues rose 7% to £410m.")]
    // "FY 2025-26" names a fiscal year, not the piece's subject
    [InlineData("The FY 2025-26 budget grows. Spending in FY 2024-25 was lower.\n\nRevenues rose 7% to £410m.")]
    // "US$" is a currency's prefix, not a name
    [InlineData("Exports rose to US$ 1.6 trillion. Earnings were US$474 billion, or US$1.3 billion a day.\n\nRevenues rose 7% to £410m.")]
    [InlineData("Income per head may reach US $ 7,000. Exports could earn US $ 2 billion.\n\nRevenues rose 7% to £410m.")]
    [InlineData("The average wage was Ft 154,631. In September it was Ft 150,337, up from Ft 148,438.\n\nRevenues rose 7% to £410m.")]
    // a caption's credit names a photographer or an agency
    [InlineData("Ferry fares will rise\n\nThe ferry will raise fares. Picture: Ola Dahl/Fjordfoto\n\nThe ferry cut costs. Picture: Per Lund/Fjordfoto"
        + "\n\nRevenues rose 7% to £410m.")]
    [InlineData("Ferry fares will rise\n\nThe ferry will raise fares. Photo: Ola Dahl/Fjordfoto\n\nThe ferry cut costs. Photo credit: Per Lund/Fjordfoto"
        + "\n\nRevenues rose 7% to £410m.")]
    // a news agency credited in the dateline, a regulator named as such
    [InlineData("OSLO - [AFP] Ferries ran late.\n\nAFP logo image. Traffic rose.\n\nRevenues rose 7% to £410m.")]
    [InlineData("The group beat targets from regulator Ferrwat. Fares rose after regulator Ferrwat allowed it.\n\nRevenues rose 7% to £410m.")]
    // the owner of a report, an office of statistics: where the numbers come from
    [InlineData("Exports grew, the ABS' monthly report shows. Coal was the only one of the ABS' selected commodities to fall.\n\nRevenues rose 7% to £410m.")]
    [InlineData("In May, Statistics Norway published a count. Later Statistics Norway counted ferries.\n\nRevenues rose 7% to £410m.")]
    // where a speaker works is a source
    [InlineData("\"Sales grew,\" says Ana Reis, e-commerce leader at FerryWatch. Ana Reis, chief analyst at FerryWatch, agreed.\n\nRevenues rose 7% to £410m.")]
    // an adjective of a people before its noun
    [InlineData("Ferries used European rather than Asian fuel. Most European ferries ran late.\n\nRevenues rose 7% to £410m.")]
    public void Without_a_subject_a_metric_stays_as_written(string text) =>
        Assert.Equal("Revenues", MetricOf(Extract(text), "£410m"));

    [Theory]
    [InlineData("Shares in Norvik Ferries fell. NORV will pay a dividend. NORV cut costs.\n\nRevenues rose 7% to £410m.", "NORV revenues")]
    [InlineData("Norvik Rail's parent company reported. Norvik Rail's chief spoke.\n\nRevenues rose 7% to £410m.", "Norvik Rail revenues")]
    public void An_abbreviation_or_a_possessive_opening_a_sentence_is_still_a_name(string text, string metric) =>
        Assert.Equal(metric, MetricOf(Extract(text), "£410m"));

    [Fact]
    public void A_dotted_abbreviation_keeps_its_last_stop() =>
        Assert.Equal("U.S. revenues", MetricOf(Extract("Spending in the U.S. slowed. Analysts expect spending in the U.S. to grow.\n\nRevenues rose 7% to £410m."), "£410m"));

    [Fact]
    public void A_name_that_added_something_is_no_speaker() =>
        Assert.Equal("Norvik revenues", MetricOf(Extract("Norvik added two ferries this spring. Analysts expect Norvik to grow.\n\nRevenues rose 7% to £410m."), "£410m"));

    [Fact]
    public void A_name_in_capitals_opening_a_paragraph_is_a_name_not_a_dateline()
    {
        const string text = "NORVIK carried more passengers this spring.\n\nNORVIK bought a ferry. Analysts expect NORVIK to grow.\n\n"
            + "Revenues rose 7% to £410m.";
        Assert.Equal("NORVIK revenues", MetricOf(Extract(text), "£410m"));
        // and a name in capitals keeps them inside a phrase
        Assert.Equal("ferries added by NORVIK", MetricOf(Extract("NORVIK added two ferries."), "two"));
    }

    [Fact]
    public void A_sentence_naming_another_of_the_pieces_names_keeps_its_own_metric()
    {
        var figures = Extract(RailOperator + " Fjordline was hit harder than Norvik Rail. Revenues at Fjordline fell 4%, and profit slid to £3m.");
        Assert.Equal(("Revenues at Fjordline", "profit"), (MetricOf(figures, "4%"), MetricOf(figures, "£3m")));
        Assert.Equal("Norvik Rail operating profit", MetricOf(figures, "£52m"));
    }

    [Fact]
    public void A_sentence_that_opens_with_its_own_place_takes_no_piece_subject()
    {
        var figures = Extract("Rents rose in Manhattan. Manhattan rents are the highest, Manhattan agents say.\n\n"
            + "In Los Angeles, average rent climbed 4 percent. In January, average rent climbed 2 percent.");
        Assert.Equal("average rent in Los Angeles", MetricOf(figures, "4 percent")); // its own place, not the piece's
        Assert.Equal("Manhattan average rent", MetricOf(figures, "2 percent")); // a month is no place
    }
    [Fact]
    public void A_month_keeps_its_capital_after_the_subject_and_an_adjective_of_a_people_names_its_own_country()
    {
        var figures = Extract(RailOperator + " May revenues rose 3%. Peruvian ticket sales rose 5%.");
        Assert.Equal(("Norvik Rail May revenues", "Peruvian ticket sales"), (MetricOf(figures, "3%"), MetricOf(figures, "5%")));
    }
    [Fact]
    public void A_name_before_dollar_is_a_currency_not_the_pieces_subject() =>
        Assert.Equal("Ghana cedi", MetricOf(Extract("The cedi fell against the US dollar. Traders bought the US dollar.\n\n"
            + "The Ghana cedi fared better, depreciating by 1.8% against the US dollar."), "1.8%"));
    [Fact]
    public void A_name_right_before_its_figures_is_a_source_not_the_pieces_subject() =>
        Assert.Equal("Registrations", MetricOf(Extract("Car sales fell, SIMI figures show. SIMI data covers every dealer.\n\n"
            + "Registrations were down 50pc in June."), "50pc"));
    [Fact]
    public void A_name_mostly_written_as_half_of_a_pair_is_not_the_pieces_subject_the_pair_is() =>
        Assert.Equal("England and Wales recorded thefts", MetricOf(Extract("Crime rose in England and Wales. Police in England and Wales logged more. Wales saw most.\n\n"
            + "Recorded thefts were up 8% in the year."), "8%"));
    [Fact]
    public void A_pair_written_once_is_no_subject() =>
        Assert.Equal("Recorded thefts", MetricOf(Extract("Crime rose in England and Wales, police said. Wales saw the most of it.\n\n"
            + "Recorded thefts were up 8% in the year."), "8%"));
    [Fact]
    public void A_pair_whose_second_half_is_never_read_as_a_name_is_no_subject_and_no_failure() =>
        Assert.Equal("Game and Table", MetricOf(Extract("Casino win rose in August.\nMost of the gain came from the Game and Table category. "
            + "Statewide, Game and Table games held 15.2 percent.\nThere were decreases in slot win. Game and Table win was down 25 percent."),
            "25 percent"));

    [Fact]
    public void A_sources_abbreviation_in_brackets_is_the_source_not_the_pieces_subject() =>
        Assert.Equal("Export volumes", MetricOf(Extract("Cider exports rose, according to figures from the National Cider Board (NCB). "
            + "Growth pleased NCB members. Orders from NCB growers rose.\n\nExport volumes rose 15 per cent."), "15 per cent"));
}
