namespace NewsFigures.Tests.SeriesTests;

/// <summary>The article printed in both 000_ and 001_ counts once with both sources; Qwen's two derivative-model
/// counts stay two points, flagged as a conflict with their sources and dates.</summary>
public sealed class DuplicateAndConflictTests
{
    private static Series SeriesOf(string metric) => SeriesFixtures.CorpusFigures.Series(metric, SeriesFixtures.DataOnly);

    [Fact]
    public void The_piece_printed_twice_gives_one_point_with_both_sources()
    {
        var publications = SeriesOf("AI-related publications");

        var point = Assert.Single(publications.Points);
        Assert.Equal(("2024", 23695.0, false), (point.Label, point.Value, point.Conflict));
        Assert.Equal(["000_acd0283a066f7ea4.txt#1", "001_97ad99562d81cf4a.txt#1"], point.Sources.Select(s => s.Reference));
        Assert.Equal([904, 931], point.Sources.Select(s => s.Start));
        Assert.Equal("the same piece ('China's Ascent to Global Computing Power') printed in 000_acd0283a066f7ea4.txt#1 and "
            + "001_97ad99562d81cf4a.txt#1: counted once", point.Note);
        // 000 names no outlet or date; the reprint does, so the point carries them.
        Assert.Equal(("The Belt and Road News Network", new DateOnly(2025, 8, 26)), (point.Outlet, point.Date));
        Assert.Equal([null, "2025-08-26"], point.Sources.Select(s => s.DateText));
    }

    [Fact]
    public void Qwen_derivative_models_more_than_100000_and_more_than_140000_are_a_flagged_conflict()
    {
        var qwen = SeriesOf("Qwen derivative models");

        Assert.Equal(2, qwen.Points.Count);
        Assert.All(qwen.Points, p => Assert.True(p.Conflict));
        Assert.All(qwen.Points, p => Assert.Equal(ValueBound.Lower, p.Bound));
        var (first, second) = (qwen.Points[0], qwen.Points[1]);
        Assert.Equal(("> 100,000 models", "> 140,000 models"), (first.ValueText, second.ValueText));
        // 100,000 is printed in both copies of the duplicate article (one point), 140,000 in the second piece of 000.
        Assert.Equal(["000_acd0283a066f7ea4.txt#1", "001_97ad99562d81cf4a.txt#1"], first.Sources.Select(s => s.Reference));
        Assert.Equal(["000_acd0283a066f7ea4.txt#2"], second.Sources.Select(s => s.Reference));
        Assert.Equal(new DateOnly(2025, 8, 26), first.Date);
        Assert.Null(second.Date);

        var conflict = Assert.Single(qwen.Conflicts);
        Assert.Equal("undated", conflict.Label);
        Assert.Equal("2 different values for undated: > 100,000 models [000_acd0283a066f7ea4.txt#1 (outlet not stated, undated); "
            + "001_97ad99562d81cf4a.txt#1 (The Belt and Road News Network, 2025-08-26)] vs > 140,000 models "
            + "[000_acd0283a066f7ea4.txt#2 (outlet not stated, undated)]. All are lower bounds, so all hold if the value is above 140,000; "
            + "the counts may have been taken at different times. None is dated by its sentence; the articles' dates are listed with each source.",
            conflict.Note);
        Assert.Contains("conflicts with > 140,000 models", first.Note);
    }

    [Fact]
    public void Exact_values_that_disagree_cannot_both_be_true()
    {
        var series = new[]
        {
            SeriesFixtures.Make("humanoid robots", 10000, "robot", "There are 10,000 humanoid robots.", "10,000", period: "2025", outlet: "A", date: new(2025, 3, 1)),
            SeriesFixtures.Make("humanoid robots", 12000, "robot", "There are 12,000 humanoid robots.", "12,000", period: "2025", file: "901_test.txt", outlet: "B", date: new(2025, 9, 1)),
        }.Series("humanoid robots", SeriesFixtures.DataOnly);

        Assert.EndsWith("They cannot all be true.", Assert.Single(series.Conflicts).Note);
        Assert.Contains("900_test.txt#1 (A, 2025-03-01)", series.Conflicts[0].Note);
    }

    [Fact]
    public void Independent_sources_that_agree_fold_into_one_point()
    {
        var series = new[]
        {
            SeriesFixtures.Make("humanoid robots", 10000, "robot", "There are 10,000 humanoid robots.", "10,000", period: "2025"),
            SeriesFixtures.Make("humanoid robots", 10000, "robot", "Factories run 10,000 humanoid robots.", "10,000", period: "2025", file: "901_test.txt"),
        }.Series("humanoid robots", SeriesFixtures.DataOnly);

        var point = Assert.Single(series.Points);
        Assert.Equal("2 sources agree: 900_test.txt#1, 901_test.txt#1", point.Note);
    }

    [Fact]
    public void Two_values_in_one_sentence_are_noted_not_flagged()
    {
        const string sentence = "By February, the sector had drawn 250 million users, fueled by a surge to 100 million.";
        var series = new[]
        {
            SeriesFixtures.Make("sector users", 250e6, "user", sentence, "250 million", period: "2025-02"),
            SeriesFixtures.Make("sector users", 100e6, "user", sentence, "100 million", period: "2025-02"),
        }.Series("sector users", SeriesFixtures.DataOnly);

        Assert.Empty(series.Conflicts);
        Assert.All(series.Points, p => Assert.False(p.Conflict));
        Assert.Equal("stated in the same sentence as 250 million users: the phrase may name two different things", series.Points[0].Note);
    }

    [Fact]
    public void A_period_with_two_values_in_one_sentence_is_no_end_of_a_growth_rate()
    {
        const string outlook = "Capacity is 260 units now and will reach 1,117 units by 2027.";
        var series = new[]
        {
            SeriesFixtures.Make("cluster capacity", 100, "unit", "Capacity was 100 units in 2023.", "100", period: "2023", file: "900_test.txt"),
            SeriesFixtures.Make("cluster capacity", 150, "unit", "Capacity was 150 units in 2024.", "150", period: "2024", file: "900_test.txt"),
            SeriesFixtures.Make("cluster capacity", 260, "unit", outlook, "260", period: "2027", file: "901_test.txt"),
            SeriesFixtures.Make("cluster capacity", 1117, "unit", outlook, "1,117", period: "2027", file: "901_test.txt"),
        }.Series("cluster capacity", SeriesFixtures.DataOnly);

        var growth = series.GrowthRate();
        Assert.NotNull(growth);
        Assert.Equal(("2023", "2024", 50.0), (growth.From.Label, growth.To.Label, Math.Round(growth.Rate, 9))); // percent a year; not 2023 -> 2027 with either value
    }
}
