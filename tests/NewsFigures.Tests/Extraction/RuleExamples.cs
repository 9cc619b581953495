namespace NewsFigures.Tests.Extraction;

/// <summary>
/// One invented sentence per rule of <see cref="ExtractionPipeline.Default"/>, mostly from other fields than the corpus
/// (energy, transport, trade): the figure it decides and the value it gives the field. lib/NewsFigures/Extraction/README.md
/// shows the same examples.
/// </summary>
internal static class RuleExamples
{
    public sealed record Example(string Rule, string Sentence, string Figure, string Decided);

    public static readonly Example[] All =
    [
        new("attribution.expected-by", "Revenue was $3 billion, below the $3.2 billion expected by analysts.", "$3.2 billion", "analysts"),
        new("attribution.according-to", "Solar capacity grew by 277 gigawatts, according to 2025 data from the National Energy Administration.", "277 gigawatts", "National Energy Administration"),
        new("attribution.data-from", "Data from the Energy Institute, published on Monday, show coal use rose 1 percent.", "1 percent", "Energy Institute"),
        new("attribution.data-released-by", "Data released by the ministry on Monday show exports rose 3 percent.", "3 percent", "the ministry"),
        new("attribution.report-by", "A study published on Monday by the Royal Horticultural Society says 40 percent of gardens lack trees.", "40 percent", "Royal Horticultural Society study"),
        new("attribution.speaker-of-verb", "Power utilities had reported a loss of 8.7 billion units.", "8.7 billion units", "Power utilities"),
        new("attribution.speaker-before-comma", "Sky, meanwhile, said it will pay £1.4 billion a year.", "£1.4 billion", "Sky"),
        new("attribution.referring-speaker", "Harvests rose 4 percent, according to the Ministry of Agriculture. Wheat stocks have reached 20 million tonnes, the ministry added.", "20 million tonnes", "Ministry of Agriculture"),
        new("attribution.subject-expects", "Heineken expects organic sales growth of 4 percent this year.", "4 percent", "Heineken"),
        new("attribution.quote-continues", "Ana Ruiz, the city's mayor, said: “Ridership is back at 2 million a day.\n\n“Fares fell 5 percent while trips rose 8 percent.”", "5 percent", "Ana Ruiz, the city's mayor"),
        new("attribution.data-showed", "New car sales rose 4 percent in July, the data showed.", "4 percent", "data"),
        new("attribution.none", "The plant employs 300 workers.", "300", "-"),

        new("period.own-time", "India's mobile payment user base hit 350 million in 2024.", "350 million", "2024"),
        new("period.nearest-time", "In 2024, the port handled 45 container ships.", "45", "2024"),
        new("period.now", "Germany's solar output is now three times that of Italy.", "three times", "2025"),
        new("period.release-date", "Figures released in April show sales of 300 buses.", "300", "2025-04"),
        new("period.of-figure-before", "Output reached 1,037 terawatt-hours in 2025, a 4 percent increase.", "4 percent", "2025"),
        new("period.of-figure-after", "Revenue rose 12% to 3.1 billion yuan in 2024.", "12%", "2024"),
        new("period.list-heading", "Harvest figures for 2023/24:\n\nWheat 21 million tonnes (up 3%).", "21 million tonnes", "2023/2024"),
        new("period.none", "The plant employs 300 workers.", "300", "-"),

        new("kind.converted-amount", "The State Grid spent 650 billion yuan ($89.5 billion) on the network in 2024.", "$89.5 billion", "level"),
        new("kind.rank", "12 of the world's top 15 wind turbine makers are Chinese.", "12 of the world's top 15", "rank"),
        new("kind.range-end", "Grain harvests rose between 5% and 10% in 2024.", "10%", "change"),
        new("kind.multiplier", "Bus sales reached 300 in 2023 and doubled in 2024.", "doubled", "change"),
        new("kind.change-word", "Exports rose 8 percent in 2024.", "8 percent", "change"),
        new("kind.change-by", "The company expanded its workforce by 300 engineers.", "300", "change"),
        new("kind.change-noun", "The museum recorded an increase of 4,000 visitors.", "4,000", "change"),
        new("kind.change-at-rate", "Wheat yields grew at an annual rate of nearly 2 percent.", "nearly 2 percent", "change"),
        new("kind.added", "Hotels added 1,200 rooms in May and 800 in June.", "800", "change"),
        new("kind.share", "Wind farms supplied 12 percent of demand in Texas.", "12 percent", "share"),
        new("kind.share-noun", "The literacy rate in the province reached 91 percent.", "91 percent", "share"),
        new("kind.share-compared", "Only 64% of parcels arrived on time, against a target of 90%.", "90%", "share"),
        new("kind.rate-of-change", "Consumer price inflation eased to 4.2 percent in March.", "4.2 percent", "change"),
        new("kind.change-list", "Coffee exports fell 8% in Brazil, 5% in Vietnam and 3% in Colombia.", "5%", "change"),
        new("kind.change-in-parentheses", "Several ports reported sharp increases in traffic, led by Gdansk (14.2%).", "14.2%", "change"),
        new("kind.percent-share", "The region's recycling rate stood at 46 percent last year.", "46 percent", "share"),
        new("kind.multiple", "Germany's solar output is now three times that of Italy.", "three times", "multiple"),
        new("kind.forecast", "Battery demand is expected to reach 1,200 gigawatt-hours.", "1,200 gigawatt-hours", "forecast"),
        new("kind.level", "The plant employs 300 workers.", "300", "level"),

        new("metric.converted-amount", "The State Grid spent 650 billion yuan ($89.5 billion) on the network in 2024.", "$89.5 billion", "State Grid's spending on the network"),
        new("metric.borrowed-unit-possessor", "Digital wallets reached 250 million users, fueled by PhonePe's two-month surge to 100 million.", "100 million", "PhonePe users"),
        new("metric.borrowed-unit", "The port served 120 container lines in 2024, far exceeding the 45 in 2019.", "45", "port container lines"),
        new("metric.level-after-change", "Coal generated 58 percent of the power in 2024, down from 61 percent a year earlier.", "61 percent", "Coal share of the power"),
        new("metric.range-end", "Freight rates held between 5% and 10% in 2024.", "10%", "Freight rates"),
        new("metric.compound", "The utility opened a 500-megawatt plant.", "500", "500-megawatt plant"),
        new("metric.count-added", "Hospitals hired 12,000 nurses last year.", "12,000", "nurses hired by hospitals"),
        new("metric.output-verb", "Norway produced about 2 million barrels per day in 2024.", "about 2 million barrels per day", "Norway's production"),
        new("metric.count-of-referent", "Tesla's Shanghai plant produced 950,000 cars in 2023. In 2024, the company delivered 1.8 million cars.", "1.8 million", "Tesla cars"),
        new("metric.count-with-owner", "Growth came from ride-hailing apps with 80 million monthly riders to food delivery services.", "80 million", "monthly riders of ride-hailing apps"),
        new("metric.count-beside-owner", "Auditors checked the accounts of 120 state-owned power companies that missed their emission goals.", "120", "state-owned power companies that missed their emission goals"),
        new("metric.count-whose-owner", "The agency has tracked the output of more than 40 wind farms.", "more than 40", "wind farms whose output the agency has tracked"),
        new("metric.count-of-owner", "The shares of 30 firms rose.", "30", "shares of firms"),
        new("metric.count-list-predicate", "More than 40 utilities, 12 grid operators and 300 equipment makers attended the Shanghai energy fair.", "More than 40", "utilities that attended the Shanghai energy fair"),
        new("metric.count-appositive-predicate", "Electric buses, numbering 5,000 units, now serve routes in Shenzhen.", "5,000", "Electric buses that serve routes in Shenzhen"),
        new("metric.count-of-participle-subject", "BYD led the market in 2024, selling over 4 million electric cars across Europe and Asia.", "over 4 million", "BYD electric cars across Europe and Asia"),
        new("metric.counted-noun", "Regulators issued 45 rules concerning safety, grid access and market pricing.", "45", "rules concerning safety, grid access and market pricing"),
        new("metric.count-of-subject", "China's hydrogen strategy has coalesced around three pillars.", "around three", "China's hydrogen strategy pillars"),
        new("metric.count-of-antecedent", "In 2024 it added 40 substations, which serve 2 million homes.", "2 million", "substations homes"),
        new("metric.count-doing", "About 760 million people still lack electricity.", "About 760 million", "people who lack electricity"),
        new("metric.count-noun-alone", "In 2024 it added 40 substations, which serve 2 million homes.", "40", "substations"),
        new("metric.antecedent", "Exports reached $90 billion in 2024, which was 12 percent of output.", "12 percent", "Exports"),
        new("metric.change-noun-in", "Airlines reported a 12% rise in fuel costs.", "12%", "fuel costs"),
        new("metric.change-of-figure-before", "Output reached 1,037 terawatt-hours in 2025, a 4 percent increase.", "4 percent", "Output terawatt-hours"),
        new("metric.changed-object", "The central bank raised its benchmark rate by 50 basis points.", "50 basis points", "central bank benchmark rate"),
        new("metric.amount-of-owner", "The utility reported revenue of $4.2 billion.", "$4.2 billion", "utility revenue"),
        new("metric.amount-word", "Diesel prices fell to a national average of $1.52 a gallon.", "a national average of $1.52", "national average diesel prices per gallon"),
        new("metric.share-of-whole", "Wind farms supplied 12 percent of demand in Texas.", "12 percent", "Wind farms share of demand in Texas"),
        new("metric.share-noun", "Airbus delivered 60 jets for a 55 percent share of the wide-body market.", "55 percent", "Airbus share of the wide-body market"),
        new("metric.money-participle", "The city defended the $2.1 billion already spent by the council on flood defences.", "$2.1 billion", "spending by the council on flood defences"),
        new("metric.money-verb", "Brazil spent $3.2 billion on fuel subsidies last year.", "$3.2 billion", "Brazil's spending on fuel subsidies"),
        new("metric.sale-price", "The city has sold its water utility to a private operator for $1.2 billion.", "$1.2 billion", "city's sale of its water utility to a private operator"),
        new("metric.sized-noun", "Clean power is now a $10 trillion market.", "$10 trillion", "Clean power market"),
        new("metric.multiple-relative-to", "Germany's solar output is now three times that of Italy.", "three times", "Germany's solar output relative to Italy"),
        new("metric.people-where", "Coal still dominates in rural Asia, where 350 million lack reliable power.", "350 million", "people in rural Asia who lack reliable power"),
        new("metric.count-partitive", "Ferries run on 12 of the 40 routes.", "12", "routes"),
        new("metric.subject-and-complement", "The cost of fixing the grid could reach $40 billion.", "$40 billion", "cost of fixing the grid"),
    ];
}
