using System.Collections.Immutable;

namespace NewsFigures.Charts;

/// <summary>
/// Small multiples: one chart per kind of measure, side by side in one figure with one title and one source note, so
/// values that are not comparable never share an axis (<see cref="FigureChart.PercentagesByKind"/>). Rendered like a
/// single chart: plotly subplots (<see cref="PlotlyFigure.Json(ChartPanels)"/>), PNG and SVG
/// (<see cref="StaticChart.Png(ChartPanels, ImageSize?)"/>), a file (<see cref="ChartFile.Write(ChartPanels, string, ImageSize?)"/>),
/// and a display in every notebook host; <see cref="Table"/> gives the same figures as rows.
/// </summary>
[TypeFormatterSource(typeof(ChartFormatterSource), PreferredMimeTypes =
    [MimeTypes.PlotlyJson, MimeTypes.Png, MimeTypes.Svg, MimeTypes.Html, MimeTypes.Csv, MimeTypes.PlainText])]
public sealed record ChartPanels
{
    readonly ImmutableArray<ChartTableRow> rows;

    internal ChartPanels(ImmutableArray<ChartSpec> panels, ImmutableArray<ChartTableRow> rows)
    {
        Panels = panels;
        this.rows = rows;
    }

    /// <summary>The charts, one per kind of measure, most figures first; each titled with its kind.</summary>
    public ImmutableArray<ChartSpec> Panels { get; }
    public string? TitleText { get; init; }
    public string? SourceNote { get; init; }

    public ChartPanels Title(string title) => this with { TitleText = title };
    public ChartPanels Source(string note) => this with { SourceNote = note };

    /// <summary>The same figures as a table (kind, metric, value, period, source), with this title and source note.</summary>
    public ChartTable Table() => new(rows) { TitleText = TitleText, SourceNote = SourceNote };

    /// <summary>A chart standing for the whole figure in captions: the title and source note, no series.</summary>
    internal ChartSpec Frame => new ChartSpec(ChartKind.Percentages, []) { TitleText = TitleText, SourceNote = SourceNote };

    public override string ToString() =>
        $"{Panels.Length} panels \"{TitleText}\": {string.Join("; ", Panels.Select(p => $"{p.TitleText} ({p.Series.Sum(s => s.Points.Count)})"))}"
        + (SourceNote is null ? "" : ". " + SourceCaption.Text(Frame));
}
