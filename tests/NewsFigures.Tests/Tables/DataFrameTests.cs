using Microsoft.Data.Analysis;

namespace NewsFigures.Tests.Tables;

/// <summary>A figure table as a Microsoft.Data.Analysis DataFrame, and back.</summary>
[Collection(SeedFiguresCollection.Name)]
public sealed class DataFrameTests(SeedFigures seeds)
{
    [Fact]
    public void The_frame_has_one_row_per_figure_in_the_documented_columns()
    {
        var frame = seeds.Figures.ToDataFrame();

        Assert.Equal(
            ["file", "piece", "piece_title", "outlet", "date", "start", "end", "text", "value", "unit", "qualifier", "kind",
             "metric", "period", "attribution", "sentence", "duplicate_of"],
            frame.Columns.Select(c => c.Name));
        Assert.Equal(seeds.Figures.Count, frame.Rows.Count);
        long row = seeds.Figures.ToList().FindIndex(f => f.Figure.Text == "515 million");
        Assert.Equal(515_000_000.0, frame["value"][row]);
        Assert.Equal("user", frame["unit"][row]);
        Assert.Equal("China Economic Net (CE.cn)", frame["outlet"][row]);
        Assert.Equal(new DateTime(2025, 11, 25), frame["date"][row]);
        Assert.Equal(typeof(double), frame["value"].DataType);
        Assert.Equal(typeof(int), frame["start"].DataType);
    }

    [Fact]
    public void Round_trip_with_the_corpus_gives_back_equal_figures()
    {
        var back = FigureTable.FromDataFrame(seeds.Figures.ToDataFrame(), seeds.Corpus);

        Assert.Equal(seeds.Figures, back); // records: every field, the catalog entry and duplicate link the same instances
        Assert.Same(seeds.Corpus, back.Corpus);
    }

    [Fact]
    public void Round_trip_without_the_corpus_keeps_every_figure_field_and_the_outlet_date_and_duplicate_piece()
    {
        var back = FigureTable.FromDataFrame(seeds.Figures.ToDataFrame());

        Assert.Null(back.Corpus);
        Assert.Equal(seeds.Figures.Select(f => f.Figure), back.Select(f => f.Figure));
        Assert.Equal(seeds.Figures.Select(f => (f.File, f.PieceNumber, f.PieceTitle, f.Article.Outlet, f.Article.Date)),
            back.Select(f => (f.File, f.PieceNumber, f.PieceTitle, f.Article.Outlet, f.Article.Date)));
        Assert.Equal(seeds.Figures.Select(f => f.DuplicateOf?.ToString()), back.Select(f => f.DuplicateOf?.ToString()));
    }

    [Fact]
    public void A_frame_filtered_and_sorted_with_dataframe_operations_reads_back()
    {
        var frame = seeds.Figures.ToDataFrame();
        var percents = frame.Filter(frame["unit"].ElementwiseEquals("percent")).OrderByDescending("value");

        var back = FigureTable.FromDataFrame(percents, seeds.Corpus);

        Assert.Equal(back.Select(f => f.Figure.Value).OrderDescending(), back.Select(f => f.Figure.Value));
        Assert.Equal(seeds.Figures.ByUnit("percent").ToHashSet(), back.ToHashSet()); // the frame's sort is not stable: ties may swap
    }

    [Fact]
    public void A_missing_column_or_bad_kind_is_named()
    {
        var frame = seeds.Figures.ToDataFrame();
        frame.Columns.Remove("metric");
        var missing = Assert.Throws<FormatException>(() => FigureTable.FromDataFrame(frame));
        Assert.Contains("metric", missing.Message);

        var badKind = seeds.Figures.ToDataFrame();
        badKind["kind"][2] = "guess";
        var bad = Assert.Throws<FormatException>(() => FigureTable.FromDataFrame(badKind));
        Assert.Equal("row 2, column kind: \"guess\" is not one of level, change, share, multiple, rank, forecast.", bad.Message);
    }
}
