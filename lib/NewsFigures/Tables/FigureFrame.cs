using System.Globalization;
using Microsoft.Data.Analysis;

namespace NewsFigures;

/// <summary>
/// A figure table as a Microsoft.Data.Analysis DataFrame, and back. Columns, in order: file, piece (the number),
/// piece_title, outlet, date (DateTime, null when the catalog has none), start, end, text, value (double), unit, qualifier,
/// kind (lower-case name), metric, period, source, sentence, duplicate_of ("file#piece" of the original, or null).
/// </summary>
public static class FigureFrame
{
    public static IReadOnlyList<string> Columns { get; } =
    [
        "file", "piece", "piece_title", "outlet", "date", "start", "end", "text", "value", "unit", "qualifier", "kind",
        "metric", "period", "attribution", "sentence", "duplicate_of",
    ];

    internal static DataFrame From(FigureTable table)
    {
        var rows = table.ToList();
        string?[] Strings(Func<CorpusFigure, string?> field) => rows.Select(field).ToArray();
        return new DataFrame(
            new StringDataFrameColumn("file", Strings(r => r.File)),
            new Int32DataFrameColumn("piece", rows.Select(r => r.PieceNumber)),
            new StringDataFrameColumn("piece_title", Strings(r => r.PieceTitle)),
            new StringDataFrameColumn("outlet", Strings(r => r.Article.Outlet)),
            new DateTimeDataFrameColumn("date", rows.Select(r => r.Article.Date?.ToDateTime(TimeOnly.MinValue))),
            new Int32DataFrameColumn("start", rows.Select(r => r.Figure.Start)),
            new Int32DataFrameColumn("end", rows.Select(r => r.Figure.End)),
            new StringDataFrameColumn("text", Strings(r => r.Figure.Text)),
            new DoubleDataFrameColumn("value", rows.Select(r => r.Figure.Value)),
            new StringDataFrameColumn("unit", Strings(r => r.Figure.Unit)),
            new StringDataFrameColumn("qualifier", Strings(r => r.Figure.Qualifier)),
            new StringDataFrameColumn("kind", Strings(r => FigureKinds.Name(r.Figure.Kind))),
            new StringDataFrameColumn("metric", Strings(r => r.Figure.Metric)),
            new StringDataFrameColumn("period", Strings(r => r.Figure.Period)),
            new StringDataFrameColumn("attribution", Strings(r => r.Figure.Attribution)),
            new StringDataFrameColumn("sentence", Strings(r => r.Figure.Sentence)),
            new StringDataFrameColumn("duplicate_of", Strings(r => r.DuplicateOf?.ToString())));
    }

    // outlet, date and duplicate_of may be left out of the frame; every other column is needed.
    internal static FigureTable Read(DataFrame frame, Corpus? corpus)
    {
        ArgumentNullException.ThrowIfNull(frame);
        var cells = new FrameCells(frame);
        var pieces = corpus?.Pieces.ToDictionary(p => (p.FileName, p.Number));
        var figures = new List<CorpusFigure>((int)frame.Rows.Count);
        for (long row = 0; row < frame.Rows.Count; row++)
        {
            var file = cells.Text(row, "file");
            int number = cells.Int(row, "piece");
            var piece = pieces?.GetValueOrDefault((file, number))
                ?? (pieces is null ? null : throw new FormatException($"row {row}: the corpus has no piece {file}#{number}."));
            var kindName = cells.Text(row, "kind");
            if (!FigureKinds.TryParse(kindName, out var kind))
                throw new FormatException($"row {row}, column kind: \"{kindName}\" is not one of {string.Join(", ", FigureKinds.Names)}.");
            var figure = new Figure(
                Value: cells.Double(row, "value"),
                Unit: cells.OptionalText(row, "unit"),
                Qualifier: cells.OptionalText(row, "qualifier"),
                Kind: kind,
                Metric: cells.Text(row, "metric"),
                Period: cells.OptionalText(row, "period"),
                Attribution: cells.OptionalText(row, "attribution"),
                Sentence: cells.Text(row, "sentence"),
                Text: cells.Text(row, "text"),
                Start: cells.Int(row, "start"),
                End: cells.Int(row, "end"));
            var article = piece?.Article.Info ?? new ArticleInfo { Outlet = cells.TextIfPresent(row, "outlet"), Date = cells.Date(row, "date") };
            figures.Add(new CorpusFigure(file, number, cells.Text(row, "piece_title"), article, figure)
            {
                DuplicateOf = piece is null ? ParseLink(cells.TextIfPresent(row, "duplicate_of"), row) : piece.DuplicateOf,
            });
        }
        return new FigureTable(figures, corpus);
    }

    // "file#piece"; the similarity is not in the frame.
    private static DuplicateLink? ParseLink(string? text, long row)
    {
        if (text is null) return null;
        int hash = text.LastIndexOf('#');
        if (hash <= 0 || !int.TryParse(text.AsSpan(hash + 1), NumberStyles.None, CultureInfo.InvariantCulture, out int number))
            throw new FormatException($"row {row}, column duplicate_of: \"{text}\" is not file#piece.");
        return new DuplicateLink(text[..hash], number, double.NaN);
    }
}
