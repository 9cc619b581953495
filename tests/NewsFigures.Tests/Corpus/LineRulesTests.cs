namespace NewsFigures.Tests.CorpusTests;

/// <summary>The line rules judge form, not wording: furniture is recognized, and story sentences that merely
/// mention the same words are left alone.</summary>
public sealed class LineRulesTests
{
    [Theory]
    [InlineData("Share to:")]
    [InlineData("Tags:")]
    [InlineData("Back to top")]
    [InlineData("Copyright © 2024 Example Media Group")]
    [InlineData("© 2024 Example Media Group")]
    [InlineData("Example Media. All Rights Reserved.")]
    [InlineData("Published: 2024-05-01 08:00")]
    [InlineData("Post Date: 30 Nov 2013 Viewed: 347")]
    [InlineData("Source: Example Daily")]
    [InlineData("(Editor: Li Ming)")]
    [InlineData("Edited by Jane Roe")]
    [InlineData("Vote by clicking the [Like] button.")]
    [InlineData("Read more: https://example.com/story/123")]
    [InlineData("Share Tweet Email")]
    [InlineData("Home | World | Business | Tech")]
    [InlineData("Skip navigation")]
    [InlineData("Hide Ad")]
    [InlineData("Have your say")]
    [InlineData("Join the debate")]
    [InlineData("PHOTO: PIXABAY")]
    [InlineData("00:56")] // a video's length
    [InlineData("-")]
    public void Furniture_lines_are_recognized(string line) => Assert.True(FurnitureRules.IsFurniture(line));

    [Theory]
    [InlineData("Publishers sued the firm over copyright, saying their articles trained its models.")]
    [InlineData("Users click a button to generate an image in seconds.")]
    [InlineData("The source of the data was the national statistics bureau.")]
    [InlineData("The editor of the journal said the paper was withdrawn.")]
    [InlineData("Revenue rose 12 percent to 4.5 billion yuan | analysts said.")]
    [InlineData("Policy support")]
    [InlineData("He said:")]
    [InlineData("2024")] // may head a table's column
    [InlineData("Readers have their say on the ferry timetable.")]
    public void Story_lines_are_not_furniture(string line) => Assert.False(FurnitureRules.IsFurniture(line));

    [Theory]
    [InlineData("A worker checks panels at a solar farm. (PHOTO: XINHUA)")]
    [InlineData("Visitors try a robot dog at the expo. [Photo/Xinhua]")]
    [InlineData("The new data center in Guizhou. (Photo by Wang Lei)")]
    [InlineData("Delegates at the forum. (Image: VCG)")]
    public void Photo_credits_end_captions(string line) => Assert.True(CaptionRules.EndsWithPhotoCredit(line));

    [Theory]
    [InlineData("The company said it would publish photos of the prototype (without giving a date).")]
    [InlineData("Photo apps were the most downloaded category in 2024.")]
    public void Sentences_about_photos_are_not_captions(string line) => Assert.False(CaptionRules.EndsWithPhotoCredit(line));

    [Theory]
    [InlineData("• News")]
    [InlineData("- Opinion")]
    [InlineData("· Movie & TV")]
    public void Short_bullets_are_menu_entries(string line) => Assert.True(FurnitureRules.IsMenuItem(line));

    [Theory]
    [InlineData("• 515 million users")]
    [InlineData("- The plan sets clear milestones.")]
    public void Bullets_stating_facts_are_not_menu_entries(string line) => Assert.False(FurnitureRules.IsMenuItem(line));

    [Fact]
    public void Three_menu_bullets_in_a_row_make_a_menu_but_a_short_list_in_a_story_stays()
    {
        var lines = RawLine.Split("Story text.\n• News\n• Sports\n• Tech\n\nMore text.\n• Alpha\n• Beta\n");

        var roles = LineClassifier.Classify(lines);

        Assert.Equal(
            [LineRole.Content, LineRole.Boilerplate, LineRole.Boilerplate, LineRole.Boilerplate, LineRole.Blank, LineRole.Content, LineRole.Content, LineRole.Content, LineRole.Blank],
            roles);
    }
}
