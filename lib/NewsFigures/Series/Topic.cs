namespace NewsFigures;

/// <summary>The eight topics every figure falls into (issue 4). <see cref="TopicNames"/> gives their lower-case names.</summary>
public enum Topic
{
    ComputingPower,
    AdoptionAndUsers,
    TalentAndEducation,
    InvestmentAndSpending,
    OpenSource,
    ResearchOutput,
    IndustryAndRobots,
    PolicyAndGovernance,
}
