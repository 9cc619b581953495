using NewsFigures.Tests.Tables;

namespace NewsFigures.Tests.SeriesTests;

/// <summary>
/// Key numbers: per series the latest stated value (never a derived one), its period and who states it. How they show
/// in a notebook is in <see cref="Display.NotebookDisplayTests"/>.
/// </summary>
[Collection(SeedFiguresCollection.Name)]
public sealed class KeyNumbersTests(SeedFigures seeds)
{
    [Fact]
    public void The_briefings_series_give_their_latest_stated_value_period_and_outlets()
    {
        var figures = seeds.Figures;

        var numbers = KeyNumbers.Of(figures.Series("intelligent computing power"), figures.Series("generative AI users"))
            .And(figures.Series("universities with AI bachelor's programs"));

        Assert.Equal(
        [
            ("intelligent computing power", "1,037.3 EFLOPS (forecast)", "2025", "outlet not stated, 002_39b1c7941e8ee6b6.txt#1"),
            ("generative AI users", "515 million users", "2025-H1", "China Economic Net (CE.cn)"),
            ("universities with AI bachelor's programs", "626 universities", "2025-04", "The Wall Street Journal"),
        ], numbers.Select(n => (n.Metric, n.ValueText, n.Period, string.Join("; ", n.Sources))));
        Assert.Equal(515e6, numbers[1].Point.Value);
    }

    /// <summary>Energy, not AI: a later derived base is never the key number, a later period beats an earlier one
    /// whatever the order, and undated points go by their newest article.</summary>
    [Fact]
    public void The_latest_period_wins_derived_points_never_do_and_undated_ones_go_by_their_newest_article()
    {
        const string rise = "Grid storage reached 40 gigawatts in 2024, up 60 percent from the previous year.";
        const string later = "Grid storage stood at 58 gigawatts in 2025.";
        var storage = new[]
        {
            SeriesFixtures.Make("grid storage", 58, "gigawatt", later, "58 gigawatts", period: "2025", outlet: "Energy Weekly"),
            SeriesFixtures.Make("grid storage", 40, "gigawatt", rise, "40 gigawatts", period: "2024", outlet: "Power Daily"),
            SeriesFixtures.Make("grid storage", 60, "percent", rise, "60 percent", FigureKind.Change, "2024", outlet: "Power Daily"),
        }.Series("grid storage", SeriesFixtures.DataOnly);
        const string then = "Some 450 plants used the design.";
        const string now = "Only 300 plants still use the design.";
        var plants = new[] // undated; points of one period are ordered by value, so only the article date picks the newer
        {
            SeriesFixtures.Make("plants using the design", 450, "plant", then, "450", file: "901_a.txt", outlet: "Grid News", date: new DateOnly(2023, 5, 1)),
            SeriesFixtures.Make("plants using the design", 300, "plant", now, "300", file: "902_b.txt", outlet: "Grid News", date: new DateOnly(2025, 3, 1)),
        }.Series("plants using the design", SeriesFixtures.DataOnly);

        var numbers = KeyNumbers.Of(storage, plants);

        Assert.Single(storage.DerivedPoints); // 2023 = 40 / 1.6 = 25 GW, derived: not a key number
        Assert.Equal(("58 gigawatts", "2025", "Energy Weekly"), (numbers[0].ValueText, numbers[0].Period, numbers[0].Sources.Single()));
        Assert.Equal(("300 plants", "undated"), (numbers[1].ValueText, numbers[1].Period));
        Assert.True(numbers[1].Conflict);
    }

    [Fact]
    public void A_series_of_changes_only_has_no_key_number_and_says_so()
    {
        const string sentence = "Exports of heat pumps rose 12 percent.";
        var changes = new[] { SeriesFixtures.Make("heat pump exports", 12, "percent", sentence, "12 percent", FigureKind.Change) }
            .Series("heat pump exports", SeriesFixtures.DataOnly);

        var error = Assert.Throws<ArgumentException>(() => KeyNumbers.Of(changes));

        Assert.StartsWith("heat pump exports has no stated point; a key number is a value an article states", error.Message);
    }
}
