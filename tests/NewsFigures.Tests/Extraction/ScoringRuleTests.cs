namespace NewsFigures.Tests.Extraction;

/// <summary>The scorer's rules for when a found field agrees with the gold one.</summary>
public sealed class ScoringRuleTests
{
    [Theory]
    [InlineData("generative AI users", "generative AI users in China", true)]
    [InlineData("Qwen derivative models", "derivative models", true)]
    [InlineData("generative AI users", "sector users", false)]
    [InlineData("investment to build a power grid", "China", false)]
    // "U.S." is the word "US", and a curly possessive adds no word "s": 2 of 3 and 2 of 4 content words, not 1 of 4 and 2 of 5
    [InlineData("US federal revenue", "U.S revenue", true)]
    [InlineData("Sainsbury’s share of the grocery market", "Sainsbury's share", true)]
    [InlineData("Sainsbury’s share of the grocery market", "supermarket’s sales", false)]
    public void A_metric_agrees_when_it_holds_half_the_gold_content_words(string gold, string found, bool agrees) =>
        Assert.Equal(agrees, PhraseAgreement.HoldsHalf(gold, found));

    [Theory]
    [InlineData("investment to build a power grid", "investment in the power grid", true)]
    [InlineData("investment to build a power grid", "China to build a power grid", false)]
    [InlineData("jobs created by the mechanism", "jobs", false)]
    [InlineData("China's computing power", "computing power", true)]
    public void The_strict_reading_also_wants_the_head_noun(string gold, string found, bool agrees) =>
        Assert.Equal(agrees, PhraseAgreement.AgreesStrictly(gold, found));

    [Theory]
    [InlineData("the company (Alibaba)", "the company", true)]
    [InlineData("the company (Alibaba)", "Alibaba", true)]
    [InlineData("Gartner (market research firm)", "Gartner", true)]
    [InlineData("Roberta Cozza, research director at Gartner", "Roberta Cozza", true)]
    [InlineData("the company (Alibaba)", "Tencent", false)]
    [InlineData("Gartner (market research firm)", "IDC", false)]
    [InlineData("Office for National Statistics", "Office", false)]
    [InlineData("he (Inspector Hank Idsinga, commander of the homicide unit)", "Inspector Idsinga", true)]
    [InlineData("he (Inspector Hank Idsinga, commander of the homicide unit)", "Chief Ramer", false)]
    public void A_source_agrees_with_what_the_text_calls_it_or_who_it_is(string gold, string found, bool agrees) =>
        Assert.Equal(agrees, PhraseAgreement.NamesSameSource(gold, found));

    [Theory]
    [InlineData("2025", "2025")]
    [InlineData("2025-7", "2025-07")]
    [InlineData("2025-7-4", "2025-07-04")]
    [InlineData("2025-q3", "2025-Q3")]
    [InlineData("fy2024", "FY2024")]
    [InlineData("2021 / 2024-2", "2021/2024-02")]
    [InlineData(" ", null)]
    public void Periods_compare_in_one_normal_form(string period, string? normal) =>
        Assert.Equal(normal, PeriodForm.Normal(period));
}
