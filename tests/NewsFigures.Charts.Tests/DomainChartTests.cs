using System.Text.Json.Nodes;
using NewsFigures;
using NewsFigures.Charts;
using SkiaSharp;

/// <summary>Charts made from the real corpus by the factories; values are checked against data/gold/figures.jsonl.</summary>
public class DomainChartTests
{
    static JsonNode Plotly(ChartSpec chart) => JsonNode.Parse(PlotlyFigure.Json(chart))!;

    static Series Compute => RealCorpus.Figures.Series("intelligent computing power");

    static Series Qwen => RealCorpus.Figures.Series("Qwen derivative models");

    [Fact]
    public void Computing_power_line_has_the_stated_2025_point_solid_and_the_derived_2024_point_hollow_and_dotted()
    {
        var level = RealCorpus.GoldOf("intelligent computing power", "forecast");   // 1,037.3 EFLOPS in 2025
        var change = RealCorpus.GoldOf("intelligent computing power", "change");    // 43 percent from the previous year
        var base2024 = level.Value / (1 + change.Value / 100);                       // 725.4

        var data = Plotly(FigureChart.Line(Compute))["data"]!.AsArray();
        var stated = data.Single(t => (string?)t!["line"]!["dash"] == "solid")!;
        var derived = data.Single(t => (string?)t!["line"]!["dash"] == HouseStyle.DerivedDash.PlotlyDash)!;

        Assert.Equal([2024.0, 2025], stated["x"]!.AsArray().Select(v => (double)v!));
        Assert.Equal([null, level.Value], stated["y"]!.AsArray().Select(v => (double?)v)); // a gap where the point is derived
        Assert.Equal("circle", (string?)stated["marker"]!["symbol"]![1]);

        Assert.Equal([2024.0, 2025], derived["x"]!.AsArray().Select(v => (double)v!));
        Assert.Equal(base2024, (double)derived["y"]![0]!, 6);
        Assert.Equal("circle-open", (string?)derived["marker"]!["symbol"]![0]);
        var hover = (string)derived["text"]![0]!;
        Assert.Contains("derived: change implies base", hover);
        Assert.Contains("1,037.3 / (1 + 43/100)", hover);
        Assert.Contains("newspaper page " + level.File + "#1", hover);
    }

    [Fact]
    public void Computing_power_line_takes_title_units_axis_and_source_from_the_series_and_can_be_overridden()
    {
        var chart = FigureChart.Line(Compute);
        Assert.Equal("Intelligent computing power", chart.TitleText);
        Assert.Equal("EFLOPS", chart.UnitsText);
        Assert.Null(chart.XLabel); // the ticks are years: no "year" under them
        var level = RealCorpus.GoldOf("intelligent computing power", "forecast");
        Assert.StartsWith($"Source: newspaper page {level.File}; figures credited to {level.Attribution}.", chart.SourceNote);
        Assert.Contains("Hollow points are derived, not stated: 2024 = 1,037.3 / (1 + 43/100) = 725.4 EFLOPS", chart.SourceNote);

        var mine = chart.Title("China's intelligent computing power, EFLOPS").Units("EFLOPS (exaflops)").Source("CAII via the page");
        Assert.Equal("China's intelligent computing power, EFLOPS", mine.TitleText);
        Assert.Equal("Source: CAII via the page", (string?)Plotly(mine)["layout"]!["annotations"]![0]!["text"]);
    }

    [Fact]
    public void A_line_leaves_undated_points_out_and_says_how_many()
    {
        var chart = FigureChart.Line(Compute, Qwen);
        var drawn = Assert.Single(chart.Series);
        Assert.Equal("Intelligent computing power", drawn.Name);
        Assert.Contains("2 undated points left out.", chart.SourceNote);
        var error = Assert.Throws<ArgumentException>(() => FigureChart.Line(Qwen));
        Assert.Contains("FigureChart.Bars", error.Message);
    }

    [Fact]
    public void Qwen_bars_show_both_conflicting_counts_side_by_side_as_lower_bounds()
    {
        var gold = RealCorpus.Gold.Where(g => g.Metric == "Qwen derivative models").ToList();
        Assert.All(gold, g => Assert.Equal("more than", g.Qualifier));
        var values = gold.Select(g => g.Value).Distinct().Order().ToList();   // 100,000 and 140,000

        var chart = FigureChart.Bars(Qwen);
        var trace = Assert.Single(Plotly(chart)["data"]!.AsArray())!;
        Assert.Equal("bar", (string?)trace["type"]);
        Assert.Equal(values, trace["y"]!.AsArray().Select(v => (double)v!).Order());
        var labels = trace["x"]!.AsArray().Select(v => (string)v!).ToList();
        Assert.Equal(2, labels.Distinct().Count());
        Assert.All(labels, l => Assert.StartsWith("undated · ", l));
        Assert.Contains("undated · The Belt and Road News Network", labels);
        Assert.All(trace["error_y"]!["array"]!.AsArray(), up => Assert.True((double)up! > 0, "a lower bound points up"));
        Assert.All(trace["error_y"]!["arrayminus"]!.AsArray(), down => Assert.Equal(0, (double)down!));
        Assert.All(chart.Series[0].Points, p => Assert.Equal(ValueBound.Lower, p.Bound));
        Assert.Contains("The sources disagree for undated: > 100,000 models vs > 140,000 models.", chart.SourceNote);
    }

