namespace NewsFigures.Tests.CorpusTests;

/// <summary>Titles, labels and bylines are told from story text by form.</summary>
public sealed class HeadingRulesTests
{
    private static TextUnit Line(string text) => LineNormalizer.Normalize(text, RawLine.Split(text)[0]);

    [Theory]
    [InlineData("By Jane Doe", "Jane Doe")]
    [InlineData("BY JOHN SMITH", "JOHN SMITH")]
    [InlineData("By Maria Keller and Tom Oduya", "Maria Keller and Tom Oduya")]
    [InlineData("By LIANG Yilian\u00A0 \u00A0\u00A0 10:54, August 26, 2025", "LIANG Yilian")]
    [InlineData("By Staff Reporters | Updated 2024-05-01", "Staff Reporters")]
    public void Bylines_give_the_names_without_the_dateline(string line, string names) =>
        Assert.Equal(names, HeadingRules.BylineNames(Line(line)));

    [Theory]
    [InlineData("By using AI to predict molecular properties, researchers can identify better materials.")]
    [InlineData("By February, the sector had drawn 250 million users.")]
    [InlineData("By 2030 the market may triple")]
    [InlineData("## By the Numbers")]
    public void Sentences_starting_with_by_are_not_bylines(string line) => Assert.Null(HeadingRules.BylineNames(Line(line)));

    [Theory]
    [InlineData("Wind Turbines Reshape Coastal Towns")]
    [InlineData("Is AI a Bubble?")]
    [InlineData("### Behind China's Emergence as Tech Exporter")]
    [InlineData("**Comment**")]
    public void Short_lines_that_are_not_sentences_are_heading_like(string line) => Assert.True(HeadingRules.IsHeadingLike(Line(line)));

    [Theory]
    [InlineData("LLM companies should be held responsible for the output of their systems.")]
    [InlineData("had 163 high-tech enterprises")]
    [InlineData("information and com-")]
    public void Sentences_and_fragments_are_not_heading_like(string line) => Assert.False(HeadingRules.IsHeadingLike(Line(line)));

    [Theory]
    [InlineData("INSIGHTS", true)]
    [InlineData("**AI Ripples**", true)]
    [InlineData("From page 1", true)]
    [InlineData("Continued from page A3", true)]
    [InlineData("Open-source AI Path to Inclusiveness", false)]
    public void Labels_are_known_by_capitals_bold_or_a_page_jump(string line, bool isLabel) =>
        Assert.Equal(isLabel, HeadingRules.LooksLikeLabel(Line(line)));
}
