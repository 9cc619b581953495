namespace NewsFigures.Tests.Tables;

/// <summary>The table a notebook user works with: a list LINQ reads, filters that stay tables, duplicates folded.</summary>
[Collection(SeedFiguresCollection.Name)]
public sealed class FigureTableTests(SeedFigures seeds)
{
    [Fact]
    public void Figures_of_a_corpus_are_a_table_that_knows_its_corpus_and_works_with_linq()
    {
        FigureTable figures = seeds.Figures;

        Assert.Same(seeds.Corpus, figures.Corpus);
        Assert.Equal(figures.Count, figures.Count());
        Assert.Equal(figures[0], figures.First());
        var percents = figures.Where(f => f.Figure.Unit == "percent").Select(f => f.Figure.Value).ToList();
        Assert.Contains(43.0, percents);
    }

    [Fact]
    public void Filters_return_tables_that_keep_the_corpus()
    {
        var compute = seeds.Figures.ByMetric("COMPUTING power");

        Assert.NotEmpty(compute);
        Assert.All(compute, f => Assert.Contains("computing power", f.Figure.Metric, StringComparison.OrdinalIgnoreCase));
        Assert.Same(seeds.Corpus, compute.Corpus);
        Assert.Contains(compute, f => f.Figure.Text == "1,037.3 EFLOPS");
        Assert.All(seeds.Figures.ByUnit("eflops"), f => Assert.Equal("EFLOPS", f.Figure.Unit));
        Assert.All(seeds.Figures.ByKind(FigureKind.Forecast), f => Assert.Equal(FigureKind.Forecast, f.Figure.Kind));
        Assert.All(seeds.Figures.ByAttribution("ministry of education"), f => Assert.Equal("Ministry of Education", f.Figure.Attribution));
    }

    [Fact]
    public void Query_syntax_where_gives_a_table_too()
    {
        FigureTable large = from f in seeds.Figures where f.Figure.Value >= 1e9 select f;

        Assert.NotEmpty(large);
        Assert.All(large, f => Assert.True(f.Figure.Value >= 1e9));
    }

    [Fact]
    public void Search_looks_in_the_quote_metric_sentence_source_and_title()
    {
        var found = seeds.Figures.Search("Qwen");

        Assert.Contains(found, f => f.Figure.Text == "more than 100,000");
        Assert.All(found, f => Assert.Contains(
            new[] { f.Figure.Text, f.Figure.Metric, f.Figure.Sentence, f.Figure.Attribution ?? "", f.PieceTitle },
            s => s.Contains("qwen", StringComparison.OrdinalIgnoreCase)));
    }

    [Fact]
    public void Folding_duplicates_drops_the_reprinted_article_whose_figures_are_all_in_the_original()
    {
        var figures = seeds.Figures;
        var reprinted = figures.Where(f => f.File.StartsWith("001_", StringComparison.Ordinal));
        Assert.Equal(3, reprinted.Count); // the gold's count for 001
        Assert.All(reprinted, f => Assert.Equal("000_acd0283a066f7ea4.txt#1", f.DuplicateOf?.ToString()));

        var folded = figures.FoldDuplicates();

        Assert.Equal(figures.Count - 3, folded.Count);
        Assert.DoesNotContain(folded, f => f.File.StartsWith("001_", StringComparison.Ordinal));
        Assert.Same(seeds.Corpus, folded.Corpus);
    }

    [Fact]
    public void Folding_keeps_what_only_the_copy_states_and_copies_whose_original_was_filtered_out()
    {
        var link = new DuplicateLink("a.txt", 1, 0.97);
        var table = new FigureTable(
        [
            MadeFigures.Make("a.txt", 1, 30, "percent", "Sales rose 30 percent.", "30 percent"),
            MadeFigures.Make("b.txt", 1, 30, "percent", "Sales rose 30 percent.", "30 percent", link),
            MadeFigures.Make("b.txt", 1, 12, "store", "It opened 12 stores.", "12", link),
            MadeFigures.Make("b.txt", 1, 30, "store", "It closed 30 stores.", "30", link),
        ]);

        Assert.Equal(["a.txt 30 percent", "b.txt 12 store", "b.txt 30 store"],
            table.FoldDuplicates().Select(f => $"{f.File} {f.Figure.Value} {f.Figure.Unit}"));
        var copyOnly = table.Where(f => f.File == "b.txt");
        Assert.Equal(3, copyOnly.FoldDuplicates().Count); // its original is not in this table: nothing to fold into
    }

    [Fact]
    public void Linq_results_come_back_as_a_table()
    {
        var byValue = seeds.Figures.ByUnit("USD").OrderByDescending(f => f.Figure.Value).ToFigureTable(seeds.Corpus);

        Assert.Equal(byValue.Select(f => f.Figure.Value).OrderDescending(), byValue.Select(f => f.Figure.Value));
        Assert.Same(seeds.Corpus, byValue.Corpus);
    }

    [Fact]
    public void Its_text_says_how_many_figures_files_and_pieces()
    {
        var figures = seeds.Figures;
        int pieces = figures.Select(f => (f.File, f.PieceNumber)).Distinct().Count();

        Assert.Equal($"{figures.Count} figures from 5 files ({pieces} pieces)", figures.ToString());
        Assert.Equal("0 figures from 0 files (0 pieces)", FigureTable.Empty.ToString());
    }
}