    [Fact]
    public void Compare_throws_on_mixed_units_naming_them()
    {
        var mixed = RealCorpus.Figures.Where(f => f.Figure.Unit is "model" or "download");
        var error = Assert.Throws<ArgumentException>(() => FigureChart.Compare(mixed));
        Assert.Contains("model (", error.Message);
        Assert.Contains("download (1 figure)", error.Message);
    }

    [Fact]
    public void Compare_draws_one_bar_per_figure_with_its_quote_and_the_bound_of_its_qualifier()
    {
        var models = RealCorpus.Figures.ByUnit("model");
        var gold = RealCorpus.Gold.Where(g => g.Unit == "model").ToList();
        var chart = FigureChart.Compare(models, f => $"{f.Figure.Metric} · {f.File[..3]}");

        Assert.Equal(ChartKind.BarComparison, chart.Kind);
        Assert.Equal("models", chart.UnitsText);
        var points = chart.Series.Single().Points;
        Assert.Equal(gold.Select(g => g.Value).Order(), points.Select(p => p.Value).Order());
        Assert.Equal(points.Count, points.Select(p => p.Label).Distinct().Count()); // repeated labels are told apart
        var bigger = points.Single(p => p.Value == gold.Single(g => g.Text == "more than 140,000").Value);
        Assert.Equal(ValueBound.Lower, bigger.Bound);
        Assert.Contains("spawning more than 140,000 derivative models", bigger.HoverText);
    }

    [Theory]
    [InlineData("more than", ValueBound.Lower)]
    [InlineData("over", ValueBound.Lower)]
    [InlineData("exceeding", ValueBound.Lower)]
    [InlineData("nearly", ValueBound.Upper)]
    [InlineData("up to", ValueBound.Upper)]
    [InlineData("within", ValueBound.Upper)]
    [InlineData("less than", ValueBound.Upper)]
    [InlineData("about", ValueBound.Approximate)]
    [InlineData(null, ValueBound.Exact)]
    public void Compare_reads_bounds_from_qualifiers(string? qualifier, ValueBound expected)
    {
        var first = RealCorpus.Figures[0];
        var figure = first with { Figure = first.Figure with { Qualifier = qualifier } };
        var point = FigureChart.Compare([figure]).Series[0].Points[0];
        Assert.Equal(expected, point.Bound);
        if (qualifier == "about") Assert.StartsWith("about", point.HoverText);
    }

    [Fact]
    public void Percentages_by_kind_draws_every_figure_in_percent_and_ignores_the_rest()
    {
        var gold = RealCorpus.Gold.Where(g => g.Unit == "percent").Select(g => g.Value).Order().ToList();
        Assert.Contains(RealCorpus.Figures, f => f.Figure.Unit != "percent");

        var panels = FigureChart.PercentagesByKind(RealCorpus.Figures);
        Assert.All(panels.Panels, p => Assert.Equal(ChartKind.Percentages, p.Kind));
        Assert.All(panels.Panels, p => Assert.Equal("%", p.EffectiveYLabel));
        var points = panels.Panels.SelectMany(p => p.Series.Single().Points).ToList();
        var values = points.Select(p => p.Value).Order().ToList();
        Assert.Equal(gold.Count, values.Count);
        Assert.All(gold.Zip(values), pair => Assert.Equal(pair.First, pair.Second, 3));
        Assert.Contains(points, p => p.Label == "share of top AI experts (2025-H1)" && p.Bound == ValueBound.Upper);
        Assert.Throws<ArgumentException>(() => FigureChart.PercentagesByKind(RealCorpus.Figures.ByUnit("EFLOPS")));
        Assert.Throws<ArgumentException>(() => FigureChart.Percentages(RealCorpus.Figures.ByUnit("EFLOPS")));
    }

    [Fact]
    public void Source_notes_name_the_outlets_with_their_dates_in_order_and_pages_by_file()
    {
        var note = SourceNote.Of(RealCorpus.Figures.ByUnit("percent"));
        // Outlets and dates as data/articles/catalog.csv gives them; 002 is a newspaper page without either.
        Assert.StartsWith("Source: newspaper page 002_39b1c7941e8ee6b6.txt; The Wall Street Journal, 2025-07-29; "
            + "China Economic Net (CE.cn), 2025-11-25; figures credited to China Academy of Industrial Internet and Morgan Stanley researchers.", note);
        Assert.Equal(note, FigureChart.PercentagesByKind(RealCorpus.Figures).SourceNote);
        Assert.Contains("The Belt and Road News Network, 2025-08-26", SourceNote.Of(Qwen));
    }

    [Fact]
    public void A_png_of_a_factory_chart_decodes_at_the_asked_size_and_shows_its_caption_in_svg()
    {
        var chart = FigureChart.Bars(Qwen);
        using var bitmap = SKBitmap.Decode(StaticChart.Png(chart, new ImageSize(640, 360)));
        Assert.Equal(640, bitmap.Width);
        Assert.Equal(360, bitmap.Height);
        Assert.Contains("The Belt and Road News Network, 2025-08-26", StaticChart.Svg(chart));
    }
}
