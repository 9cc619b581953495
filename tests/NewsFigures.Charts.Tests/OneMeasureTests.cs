using NewsFigures;
using NewsFigures.Charts;

/// <summary>One measure per chart: shares of one base, changes with changes, levels in one unit. A mix is refused with
/// its kinds named, and drawn as small multiples (one panel per kind) or as a table instead.</summary>
public class OneMeasureTests
{
    /// <summary>An invented energy report: two changes and two shares of different bases, all in percent.</summary>
    static FigureTable Energy()
    {
        var dir = Directory.CreateTempSubdirectory("energy-").FullName;
        File.WriteAllText(Path.Combine(dir, "energy.txt"), "Grid report\n\nSolar generation rose 12 percent in 2023, the agency said. "
            + "Coal output fell 8 percent in 2024. In 2024, solar power accounted for 9 percent of electricity generation. "
            + "Wind farms accounted for 4 percent of national investment in 2023.\n");
        var figures = Corpus.Load(dir).Figures();
        Directory.Delete(dir, true);
        return figures;
    }

    [Fact]
    public void Percentages_refuses_a_mix_of_measures_naming_each_kind_with_its_count()
    {
        var error = Assert.Throws<ArgumentException>(() => FigureChart.Percentages(Energy()));
        Assert.Contains("mix changes (2), shares of electricity generation (1) and shares of national investment (1);", error.Message);
        Assert.Contains("FigureChart.PercentagesByKind(figures)", error.Message);
    }

    [Fact]
    public void Percentages_of_the_corpus_are_refused_with_the_shares_told_apart_by_their_base()
    {
        var error = Assert.Throws<ArgumentException>(() => FigureChart.Percentages(RealCorpus.Figures.FoldDuplicates()));
        Assert.StartsWith("FigureChart.Percentages draws one kind of measure, but these figures mix changes (4), shares of GDP (1), "
            + "shares of food and beverage (1), shares of global equity investment in the sector (1) and shares of top AI experts (1);",
            error.Message);
    }

    [Fact]
    public void Percentages_of_one_measure_draw_as_one_chart()
    {
        var changes = FigureChart.Percentages(Energy().ByKind(FigureKind.Change));
        Assert.Equal([12.0, -8], changes.Series.Single().Points.Select(p => p.Value));
    }

    [Fact]
    public void By_kind_draws_one_panel_per_measure_each_holding_only_its_kind()
    {
        var panels = FigureChart.PercentagesByKind(RealCorpus.Figures.FoldDuplicates());
        Assert.Equal(["Changes", "Shares of GDP", "Shares of food and beverage", "Shares of global equity investment in the sector",
            "Shares of top AI experts"], panels.Panels.Select(p => p.TitleText));
        var rows = panels.Table().Rows;
        foreach (var panel in panels.Panels)
        {
            var ofKind = rows.Where(r => string.Equals(r.Kind, panel.TitleText, StringComparison.OrdinalIgnoreCase)).ToList();
            Assert.Equal(ofKind.Select(r => r.Value), panel.Series.Single().Points.Select(p => p.Value));
        }
        Assert.Equal([43.0, 40, -50, -50], panels.Panels[0].Series.Single().Points.Select(p => p.Value));
        Assert.Equal(8, rows.Length);
    }

    [Fact]
    public void The_table_gives_each_figure_its_kind_metric_value_period_and_source()
    {
        var table = FigureChart.PercentagesByKind(RealCorpus.Figures.FoldDuplicates()).Title("Percentages").Table();
        Assert.Equal("Percentages", table.TitleText);
        Assert.Contains(new ChartTableRow("changes", "Domestic venture funding", -50, "2025-H1",
            "China Economic Net (CE.cn), 2025-11-25 (004_9455365b7787746f.txt#1)"), table.Rows);
        Assert.Contains(table.Rows, r => r is { Kind: "shares of GDP", Value: 2.68, Period: "2024" });
    }

    [Fact]
    public void Line_and_bars_refuse_series_in_different_units()
    {
        var compute = RealCorpus.Figures.Series("intelligent computing power");
        var users = RealCorpus.Figures.Series("generative AI users");
        var line = Assert.Throws<ArgumentException>(() => FigureChart.Line(compute, users));
        Assert.StartsWith("FigureChart.Line draws series of one unit, but these mix EFLOPS (intelligent computing power) and users (generative AI users)", line.Message);
        var bars = Assert.Throws<ArgumentException>(() => FigureChart.Bars(compute, users));
        Assert.StartsWith("FigureChart.Bars draws series of one unit", bars.Message);
    }
}
