namespace NewsFigures;

/// <summary>One cue: a word or a few words (lower case, singular) that point at a topic, with its weight.</summary>
[TypeFormatterSource(typeof(DomainFormatterSource), PreferredMimeTypes = [MimeTypes.PlainText])]
public sealed record TopicCue(Topic Topic, string Words, int Weight = 1)
{
    internal string[] Parts { get; } = Words.Split(' ', StringSplitOptions.RemoveEmptyEntries);

    public override string ToString() => $"{Words} -> {Topic.Name()} (weight {Weight})";
}

/// <summary>
/// The default cue words of each topic: general vocabulary of the field, never names or sentences of one article.
/// Weight 2 marks words that decide on their own even beside a weaker head ("open-source AI models" is open source).
/// </summary>
public static class TopicCues
{
    public static IReadOnlyList<TopicCue> Default { get; } = Build().AsReadOnly();

    private static List<TopicCue> Build()
    {
        var cues = new List<TopicCue>();
        void Add(Topic topic, int weight, string list)
        {
            foreach (var words in list.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
                cues.Add(new TopicCue(topic, string.Join(' ', MetricWords.WordsOf(words)), weight));
        }

        Add(Topic.ComputingPower, 1, "computing, compute, computing power, intelligent computing, eflops, petaflops, exaflops, flops, "
            + "data center, data centre, datacenter, server, chip, semiconductor, gpu, supercomputer, supercomputing, cloud, "
            + "platform, bandwidth, power generation, generation capacity, electricity, power grid, grid, power supply, energy supply");
        Add(Topic.AdoptionAndUsers, 1, "user, subscriber, adoption, adopt, access, served, serve, service, app, application, "
            + "website, smartphone, person, customer, consumer, household, visitor, penetration");
        Add(Topic.TalentAndEducation, 1, "university, college, school, student, graduate, degree, bachelor, master, phd, doctorate, "
            + "talent, expert, researcher, scientist, engineer, author, scholar, teacher, education, training, skill, workforce, curriculum");
        Add(Topic.InvestmentAndSpending, 1, "investment, invest, spending, spend, expenditure, funding, fund, funded, financing, "
            + "financed, finance, capital, venture capital, venture, equity, cost, price, market, revenue, sale, budget, gdp, valuation, "
            + "aid, loan, profit, supported, usd, cny, eur, dollar, yuan, rmb");
        Add(Topic.OpenSource, 2, "open source, open sourced, derivative, download, hugging face, github, open weight, fork");
        Add(Topic.ResearchOutput, 1, "publication, paper, patent, patent application, citation, model, iteration, release, released, "
            + "parameter, breakthrough, invention, research project, technology competition, advanced technology, frontier, sci tech, "
            + "system, algorithm, journal, research institute, laboratory, lab");
        Add(Topic.IndustryAndRobots, 1, "enterprise, company, firm, startup, factory, manufacturing, manufacturer, industrial, industry, "
            + "product, robot, humanoid, robotic, deployment, scenario, technology transfer, trade fair, exhibitor, production, agricultural, agriculture");
        Add(Topic.PolicyAndGovernance, 1, "policy, regulation, law, legislation, standard, plan, action plan, roadmap, strategy, pillar, "
            + "governance, dialogue, initiative, subsidy, mechanism, protector, beneficiary, forum, cooperation, agreement, treaty, "
            + "establishment, autonomous region, government, safety, ethics, guideline, framework, sovereignty");
        return cues;
    }
}
